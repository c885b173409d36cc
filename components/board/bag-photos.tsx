"use client";

import { useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { FormError } from "@/components/ui/field";
import { useFormat } from "@/components/ui/use-format";
import type { OrderDetail } from "./types";
import { useRefusalText } from "@/components/ui/use-refusal-text";

const CAN_ADD: readonly string[] = ["bagging", "ready", "picked_up", "completed"];

/** Photos of the packed bag, taken with the tablet's camera and kept with the order as evidence. */
export function BagPhotos({ order, timezone }: { order: Pick<OrderDetail, "id" | "status" | "photos">; timezone: string }) {
  const format = useFormat();
  const t = useTranslations("photos");
  const refusal = useRefusalText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setUploading(true);
    setError(null);
    const form = new FormData();
    form.set("photo", file);
    try {
      const response = await fetch(`/api/orders/${order.id}/photos`, { method: "POST", body: form });
      if (!response.ok) setError(refusal(((await response.json()) as { error: { code: string; message: string } }).error));
      else await queryClient.invalidateQueries({ queryKey: trpc.orders.detail.queryKey({ id: order.id }) });
    } catch {
      setError(t("failed"));
    } finally {
      setUploading(false);
      input.value = "";
    }
  }

  return (
    <div>
      {order.photos.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label={t("list")}>
          {order.photos.map((photo) => {
            const src = `/api/orders/${order.id}/photos/${photo.id}`;
            return (
              <li key={photo.id}>
                <a href={src} target="_blank" rel="noreferrer">
                  <Image src={src} unoptimized width={96} height={96} className="h-24 w-24 rounded-lg object-cover" alt={t("alt", { name: photo.createdBy, time: format.dateTime(photo.createdAt, timezone) })} />
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {CAN_ADD.includes(order.status) && (
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line px-3 text-sm">
          {uploading ? t("sending") : t("add")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            className="sr-only"
            disabled={uploading}
            onChange={(event) => void upload(event.target)}
          />
        </label>
      )}
      <FormError message={error} className="mt-2" />
    </div>
  );
}
