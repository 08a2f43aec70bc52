CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_status" text,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	"email_next_attempt_at" timestamp with time zone,
	"email_error" text,
	"dedupe_key" text,
	CONSTRAINT "notifications_email_status_check" CHECK ("notifications"."email_status" is null or "notifications"."email_status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "responsibilities" (
	"version_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"lead_unit_id" uuid,
	"coordinating_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"partner_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"responsible_member_id" uuid,
	CONSTRAINT "responsibilities_version_id_criterion_code_pk" PRIMARY KEY("version_id","criterion_code")
);
--> statement-breakpoint
CREATE TABLE "responsibility_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"copied_from_cycle_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "roadmap_entries" (
	"area_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "roadmap_entries_area_id_commune_id_pk" PRIMARY KEY("area_id","commune_id"),
	CONSTRAINT "roadmap_entries_year_check" CHECK ("roadmap_entries"."year" between 2020 and 2100)
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"area_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "support_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_kind" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "support_events_actor_kind_check" CHECK ("support_events"."actor_kind" in ('commune', 'member', 'head', 'office'))
);
--> statement-breakpoint
CREATE TABLE "support_request_evidence" (
	"request_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	CONSTRAINT "support_request_evidence_request_id_evidence_id_pk" PRIMARY KEY("request_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"need" text NOT NULL,
	"needed_by" date NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"answer" text,
	"plan" jsonb,
	"plan_warnings" jsonb,
	"plan_submitted_by" uuid,
	"plan_submitted_at" timestamp with time zone,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "support_requests_status_check" CHECK ("support_requests"."status" in ('sent', 'answered', 'plan_submitted', 'plan_approved', 'plan_returned', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_area_id_org_units_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_version_id_responsibility_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."responsibility_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_lead_unit_id_org_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_responsible_member_id_users_id_fk" FOREIGN KEY ("responsible_member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_versions" ADD CONSTRAINT "responsibility_versions_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_versions" ADD CONSTRAINT "responsibility_versions_copied_from_cycle_id_cycles_id_fk" FOREIGN KEY ("copied_from_cycle_id") REFERENCES "public"."cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_versions" ADD CONSTRAINT "responsibility_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_entries" ADD CONSTRAINT "roadmap_entries_area_id_roadmaps_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."roadmaps"("area_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_entries" ADD CONSTRAINT "roadmap_entries_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_area_id_org_units_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_comments" ADD CONSTRAINT "support_comments_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_comments" ADD CONSTRAINT "support_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_events" ADD CONSTRAINT "support_events_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_events" ADD CONSTRAINT "support_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_evidence" ADD CONSTRAINT "support_request_evidence_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_evidence" ADD CONSTRAINT "support_request_evidence_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_plan_submitted_by_users_id_fk" FOREIGN KEY ("plan_submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("email_next_attempt_at") WHERE "notifications"."email_status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_unique" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_area_name_unique" ON "partners" USING btree ("area_id",lower("name"));--> statement-breakpoint
CREATE INDEX "responsibilities_member_idx" ON "responsibilities" USING btree ("responsible_member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responsibility_versions_number_unique" ON "responsibility_versions" USING btree ("cycle_id","number");--> statement-breakpoint
CREATE INDEX "roadmap_entries_year_idx" ON "roadmap_entries" USING btree ("area_id","year");--> statement-breakpoint
CREATE INDEX "support_comments_request_idx" ON "support_comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "support_events_request_idx" ON "support_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "support_requests_cycle_idx" ON "support_requests" USING btree ("cycle_id","criterion_code");--> statement-breakpoint
CREATE INDEX "support_requests_commune_idx" ON "support_requests" USING btree ("commune_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_requests_open_unique" ON "support_requests" USING btree ("cycle_id","commune_id","criterion_code") WHERE "support_requests"."status" <> 'closed';