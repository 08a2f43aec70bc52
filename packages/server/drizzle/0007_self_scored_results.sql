-- typed_points held the points the commune's own report gives: its self-scored points (điểm tự chấm). Renamed, values kept.
ALTER TABLE "assessment_results" RENAME COLUMN "typed_points" TO "self_points";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "self_points_reason" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "self_judgement" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "self_judgement_reason" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_self_judgement_check" CHECK ("assessment_results"."self_judgement" is null or "assessment_results"."self_judgement" in ('met', 'not_met'));--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_status_check" CHECK ("assessment_results"."status" is null or "assessment_results"."status" in ('not_started'));