CREATE TABLE `known_tablets` (
	`id` text PRIMARY KEY NOT NULL,
	`first_sign_in_at` integer NOT NULL,
	`last_sign_in_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `orders_platform_external_id`;--> statement-breakpoint
ALTER TABLE `orders` ADD `intake` text DEFAULT 'api' NOT NULL;--> statement-breakpoint
UPDATE `orders` SET `intake` = 'webhook' WHERE `id` IN (SELECT `order_id` FROM `order_events` WHERE `type` = 'created' AND `actor_type` = 'platform');--> statement-breakpoint
CREATE UNIQUE INDEX `orders_identity` ON `orders` (`platform`,`store_id`,`external_id`,`intake`);--> statement-breakpoint
CREATE INDEX `order_events_store_created` ON `order_events` (`store_id`,`created_at`);