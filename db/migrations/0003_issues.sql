CREATE TABLE `issue_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issue_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`issue_id`) REFERENCES `order_issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `issue_attachments_issue` ON `issue_attachments` (`issue_id`);--> statement-breakpoint
CREATE TABLE `order_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`store_id` text NOT NULL,
	`type` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`description` text NOT NULL,
	`affected_items` text NOT NULL,
	`refund_cents` integer,
	`currency` text NOT NULL,
	`resolution_note` text,
	`assignee_id` integer,
	`reported_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_issues_store_status` ON `order_issues` (`store_id`,`status`);--> statement-breakpoint
CREATE INDEX `order_issues_order` ON `order_issues` (`order_id`);--> statement-breakpoint
CREATE INDEX `order_issues_created` ON `order_issues` (`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `order_events` ADD `issue_id` integer;--> statement-breakpoint
CREATE INDEX `order_events_issue` ON `order_events` (`issue_id`,`id`);