import type { Metadata } from "next";
import { Board } from "@/components/board/board";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Board · Orderboard" };

export default async function BoardPage({ params }: { params: Promise<{ storeId: string }> }) {
  const storeId = decodeURIComponent((await params).storeId);
  await guardPage({ path: `/stores/${encodeURIComponent(storeId)}`, action: "orders.read", target: { storeId }, store: storeId });
  return <Board storeId={storeId} />;
}
