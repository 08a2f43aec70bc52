CREATE TABLE "document_settings" (
	"org_unit_id" uuid PRIMARY KEY NOT NULL,
	"options" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "generated_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"options" jsonb NOT NULL,
	"file_name" text,
	"storage_key" text,
	"size" bigint,
	"sha256" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	CONSTRAINT "generated_documents_kind_check" CHECK ("generated_documents"."kind" in ('commune_report', 'index_report')),
	CONSTRAINT "generated_documents_format_check" CHECK ("generated_documents"."format" in ('docx', 'xlsx', 'pdf')),
	CONSTRAINT "generated_documents_status_check" CHECK ("generated_documents"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "document_settings" ADD CONSTRAINT "document_settings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_settings" ADD CONSTRAINT "document_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generated_documents" ADD CONSTRAINT "generated_documents_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generated_documents" ADD CONSTRAINT "generated_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generated_documents_assessment_idx" ON "generated_documents" USING btree ("assessment_id","created_at");