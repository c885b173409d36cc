-- drizzle-kit writes a column added with a foreign key without its ON DELETE rule; the rule is the schema's (set null).
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` text NOT NULL,
	`platform` text,
	`external_id` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`phone` text,
	`email` text,
	`notes` text DEFAULT '' NOT NULL,
	`order_count` integer DEFAULT 0 NOT NULL,
	`first_order_at` integer NOT NULL,
	`last_order_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_platform_id` ON `customers` (`store_id`,`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `customers_phone` ON `customers` (`store_id`,`phone`);--> statement-breakpoint
CREATE INDEX `customers_email` ON `customers` (`store_id`,`email`);--> statement-breakpoint
ALTER TABLE `orders` ADD `customer_id` integer REFERENCES customers(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `tracking_token` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `customer_arrived_at` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `arrival_note` text;--> statement-breakpoint
CREATE INDEX `orders_customer` ON `orders` (`customer_id`,`placed_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_tracking_token` ON `orders` (`tracking_token`);