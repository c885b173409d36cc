import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrackingView } from "@/components/tracking/tracking-view";
import { NotFound } from "@/server/domain/errors";
import { trackOrder } from "@/server/services/tracking";
import { EnglishOnly } from "@/components/ui/english-only";

// The link is the key: it must not leak to another site, nor be indexed.
export const metadata: Metadata = { title: "Your order · Orderboard", referrer: "no-referrer", robots: { index: false, follow: false } };

/** A customer's own page for their order: its status, live, and "I'm here" when they come to the store. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const tracking = await trackOrder(token).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  return (
    <EnglishOnly>
      <TrackingView token={token} initial={tracking} />
    </EnglishOnly>
  );
}
