"use client";

import { useParams, useSearchParams } from "next/navigation";
import { useRememberedStore } from "@/components/auth/remembered-store";

/** The store a screen is about: the one in its address (`/stores/{id}/…`, `?store=`), else the one this tablet stands in. */
export function useCurrentStore(): string | null {
  const params = useParams<{ storeId?: string }>();
  const search = useSearchParams();
  const remembered = useRememberedStore();
  const inPath = params.storeId === undefined ? null : decodeURIComponent(params.storeId);
  return inPath ?? search.get("store") ?? remembered;
}
