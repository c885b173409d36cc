import type { Metadata } from "next";
import { HistoryPage } from "@/components/history/history-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "History · Orderboard" };

export default async function Page() {
  await guardPage({ path: "/history", action: "orders.history", target: null });
  return <HistoryPage />;
}
