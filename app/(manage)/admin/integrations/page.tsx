import type { Metadata } from "next";
import { IntegrationsPage } from "@/components/admin/integrations-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Platforms · Orderboard" };

export default async function Page() {
  await guardPage({ path: "/admin/integrations", action: "integrations.manage", target: null });
  return <IntegrationsPage />;
}
