PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer,
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
	`issue_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_order_events`("id", "order_id", "store_id", "type", "from_status", "to_status", "actor_type", "actor_id", "actor_name", "reason_code", "message", "data", "issue_id", "created_at") SELECT "id", "order_id", "store_id", "type", "from_status", "to_status", "actor_type", "actor_id", "actor_name", "reason_code", "message", "data", "issue_id", "created_at" FROM `order_events`;--> statement-breakpoint
DROP TABLE `order_events`;--> statement-breakpoint
ALTER TABLE `__new_order_events` RENAME TO `order_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `order_events_store` ON `order_events` (`store_id`,`id`);--> statement-breakpoint
CREATE INDEX `order_events_store_created` ON `order_events` (`store_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`,`id`);--> statement-breakpoint
CREATE INDEX `order_events_issue` ON `order_events` (`issue_id`,`id`);--> statement-breakpoint
CREATE TABLE `__new_platform_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer,
	`store_id` text NOT NULL,
	`platform` text NOT NULL,
	`event_id` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`give_up_at` integer NOT NULL,
	`first_failed_at` integer,
	`last_error` text,
	`last_status_code` integer,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_platform_notifications`("id", "order_id", "store_id", "platform", "event_id", "type", "payload", "state", "attempts", "next_attempt_at", "give_up_at", "first_failed_at", "last_error", "last_status_code", "created_at", "sent_at") SELECT "id", "order_id", "store_id", "platform", "event_id", "type", "payload", "state", "attempts", "next_attempt_at", "give_up_at", "first_failed_at", "last_error", "last_status_code", "created_at", "sent_at" FROM `platform_notifications`;--> statement-breakpoint
DROP TABLE `platform_notifications`;--> statement-breakpoint
ALTER TABLE `__new_platform_notifications` RENAME TO `platform_notifications`;--> statement-breakpoint
CREATE INDEX `platform_notifications_due` ON `platform_notifications` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `platform_notifications_order` ON `platform_notifications` (`order_id`,`id`);--> statement-breakpoint
CREATE INDEX `platform_notifications_store` ON `platform_notifications` (`store_id`,`state`);--> statement-breakpoint
ALTER TABLE `stores` ADD `paused` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stores` ADD `pause_platforms` text;--> statement-breakpoint
ALTER TABLE `stores` ADD `pause_reason` text;--> statement-breakpoint
ALTER TABLE `stores` ADD `pause_until` integer;