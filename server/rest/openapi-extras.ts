import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ORDER_NOTIFICATION_TYPES, STORE_NOTIFICATION_TYPES } from "@/server/domain/platform-notification";
import { PLATFORM_LABELS, PLATFORMS, ZPlatform, type Platform } from "@/server/domain/platforms";
import { ZDirectWebhook } from "@/server/integrations/adapters/direct";
import { ZDoorDashWebhook } from "@/server/integrations/adapters/doordash";
import { ZGrubhubWebhook } from "@/server/integrations/adapters/grubhub";
import { ZLulaDirectWebhook } from "@/server/integrations/adapters/luladirect";
import { ZUberEatsWebhook } from "@/server/integrations/adapters/uber-eats";
import { EXAMPLE_NAMES, WEBHOOK_EXAMPLES } from "@/server/integrations/examples";
import { API_PREFIX } from "@/server/trpc/rest-route";

// The few routes that are not procedures, described here beside the code that serves them: the
// multipart upload, the platforms' signed webhooks in, and the notifications we send them.

const PLATFORM_WEBHOOKS: Record<Platform, z.ZodType> = {
  doordash: ZDoorDashWebhook.meta({ id: "doordash_webhook" }),
  uber_eats: ZUberEatsWebhook.meta({ id: "uber_eats_webhook" }),
  grubhub: ZGrubhubWebhook.meta({ id: "grubhub_webhook" }),
  luladirect: ZLulaDirectWebhook.meta({ id: "luladirect_webhook" }),
  direct: ZDirectWebhook.meta({ id: "direct_webhook" }),
};

const refusal = (description: string) => ({ description });

export const EXTRA_PATHS: ZodOpenApiPathsObject = {
  [`${API_PREFIX}/issues/{id}/attachments`]: {
    post: {
      operationId: "issues-attach",
      summary: "Attach a photo or file to an issue",
      description: "Needs a token with `issues:write`. A multipart form whose `file` field is a JPEG, PNG, WebP or PDF of up to 10 MB; at most 5 per issue.",
      tags: ["Issues"],
      security: [{ bearer: [] }],
      requestParams: { path: z.object({ id: z.string().describe("The issue's id") }) },
      requestBody: { required: true, content: { "multipart/form-data": { schema: z.object({ file: z.file() }) } } },
      responses: {
        "201": { description: "The attachment's id", content: { "application/json": { schema: z.object({ attachment: z.object({ id: z.int() }) }) } } },
        "401": refusal("No valid Bearer token"),
        "403": refusal("The token lacks `issues:write`, or is limited to another store"),
        "404": refusal("No such issue"),
        "413": refusal("The file is too large"),
        "415": refusal("Not a JPEG, PNG, WebP or PDF"),
      },
    },
  },
  "/api/webhooks/{platform}": {
    post: {
      operationId: "webhooks-receive",
      summary: "A delivery platform's (or the store's own channel's) webhook",
      description:
        "Signed with Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 over `id.timestamp.body` with the store's " +
        "signing secret, 5 minutes' tolerance). Each platform sends its own payload shape (see the `<platform>_webhook` schemas and their examples); " +
        "`direct` is the store's own channels (web shop, app, kiosk, phone, POS), in Orderboard's own vocabulary, naming their `channel`. " +
        "Deduplicated on `webhook-id` and on the platform's order id. A signed delivery that cannot be read is kept in quarantine and answered 200.",
      tags: ["Platform webhooks"],
      requestParams: { path: z.object({ platform: ZPlatform }) },
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: z.union(PLATFORMS.map((platform) => PLATFORM_WEBHOOKS[platform])),
            examples: Object.fromEntries(
              PLATFORMS.flatMap((platform) =>
                EXAMPLE_NAMES.filter((name) => name !== "malformed").map((name) => [
                  `${platform}-${name}`,
                  { summary: `${PLATFORM_LABELS[platform]}: ${name.replace("-", " ")}`, value: WEBHOOK_EXAMPLES[platform][name] },
                ]),
              ),
            ),
          },
        },
      },
      responses: {
        "200": {
          description: "Taken: `outcome` is applied, unchanged (a repeat) or quarantined",
          content: {
            "application/json": {
              schema: z.object({
                received: z.literal(true),
                outcome: z.enum(["applied", "unchanged", "quarantined"]),
                duplicate: z.boolean().describe("This webhook-id was taken before"),
                order_id: z.int().nullable(),
                detail: z.string().nullable(),
              }),
            },
          },
        },
        "401": refusal("Missing or invalid signature, or a timestamp outside the tolerance"),
        "404": refusal("Not a platform we take webhooks from"),
        "413": refusal("The body is larger than 256 KiB"),
        "415": refusal("The body is not JSON"),
        "503": refusal("We could not store it; send it again (Retry-After)"),
      },
    },
  },
};

/** A notification we POST to a platform: signed, retried, its body as `schema` says. */
const notificationWebhook = (summary: string, description: string, schema: z.ZodType) => ({
  post: {
    summary,
    description,
    requestBody: { required: true, content: { "application/json": { schema } } },
    responses: { "200": { description: "Any 2xx marks it sent" } },
  },
});

export const WEBHOOKS: ZodOpenApiPathsObject = {
  orderNotification: notificationWebhook(
    "What we tell a platform about its order",
    "POSTed to the store's endpoint for the platform, signed like inbound webhooks with the same secrets; `webhook-id` is stable across retries. " +
      "Retried after about 1 s, 2 s, 4 s … (capped at 60 s, ±20 % jitter) on network errors, 5xx, 408, 409 and 429 (honouring Retry-After); " +
      "accept and deny until the platform's accept deadline, the others for 30 minutes; then dead-lettered.",
    z
      .object({
        type: z.enum(ORDER_NOTIFICATION_TYPES),
        timestamp: z.iso.datetime(),
        data: z.object({
          order_id: z.string().describe("The platform's own order id"),
          merchant_supplied_id: z.string().describe("Our order id"),
          store_id: z.string(),
          order_status: z.enum(["success", "fail"]).optional(),
          prep_time: z.iso.datetime().optional().describe("When the order will be ready"),
          prep_minutes: z.int().optional(),
          failure_reason: z.string().optional(),
          reason_code: z.string().optional(),
          cancel_reason: z.string().optional(),
          cancel_details: z.string().optional(),
        }),
      })
      .meta({ id: "Notification" }),
  ),
  storeNotification: notificationWebhook(
    "What we tell a platform about the store: an item 86'd or back on, a pause or its end",
    "POSTed, signed and retried like order notifications (for 30 minutes), in order per store and platform. `item.*` go to every connected platform, naming the platform's own id of the item; `store.*` to the platforms paused.",
    z
      .object({
        type: z.enum(STORE_NOTIFICATION_TYPES),
        timestamp: z.iso.datetime(),
        data: z.object({
          store_id: z.string(),
          item_id: z.string().nullable().optional().describe("item.*: the platform's own id of the item (null: it has none for it)"),
          merchant_supplied_id: z.string().optional().describe("item.*: our id of the item"),
          name: z.string().optional().describe("item.*: the item's name"),
          unavailable_until: z.iso.datetime().nullable().optional().describe("item.unavailable: when it comes back by itself; null: until turned back on"),
          reason: z.string().nullable().optional().describe("store.paused: why"),
          paused_until: z.iso.datetime().nullable().optional().describe("store.paused: when it resumes by itself; null: until resumed"),
        }),
      })
      .meta({ id: "StoreNotification" }),
  ),
};
