ALTER TABLE `stores` ADD `opening_hours` text;--> statement-breakpoint
ALTER TABLE `stores` ADD `busy_auto` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `busy_auto_max` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `busy_auto_changed_at` integer;