ALTER TABLE "cycles" ADD COLUMN "round" text;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "status" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_status_check" CHECK ("cycles"."status" in ('open', 'closed'));