import type { Metadata } from "next";
import { HistoryPage } from "@/components/history/history-page";
import { isAdmin } from "@/server/domain/access";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "History · Orderboard" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const principal = await guardPage({ path: "/history", level: "triage" });
  return <HistoryPage initialFilters={await searchParams} isAdmin={isAdmin(principal)} />;
}
