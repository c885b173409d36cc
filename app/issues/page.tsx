import type { Metadata } from "next";
import { IssuesPage } from "@/components/issues/issues-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Issues · Orderboard" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await guardPage({ path: "/issues", level: "triage" });
  return <IssuesPage initialFilters={await searchParams} />;
}
