CREATE TABLE `classifications` (
	`tool_version_id` integer NOT NULL,
	`classifier_version` text NOT NULL,
	`risk` text NOT NULL,
	`category` text NOT NULL,
	`source` text NOT NULL,
	`classification_json` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`tool_version_id`, `classifier_version`),
	FOREIGN KEY (`tool_version_id`) REFERENCES `tool_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `crawl_tools` (
	`crawl_id` integer NOT NULL,
	`position` integer NOT NULL,
	`tool_version_id` integer NOT NULL,
	PRIMARY KEY(`crawl_id`, `position`),
	FOREIGN KEY (`crawl_id`) REFERENCES `crawls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tool_version_id`) REFERENCES `tool_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `crawl_tools_tool_idx` ON `crawl_tools` (`tool_version_id`);--> statement-breakpoint
CREATE TABLE `crawls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`server_id` integer NOT NULL,
	`state` text NOT NULL,
	`status` text,
	`status_detail` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	`runner_pid` integer NOT NULL,
	`package_version` text NOT NULL,
	`package_integrity` text,
	`sandboxed` integer NOT NULL,
	`server_info_json` text,
	`protocol_version` text,
	`instructions` text,
	`oversized_json` text DEFAULT '[]' NOT NULL,
	`total_offered` integer DEFAULT 0 NOT NULL,
	`truncated` integer DEFAULT false NOT NULL,
	`invalid_tools_json` text DEFAULT '[]' NOT NULL,
	`stderr_tail` text DEFAULT '' NOT NULL,
	`durations_json` text DEFAULT '{}' NOT NULL,
	`tools_added` integer DEFAULT 0 NOT NULL,
	`tools_changed` integer DEFAULT 0 NOT NULL,
	`tools_removed` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`server_id`) REFERENCES `servers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `crawls_server_idx` ON `crawls` (`server_id`,`id`);--> statement-breakpoint
CREATE INDEX `crawls_state_idx` ON `crawls` (`state`);--> statement-breakpoint
CREATE TABLE `servers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`package` text NOT NULL,
	`version` text NOT NULL,
	`title` text,
	`description` text,
	`target_json` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `servers_name_unique` ON `servers` (`name`);--> statement-breakpoint
CREATE TABLE `tool_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`name` text NOT NULL,
	`definition_json` text NOT NULL,
	`first_seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tool_versions_hash_idx` ON `tool_versions` (`hash`);--> statement-breakpoint
CREATE INDEX `tool_versions_name_idx` ON `tool_versions` (`name`);