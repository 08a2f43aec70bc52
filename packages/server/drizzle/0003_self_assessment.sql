CREATE TABLE "assessment_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_kind" text NOT NULL,
	"item_code" text NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" jsonb,
	"typed_percent" double precision,
	"typed_points" double precision,
	"capability" text,
	"planned_completion" text,
	"notes" text,
	"difficulties" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "assessment_results_kind_check" CHECK ("assessment_results"."item_kind" in ('criterion', 'indicator')),
	CONSTRAINT "assessment_results_capability_check" CHECK ("assessment_results"."capability" is null or "assessment_results"."capability" in ('independent', 'needs_support')),
	CONSTRAINT "assessment_results_figures_check" CHECK (("assessment_results"."numerator" is null or "assessment_results"."numerator" >= 0) and ("assessment_results"."denominator" is null or "assessment_results"."denominator" > 0))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reopened_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "cycle_communes" (
	"cycle_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"assigned" boolean DEFAULT true NOT NULL,
	CONSTRAINT "cycle_communes_cycle_id_commune_id_pk" PRIMARY KEY("cycle_id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "cycle_exclusions" (
	"cycle_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "cycle_exclusions_cycle_id_item_code_pk" PRIMARY KEY("cycle_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"scope_id" uuid NOT NULL,
	"criteria_framework_version_id" uuid NOT NULL,
	"index_framework_version_id" uuid,
	"self_assessment_due" date NOT NULL,
	"confirmation_due" date NOT NULL,
	"dossier_due" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycles_deadlines_check" CHECK ("cycles"."self_assessment_due" <= "cycles"."confirmation_due" and "cycles"."confirmation_due" <= "cycles"."dossier_due")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"doc_number" text,
	"doc_date" date,
	"issuer" text,
	"summary" text,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "evidence_links" (
	"evidence_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_kind" text NOT NULL,
	"item_code" text NOT NULL,
	CONSTRAINT "evidence_links_evidence_id_assessment_id_item_kind_item_code_pk" PRIMARY KEY("evidence_id","assessment_id","item_kind","item_code")
);
--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_communes" ADD CONSTRAINT "cycle_communes_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_communes" ADD CONSTRAINT "cycle_communes_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_exclusions" ADD CONSTRAINT "cycle_exclusions_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_scope_id_org_units_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_criteria_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("criteria_framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_index_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("index_framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_results_item_unique" ON "assessment_results" USING btree ("assessment_id","item_kind","item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_cycle_commune_unique" ON "assessments" USING btree ("cycle_id","commune_id");--> statement-breakpoint
CREATE INDEX "cycles_scope_idx" ON "cycles" USING btree ("scope_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_commune_hash_unique" ON "evidence" USING btree ("commune_id","sha256");--> statement-breakpoint
CREATE INDEX "evidence_links_item_idx" ON "evidence_links" USING btree ("assessment_id","item_kind","item_code");