"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TRPCClientError, createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "@/server/trpc/root";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** A session that ends (idle too long, deactivated, signed out elsewhere) sends the tablet to sign-in. */
function onSessionEnded(error: unknown) {
  const ended = error instanceof TRPCClientError && (error.data as { domainCode?: string } | undefined)?.domainCode === "NOT_SIGNED_IN";
  if (ended && !window.location.pathname.startsWith("/sign-in")) {
    window.location.replace(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
  }
}

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onSessionEnded }),
    mutationCache: new MutationCache({ onError: onSessionEnded }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1 },
      mutations: { retry: false },
    },
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc" }),
          // The server takes a sign-in only on its own, never batched with other calls.
          false: splitLink({
            condition: (op) => op.path === "auth.signIn",
            true: httpLink({ url: "/api/trpc" }),
            false: httpBatchLink({ url: "/api/trpc" }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
