import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssuePage } from "@/components/issues/issue-page";
import { NotFound } from "@/server/domain/errors";
import { issueStoreId } from "@/server/services/get-issue";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Issue · Orderboard" };

function storeOf(issueId: number): string {
  try {
    return issueStoreId(issueId);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const issueId = Number((await params).id);
  if (!Number.isInteger(issueId) || issueId <= 0) notFound();
  const storeId = storeOf(issueId);
  await guardPage({ path: `/issues/${issueId}`, storeId, level: "manager" });
  return <IssuePage issueId={issueId} />;
}
