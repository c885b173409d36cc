import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { canManageStore, canUseStore, isAdmin } from "@/server/domain/access";
import { StoreNotFound } from "@/server/domain/errors";
import { getStore } from "@/server/services/list-stores";
import { createContext } from "./context";

type PageAccess = { path: string; storeId?: string; level: "signed-in" | "triage" | "staff" | "manager" | "admin" };

/**
 * The guard every page calls first, with the same session and rules as the procedures: nobody
 * signed in goes to sign-in (and comes back after); the wrong store or role gets a 403 page.
 */
export async function guardPage({ path, storeId, level }: PageAccess) {
  const { principal } = createContext({ req: new Request("http://localhost/", { headers: await headers() }), resHeaders: new Headers() });
  if (principal?.kind !== "employee") {
    redirect(`/sign-in?${new URLSearchParams({ next: path, ...(storeId ? { store: storeId } : {}) })}`);
  }
  if (storeId) {
    try {
      getStore(storeId);
    } catch (error) {
      if (error instanceof StoreNotFound) notFound();
      throw error;
    }
  }
  const allowed =
    level === "signed-in" ||
    (level === "triage" && (isAdmin(principal) || principal.role === "manager")) ||
    (level === "admin" && isAdmin(principal)) ||
    (level === "staff" && storeId !== undefined && canUseStore(principal, storeId)) ||
    (level === "manager" && storeId !== undefined && canManageStore(principal, storeId));
  if (!allowed) forbidden();
  return principal;
}
