import type { Metadata } from "next";
import { SignInScreen } from "@/components/auth/sign-in-screen";
import { sameSitePath } from "@/server/http/same-site-path";

export const metadata: Metadata = { title: "Sign in · Orderboard" };

/** A tablet sent here from a store's pages (its session ended) signs in at that store again. */
function storeOfPath(path: string | null): string | null {
  const id = path ? /^\/stores\/([^/?#]+)/.exec(path)?.[1] : undefined;
  return id ? decodeURIComponent(id) : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ store?: string; next?: string }> }) {
  const { store, next } = await searchParams;
  const path = sameSitePath(next);
  return <SignInScreen initialStoreId={store ?? storeOfPath(path)} next={path} />;
}
