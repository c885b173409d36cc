ALTER TABLE "orders" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "not_picked_up_minutes" integer DEFAULT 30 NOT NULL;