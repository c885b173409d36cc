ALTER TABLE `orders` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `stores` ADD `not_picked_up_minutes` integer DEFAULT 30 NOT NULL;