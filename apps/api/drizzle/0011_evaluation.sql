CREATE TABLE "evaluation_changes" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_changes_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "evaluation_changes_kind" CHECK ("evaluation_changes"."kind" in ('CALIBRATION', 'OBJECTION'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"violation_policy" text DEFAULT 'WARN' NOT NULL,
	"rounding_at_least" text DEFAULT 'CEIL' NOT NULL,
	"rounding_at_most" text DEFAULT 'FLOOR' NOT NULL,
	"objection_days" integer DEFAULT 14 NOT NULL,
	"leader_rating_map" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_settings_policy" CHECK ("evaluation_settings"."violation_policy" in ('WARN', 'BLOCK')),
	CONSTRAINT "evaluation_settings_days" CHECK ("evaluation_settings"."objection_days" between 1 and 90)
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"skp_id" uuid,
	"unit_id" uuid NOT NULL,
	"rater_employee_id" uuid,
	"rater_name" text NOT NULL,
	"hasil_kerja" text NOT NULL,
	"perilaku_kerja" text NOT NULL,
	"predikat" text NOT NULL,
	"suggested_hasil_kerja" text,
	"feedback" text,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"finalised_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "evaluations_status" CHECK ("evaluations"."status" in ('DRAFT', 'FINAL')),
	CONSTRAINT "evaluations_hasil" CHECK ("evaluations"."hasil_kerja" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH')),
	CONSTRAINT "evaluations_perilaku" CHECK ("evaluations"."perilaku_kerja" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH'))
);
--> statement-breakpoint
CREATE TABLE "objection_messages" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"objection_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"addressed_to" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objection_messages_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "objection_messages_role" CHECK ("objection_messages"."author_role" in ('DECIDER', 'RATER', 'EMPLOYEE'))
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"decider_employee_id" uuid,
	"decider_name" text NOT NULL,
	"reasons" text NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"decision" text,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "objections_status" CHECK ("objections"."status" in ('OPEN', 'DECIDED')),
	CONSTRAINT "objections_decision" CHECK ("objections"."decision" is null or "objections"."decision" in ('CONFIRMED', 'CHANGED'))
);
--> statement-breakpoint
CREATE TABLE "unit_predikats" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"predikat" text NOT NULL,
	"note" text,
	"set_by_user_id" uuid NOT NULL,
	"set_by_name" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"finalised_at" timestamp with time zone,
	"finalised_by_user_id" uuid,
	"signature" jsonb,
	"final_counts" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_predikats_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "unit_predikats_predikat" CHECK ("unit_predikats"."predikat" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'))
);
--> statement-breakpoint
ALTER TABLE "evaluation_changes" ADD CONSTRAINT "evaluation_changes_agency_id_evaluation_id_evaluations_agency_id_id_fk" FOREIGN KEY ("agency_id","evaluation_id") REFERENCES "public"."evaluations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_settings" ADD CONSTRAINT "evaluation_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_skp_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","skp_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_agency_id_rater_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","rater_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objection_messages" ADD CONSTRAINT "objection_messages_agency_id_objection_id_objections_agency_id_id_fk" FOREIGN KEY ("agency_id","objection_id") REFERENCES "public"."objections"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_agency_id_evaluation_id_evaluations_agency_id_id_fk" FOREIGN KEY ("agency_id","evaluation_id") REFERENCES "public"."evaluations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_agency_id_decider_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","decider_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_predikats" ADD CONSTRAINT "unit_predikats_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_predikats" ADD CONSTRAINT "unit_predikats_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_predikats" ADD CONSTRAINT "unit_predikats_agency_id_set_by_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","set_by_user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_changes_evaluation_idx" ON "evaluation_changes" USING btree ("agency_id","evaluation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_employee_period_key" ON "evaluations" USING btree ("agency_id","employee_id","period_id");--> statement-breakpoint
CREATE INDEX "evaluations_unit_period_idx" ON "evaluations" USING btree ("agency_id","period_id","unit_id");--> statement-breakpoint
CREATE INDEX "evaluations_rater_idx" ON "evaluations" USING btree ("agency_id","rater_employee_id","period_id");--> statement-breakpoint
CREATE INDEX "objection_messages_objection_idx" ON "objection_messages" USING btree ("agency_id","objection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "objections_evaluation_key" ON "objections" USING btree ("agency_id","evaluation_id");--> statement-breakpoint
CREATE INDEX "objections_decider_idx" ON "objections" USING btree ("agency_id","decider_employee_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_predikats_unit_period_key" ON "unit_predikats" USING btree ("agency_id","unit_id","period_id");