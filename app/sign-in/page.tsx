import type { Metadata } from "next";
import { SignInScreen } from "@/components/auth/sign-in-screen";

export const metadata: Metadata = { title: "Sign in · Orderboard" };

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | undefined): string | null {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ store?: string; next?: string }> }) {
  const { store, next } = await searchParams;
  return <SignInScreen initialStoreId={store ?? null} next={safeNext(next)} />;
}
