ALTER TABLE "order_events" ALTER COLUMN "order_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "platform_notifications" ALTER COLUMN "order_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "pause_platforms" jsonb;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "pause_until" bigint;