CREATE TABLE `notification_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notification_id` integer NOT NULL,
	`attempted_at` integer NOT NULL,
	`status_code` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	FOREIGN KEY (`notification_id`) REFERENCES `platform_notifications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notification_attempts_notification` ON `notification_attempts` (`notification_id`,`id`);--> statement-breakpoint
CREATE TABLE `platform_connections` (
	`store_id` text NOT NULL,
	`platform` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`endpoint_url` text,
	`signing_secrets` text DEFAULT '[]' NOT NULL,
	`accept_deadline_seconds` integer NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`store_id`, `platform`),
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `platform_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
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
CREATE INDEX `platform_notifications_due` ON `platform_notifications` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `platform_notifications_order` ON `platform_notifications` (`order_id`,`id`);--> statement-breakpoint
CREATE INDEX `platform_notifications_store` ON `platform_notifications` (`store_id`,`state`);--> statement-breakpoint
CREATE TABLE `quarantined_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`webhook_id` text NOT NULL,
	`store_id` text NOT NULL,
	`reason` text NOT NULL,
	`body` text NOT NULL,
	`received_at` integer NOT NULL,
	`dismissed_at` integer,
	`dismissed_by` text,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quarantined_deliveries_store` ON `quarantined_deliveries` (`store_id`,`dismissed_at`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`webhook_id` text NOT NULL,
	`store_id` text NOT NULL,
	`kind` text,
	`outcome` text NOT NULL,
	`order_id` integer,
	`detail` text,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_webhook_id` ON `webhook_deliveries` (`platform`,`webhook_id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_order` ON `webhook_deliveries` (`order_id`);