import type { Metadata } from "next";
import { TokensPage } from "@/components/admin/tokens-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "API tokens · Orderboard" };

export default async function Page() {
  await guardPage({ path: "/admin/tokens", action: "tokens.manage", target: null });
  return <TokensPage />;
}
