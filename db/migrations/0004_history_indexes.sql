DROP INDEX `orders_store_status`;--> statement-breakpoint
CREATE INDEX `orders_store_status_placed` ON `orders` (`store_id`,`status`,`placed_at`);