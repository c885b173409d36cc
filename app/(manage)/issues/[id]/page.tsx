import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssuePage } from "@/components/issues/issue-page";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Issue · Orderboard" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const issueId = Number((await params).id);
  if (!Number.isInteger(issueId) || issueId <= 0) notFound();
  await guardPage({ path: `/issues/${issueId}`, action: "issues.read", target: { issueId } });
  return <IssuePage issueId={issueId} />;
}
