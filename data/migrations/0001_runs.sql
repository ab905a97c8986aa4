CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`shard` text,
	`state` text NOT NULL,
	`runner_pid` integer NOT NULL,
	`total` integer NOT NULL,
	`started_at` text NOT NULL,
	`resumed_at` text,
	`finished_at` text
);
--> statement-breakpoint
CREATE INDEX `runs_key_idx` ON `runs` (`key`,`id`);--> statement-breakpoint
ALTER TABLE `crawls` ADD `run_id` integer REFERENCES runs(id);