CREATE TABLE `order_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`kind` text NOT NULL,
	`sha256` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_photos_order` ON `order_photos` (`order_id`);--> statement-breakpoint
ALTER TABLE `order_items` ADD `removed_at` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `added_at` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `replaces_item_id` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `packed_at` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `tax_base_subtotal_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `tax_base_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `unacknowledged_changes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Orders taken before cart changes existed keep their own tax rate: the one they were placed with.
UPDATE `orders` SET `tax_base_subtotal_cents` = `subtotal_cents`, `tax_base_cents` = `tax_cents`;
