CREATE TABLE `board_presence` (
	`store_id` text NOT NULL,
	`instance_id` text NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`store_id`, `instance_id`),
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `menu_items` ADD `stock` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `auto_accepted` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `paused_by_heartbeat` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `heartbeat_minutes` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `alert_url` text;--> statement-breakpoint
ALTER TABLE `stores` ADD `busy_minutes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `busy_until` integer;--> statement-breakpoint
ALTER TABLE `stores` ADD `default_prep_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `auto_accept_platforms` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `auto_accept_max_items` integer;--> statement-breakpoint
ALTER TABLE `stores` ADD `auto_accept_max_cents` integer;