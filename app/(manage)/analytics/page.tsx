import type { Metadata } from "next";
import { AnalyticsPage } from "@/components/analytics/analytics-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Analytics · Orderboard" };

export default async function Page() {
  await guardPage({ path: "/analytics", action: "store.manage", target: null });
  return <AnalyticsPage />;
}
