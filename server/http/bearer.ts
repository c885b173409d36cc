import type { Principal } from "@/server/domain/access";
import { authenticateToken } from "@/server/services/api-tokens";
import type { RequestHead } from "./api-request";

/** The integrator behind `Authorization: Bearer <token>`, or why there is none. */
export async function bearerPrincipal(request: RequestHead): Promise<{ principal: Principal | null; problem: string }> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) return { principal: null, problem: "Send an API token as Authorization: Bearer <token>" };
  const principal = await authenticateToken(match[1]!);
  return { principal, problem: "This API token is not valid or has been revoked" };
}
