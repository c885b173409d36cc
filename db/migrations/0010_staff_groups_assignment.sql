-- drizzle-kit writes a column added with a foreign key without its ON DELETE rule; the rule is the schema's (set null).
CREATE TABLE `staff_group_members` (
	`group_id` integer NOT NULL,
	`employee_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `employee_id`),
	FOREIGN KEY (`group_id`) REFERENCES `staff_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_group_members_employee` ON `staff_group_members` (`employee_id`);--> statement-breakpoint
CREATE TABLE `staff_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_groups_store_name` ON `staff_groups` (`store_id`,`name`);--> statement-breakpoint
ALTER TABLE `orders` ADD `assignee_id` integer REFERENCES employees(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `group_id` integer REFERENCES staff_groups(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `assigned_at` integer;--> statement-breakpoint
CREATE INDEX `orders_assignee` ON `orders` (`assignee_id`);--> statement-breakpoint
CREATE INDEX `orders_group` ON `orders` (`group_id`);