CREATE TABLE "board_presence" (
	"store_id" text NOT NULL,
	"instance_id" text NOT NULL,
	"seen_at" bigint NOT NULL,
	CONSTRAINT "board_presence_store_id_instance_id_pk" PRIMARY KEY("store_id","instance_id")
);
--> statement-breakpoint
ALTER TABLE "menu_items" ADD COLUMN "stock" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "auto_accepted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "paused_by_heartbeat" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "heartbeat_minutes" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "alert_url" text;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "busy_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "busy_until" bigint;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "default_prep_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "auto_accept_platforms" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "auto_accept_max_items" integer;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "auto_accept_max_cents" integer;--> statement-breakpoint
ALTER TABLE "board_presence" ADD CONSTRAINT "board_presence_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;