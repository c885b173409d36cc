CREATE TABLE `order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`store_id` text NOT NULL,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`actor_type` text NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`reason_code` text,
	`message` text,
	`data` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_events_store` ON `order_events` (`store_id`,`id`);--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`,`id`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`position` integer NOT NULL,
	`external_id` text,
	`name` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`modifiers` text NOT NULL,
	`special_instructions` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_items_order` ON `order_items` (`order_id`,`position`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` text NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`short_code` text NOT NULL,
	`status` text NOT NULL,
	`fulfillment_type` text NOT NULL,
	`delivery_address` text,
	`vehicle` text,
	`table_number` text,
	`customer_first_name` text NOT NULL,
	`customer_last_name` text NOT NULL,
	`customer_phone` text,
	`customer_email` text,
	`special_instructions` text,
	`currency` text NOT NULL,
	`subtotal_cents` integer NOT NULL,
	`tax_cents` integer NOT NULL,
	`tip_cents` integer NOT NULL,
	`fees_cents` integer NOT NULL,
	`discount_cents` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`placed_at` integer NOT NULL,
	`estimated_pickup_at` integer,
	`accepted_at` integer,
	`prep_minutes` integer,
	`ready_by` integer,
	`ready_at` integer,
	`finished_at` integer,
	`acknowledged_at` integer,
	`courier_status` text,
	`courier_name` text,
	`reason_code` text,
	`reason_message` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "orders_money_non_negative" CHECK("orders"."subtotal_cents" >= 0 AND "orders"."total_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_platform_external_id` ON `orders` (`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `orders_store_status` ON `orders` (`store_id`,`status`);--> statement-breakpoint
CREATE INDEX `orders_store_placed` ON `orders` (`store_id`,`placed_at`,`id`);--> statement-breakpoint
CREATE INDEX `orders_placed` ON `orders` (`placed_at`,`id`);--> statement-breakpoint
CREATE INDEX `orders_store_finished` ON `orders` (`store_id`,`finished_at`);--> statement-breakpoint
CREATE TABLE `stores` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`timezone` text NOT NULL,
	`created_at` integer NOT NULL
);
