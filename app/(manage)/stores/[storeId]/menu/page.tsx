import type { Metadata } from "next";
import { MenuPage } from "@/components/menu/menu-page";
import { can } from "@/server/domain/access";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Menu · Orderboard" };

export default async function Page({ params }: { params: Promise<{ storeId: string }> }) {
  const storeId = decodeURIComponent((await params).storeId);
  const principal = await guardPage({ path: `/stores/${encodeURIComponent(storeId)}/menu`, action: "menu.read", target: { storeId }, store: storeId });
  return <MenuPage storeId={storeId} canEdit={can(principal, "menu.write", storeId)} />;
}
