import { TABLET_ACTOR } from "@/server/services/actor";

export function createContext({ req }: { req: Request }) {
  return { req, actor: TABLET_ACTOR };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
