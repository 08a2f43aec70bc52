CREATE TABLE "framework_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"format_version" integer DEFAULT 1 NOT NULL,
	"content_hash" text NOT NULL,
	"source_name" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid,
	CONSTRAINT "framework_versions_kind_check" CHECK ("framework_versions"."kind" in ('criteria', 'index'))
);
--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_version_unique" ON "framework_versions" USING btree ("framework_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_hash_unique" ON "framework_versions" USING btree ("framework_id","content_hash");