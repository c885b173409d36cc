import type { Metadata } from "next";
import { StaffPage } from "@/components/staff/staff-page";
import { ROLES, canAssignRole } from "@/server/domain/access";
import { guardPage } from "@/server/trpc/page-guard";

export const metadata: Metadata = { title: "Staff · Orderboard" };

export default async function Page({ params }: { params: Promise<{ storeId: string }> }) {
  const storeId = decodeURIComponent((await params).storeId);
  const principal = await guardPage({ path: `/stores/${encodeURIComponent(storeId)}/staff`, action: "store.manage", target: { storeId }, store: storeId });
  return <StaffPage storeId={storeId} assignableRoles={ROLES.filter((role) => canAssignRole(principal, role))} />;
}
