ALTER TABLE `orders` ADD `payment_method` text DEFAULT 'platform' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `paid` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `cash_tendered_cents` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `channel` text DEFAULT 'platform_app' NOT NULL;