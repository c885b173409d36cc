import type { Metadata } from "next";
import { IssuesPage } from "@/components/issues/issues-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Issues · Orderboard" };

export default async function Page() {
  await guardPage({ path: "/issues", action: "issues.read", target: null });
  return <IssuesPage />;
}
