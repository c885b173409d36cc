ALTER TABLE `orders` ADD `scheduled_for` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `due_at` integer;--> statement-breakpoint
CREATE INDEX `orders_status_due` ON `orders` (`status`,`due_at`);--> statement-breakpoint
ALTER TABLE `stores` ADD `schedule_prep_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `schedule_buffer_minutes` integer DEFAULT 5 NOT NULL;