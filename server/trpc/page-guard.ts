import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import type { Action } from "@/server/domain/access";
import { Forbidden, NotFound, NotSignedIn, OrderNotFound, StoreNotFound } from "@/server/domain/errors";
import { authorize, type Target } from "@/server/services/authorize";
import { sessionPrincipal } from "@/server/http/session";

type PageAccess = { path: string; action: Action; target: Target; store?: string };

/**
 * The guard every page calls first, with the same session and policy as the procedures: nobody
 * signed in goes to sign-in (and comes back after); a store, order or issue that is not there is a
 * 404 page; somebody the policy refuses gets the 403 page.
 */
export async function guardPage({ path, action, target, store }: PageAccess) {
  try {
    return await authorize(await sessionPrincipal(new Request("http://localhost/", { headers: await headers() })), action, target);
  } catch (error) {
    if (error instanceof NotSignedIn) redirect(`/sign-in?${new URLSearchParams({ next: path, ...(store ? { store } : {}) })}`);
    if (error instanceof StoreNotFound || error instanceof OrderNotFound || error instanceof NotFound) notFound();
    if (error instanceof Forbidden) forbidden();
    throw error;
  }
}
