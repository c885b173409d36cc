import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/react";

/** The stores the signed-in person may open, as the API lists them. */
export function useStores() {
  const trpc = useTRPC();
  return useQuery(trpc.stores.list.queryOptions(undefined, { select: ({ stores }) => stores }));
}
