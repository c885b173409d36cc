ALTER TABLE "orders" ADD COLUMN "scheduled_for" bigint;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "due_at" bigint;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "schedule_prep_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "schedule_buffer_minutes" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_status_due" ON "orders" USING btree ("status","due_at");