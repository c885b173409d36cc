import type { Metadata } from "next";
import { Board } from "@/components/board/board";

export const metadata: Metadata = { title: "Board · Orderboard" };

export default async function BoardPage({ params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  return <Board storeId={decodeURIComponent(storeId)} />;
}
