CREATE TABLE "coaching_ratings" (
	"agency_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_ratings_agency_id_session_id_pk" PRIMARY KEY("agency_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"coach_employee_id" uuid,
	"coach_name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'SCHEDULED' NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"period_id" uuid,
	"topic" text NOT NULL,
	"notes" text,
	"agreed_actions" text,
	"follow_up_date" date,
	"held_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_sessions_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "coaching_sessions_kind" CHECK ("coaching_sessions"."kind" in ('DIALOG', 'BIMBINGAN')),
	CONSTRAINT "coaching_sessions_status" CHECK ("coaching_sessions"."status" in ('SCHEDULED', 'DONE', 'CANCELLED'))
);
--> statement-breakpoint
CREATE TABLE "competency_evaluations" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"rater_employee_id" uuid,
	"rater_name" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"scores" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competency_evaluations_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "daily_log_entries" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"log_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"description" text NOT NULL,
	"rhk_id" uuid,
	"evidence_url" text,
	CONSTRAINT "daily_log_entries_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "daily_log_unit_counts" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"log_date" date NOT NULL,
	"status" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_log_unit_counts_agency_id_log_date_unit_id_status_pk" PRIMARY KEY("agency_id","log_date","unit_id","status")
);
--> statement-breakpoint
CREATE TABLE "daily_logs" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"log_date" date NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"rater_employee_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"return_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_logs_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "daily_logs_status" CHECK ("daily_logs"."status" in ('DRAFT', 'SUBMITTED', 'APPROVED'))
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"report_id" uuid,
	"indicator_id" uuid,
	"daily_log_id" uuid,
	"kind" text NOT NULL,
	"url" text,
	"file_name" text,
	"content_type" text,
	"size" integer,
	"sha256" text,
	"storage_key" text,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "evidence_kind" CHECK ("evidence"."kind" in ('FILE', 'LINK')),
	CONSTRAINT "evidence_owner" CHECK (("evidence"."report_id" is null) <> ("evidence"."daily_log_id" is null)),
	CONSTRAINT "evidence_content" CHECK (("evidence"."kind" = 'LINK' and "evidence"."url" is not null) or ("evidence"."kind" = 'FILE' and "evidence"."storage_key" is not null))
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"indicator_id" uuid,
	"behaviour_code" text,
	"parent_id" uuid,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "feedback_target" CHECK ("feedback"."indicator_id" is null or "feedback"."behaviour_code" is null),
	CONSTRAINT "feedback_role" CHECK ("feedback"."author_role" in ('RATER', 'EMPLOYEE'))
);
--> statement-breakpoint
CREATE TABLE "peer_answers" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	CONSTRAINT "peer_answers_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_invites" (
	"agency_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"peer_employee_id" uuid NOT NULL,
	"answered" boolean DEFAULT false NOT NULL,
	CONSTRAINT "peer_invites_agency_id_round_id_peer_employee_id_pk" PRIMARY KEY("agency_id","round_id","peer_employee_id")
);
--> statement-breakpoint
CREATE TABLE "peer_rounds" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_employee_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_rounds_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "realisation_reports" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"rencana_aksi" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"achievement" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisation_reports_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "realisation_reports_status" CHECK ("realisation_reports"."status" in ('DRAFT', 'SUBMITTED'))
);
--> statement-breakpoint
CREATE TABLE "realisation_unit_counts" (
	"agency_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"achievement_sum" double precision DEFAULT 0 NOT NULL,
	"achievement_n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "realisation_unit_counts_agency_id_period_id_unit_id_pk" PRIMARY KEY("agency_id","period_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "realisation_values" (
	"agency_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision,
	"text" text,
	"achievement" double precision,
	CONSTRAINT "realisation_values_agency_id_report_id_indicator_id_pk" PRIMARY KEY("agency_id","report_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "daily_log_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "skp_indicators" ADD COLUMN "direction" text DEFAULT 'AT_LEAST' NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_ratings" ADD CONSTRAINT "coaching_ratings_agency_id_session_id_coaching_sessions_agency_id_id_fk" FOREIGN KEY ("agency_id","session_id") REFERENCES "public"."coaching_sessions"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_agency_id_coach_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","coach_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_evaluations" ADD CONSTRAINT "competency_evaluations_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_evaluations" ADD CONSTRAINT "competency_evaluations_agency_id_rater_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","rater_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_log_entries" ADD CONSTRAINT "daily_log_entries_agency_id_log_id_daily_logs_agency_id_id_fk" FOREIGN KEY ("agency_id","log_id") REFERENCES "public"."daily_logs"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_log_entries" ADD CONSTRAINT "daily_log_entries_agency_id_rhk_id_skp_rhks_agency_id_id_fk" FOREIGN KEY ("agency_id","rhk_id") REFERENCES "public"."skp_rhks"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_logs" ADD CONSTRAINT "daily_logs_agency_id_rater_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","rater_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_agency_id_report_id_realisation_reports_agency_id_id_fk" FOREIGN KEY ("agency_id","report_id") REFERENCES "public"."realisation_reports"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_agency_id_indicator_id_skp_indicators_agency_id_id_fk" FOREIGN KEY ("agency_id","indicator_id") REFERENCES "public"."skp_indicators"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_agency_id_daily_log_id_daily_logs_agency_id_id_fk" FOREIGN KEY ("agency_id","daily_log_id") REFERENCES "public"."daily_logs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_skp_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","skp_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_indicator_id_skp_indicators_agency_id_id_fk" FOREIGN KEY ("agency_id","indicator_id") REFERENCES "public"."skp_indicators"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_parent_id_feedback_agency_id_id_fk" FOREIGN KEY ("agency_id","parent_id") REFERENCES "public"."feedback"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_id_author_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","author_user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_answers" ADD CONSTRAINT "peer_answers_agency_id_round_id_peer_rounds_agency_id_id_fk" FOREIGN KEY ("agency_id","round_id") REFERENCES "public"."peer_rounds"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_invites" ADD CONSTRAINT "peer_invites_agency_id_round_id_peer_rounds_agency_id_id_fk" FOREIGN KEY ("agency_id","round_id") REFERENCES "public"."peer_rounds"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_invites" ADD CONSTRAINT "peer_invites_agency_id_peer_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","peer_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_rounds" ADD CONSTRAINT "peer_rounds_agency_id_subject_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","subject_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_rounds" ADD CONSTRAINT "peer_rounds_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_reports" ADD CONSTRAINT "realisation_reports_agency_id_skp_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","skp_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_reports" ADD CONSTRAINT "realisation_reports_agency_id_period_id_periods_agency_id_id_fk" FOREIGN KEY ("agency_id","period_id") REFERENCES "public"."periods"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_reports" ADD CONSTRAINT "realisation_reports_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_reports" ADD CONSTRAINT "realisation_reports_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_values" ADD CONSTRAINT "realisation_values_agency_id_report_id_realisation_reports_agency_id_id_fk" FOREIGN KEY ("agency_id","report_id") REFERENCES "public"."realisation_reports"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisation_values" ADD CONSTRAINT "realisation_values_agency_id_indicator_id_skp_indicators_agency_id_id_fk" FOREIGN KEY ("agency_id","indicator_id") REFERENCES "public"."skp_indicators"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_sessions_employee_idx" ON "coaching_sessions" USING btree ("agency_id","employee_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "coaching_sessions_coach_idx" ON "coaching_sessions" USING btree ("agency_id","coach_employee_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "competency_evaluations_employee_idx" ON "competency_evaluations" USING btree ("agency_id","employee_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "daily_log_entries_log_idx" ON "daily_log_entries" USING btree ("agency_id","log_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_logs_employee_date_key" ON "daily_logs" USING btree ("agency_id","employee_id","log_date");--> statement-breakpoint
CREATE INDEX "daily_logs_rater_idx" ON "daily_logs" USING btree ("agency_id","rater_employee_id","status","log_date");--> statement-breakpoint
CREATE INDEX "evidence_report_idx" ON "evidence" USING btree ("agency_id","report_id");--> statement-breakpoint
CREATE INDEX "evidence_daily_log_idx" ON "evidence" USING btree ("agency_id","daily_log_id");--> statement-breakpoint
CREATE INDEX "feedback_skp_period_idx" ON "feedback" USING btree ("agency_id","skp_id","period_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_answers_round_idx" ON "peer_answers" USING btree ("agency_id","round_id");--> statement-breakpoint
CREATE INDEX "peer_invites_peer_idx" ON "peer_invites" USING btree ("agency_id","peer_employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_rounds_subject_period_key" ON "peer_rounds" USING btree ("agency_id","subject_employee_id","period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "realisation_reports_skp_period_key" ON "realisation_reports" USING btree ("agency_id","skp_id","period_id");--> statement-breakpoint
CREATE INDEX "realisation_reports_employee_idx" ON "realisation_reports" USING btree ("agency_id","employee_id","period_id");--> statement-breakpoint
-- Waktu and biaya targets are "at most" (less is better); the author can change it per indicator.
UPDATE "skp_indicators" SET "direction" = 'AT_MOST' WHERE "aspect" IN ('WAKTU', 'BIAYA');
--> statement-breakpoint
-- Running counts of the live dashboard (see schema/monitoring.ts). Statement-level triggers with transition
-- tables: a bulk write moves each count once per statement; an update subtracts the old rows and adds the
-- new ones, and what nets out to zero is not written.
CREATE FUNCTION daily_log_unit_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO daily_log_unit_counts AS c (agency_id, unit_id, log_date, status, n)
      SELECT agency_id, unit_id, log_date, status, count(*) FROM new_rows GROUP BY 1, 2, 3, 4
    ON CONFLICT (agency_id, log_date, unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO daily_log_unit_counts AS c (agency_id, unit_id, log_date, status, n)
      SELECT agency_id, unit_id, log_date, status, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4
    ON CONFLICT (agency_id, log_date, unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO daily_log_unit_counts AS c (agency_id, unit_id, log_date, status, n)
      SELECT agency_id, unit_id, log_date, status, sum(d) FROM (
        SELECT agency_id, unit_id, log_date, status, 1 AS d FROM new_rows
        UNION ALL SELECT agency_id, unit_id, log_date, status, -1 FROM old_rows
      ) x GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
    ON CONFLICT (agency_id, log_date, unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER daily_logs_count_insert AFTER INSERT ON daily_logs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_log_unit_counts_apply();
--> statement-breakpoint
CREATE TRIGGER daily_logs_count_update AFTER UPDATE ON daily_logs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_log_unit_counts_apply();
--> statement-breakpoint
CREATE TRIGGER daily_logs_count_delete AFTER DELETE ON daily_logs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_log_unit_counts_apply();
--> statement-breakpoint
CREATE FUNCTION realisation_unit_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only submitted reports count; a draft moves nothing.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO realisation_unit_counts AS c (agency_id, period_id, unit_id, submitted, late, achievement_sum, achievement_n)
      SELECT agency_id, period_id, unit_id, sum(sign), sum(sign * late::int),
             sum(sign * coalesce(achievement, 0)), sum(sign * (achievement IS NOT NULL)::int)
      FROM (SELECT agency_id, period_id, unit_id, 1 AS sign, late, achievement FROM new_rows WHERE status = 'SUBMITTED') x GROUP BY 1, 2, 3
    ON CONFLICT (agency_id, period_id, unit_id) DO UPDATE SET
      submitted = c.submitted + excluded.submitted,
      late = c.late + excluded.late,
      achievement_sum = c.achievement_sum + excluded.achievement_sum,
      achievement_n = c.achievement_n + excluded.achievement_n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO realisation_unit_counts AS c (agency_id, period_id, unit_id, submitted, late, achievement_sum, achievement_n)
      SELECT agency_id, period_id, unit_id, sum(sign), sum(sign * late::int),
             sum(sign * coalesce(achievement, 0)), sum(sign * (achievement IS NOT NULL)::int)
      FROM (SELECT agency_id, period_id, unit_id, -1 AS sign, late, achievement FROM old_rows WHERE status = 'SUBMITTED') x GROUP BY 1, 2, 3
    ON CONFLICT (agency_id, period_id, unit_id) DO UPDATE SET
      submitted = c.submitted + excluded.submitted,
      late = c.late + excluded.late,
      achievement_sum = c.achievement_sum + excluded.achievement_sum,
      achievement_n = c.achievement_n + excluded.achievement_n;
  ELSE
    INSERT INTO realisation_unit_counts AS c (agency_id, period_id, unit_id, submitted, late, achievement_sum, achievement_n)
      SELECT agency_id, period_id, unit_id, sum(sign), sum(sign * late::int),
             sum(sign * coalesce(achievement, 0)), sum(sign * (achievement IS NOT NULL)::int)
      FROM (SELECT agency_id, period_id, unit_id, 1 AS sign, late, achievement FROM new_rows WHERE status = 'SUBMITTED' UNION ALL SELECT agency_id, period_id, unit_id, -1 AS sign, late, achievement FROM old_rows WHERE status = 'SUBMITTED') x GROUP BY 1, 2, 3
    ON CONFLICT (agency_id, period_id, unit_id) DO UPDATE SET
      submitted = c.submitted + excluded.submitted,
      late = c.late + excluded.late,
      achievement_sum = c.achievement_sum + excluded.achievement_sum,
      achievement_n = c.achievement_n + excluded.achievement_n;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER realisation_reports_count_insert AFTER INSERT ON realisation_reports REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION realisation_unit_counts_apply();
--> statement-breakpoint
CREATE TRIGGER realisation_reports_count_update AFTER UPDATE ON realisation_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION realisation_unit_counts_apply();
--> statement-breakpoint
CREATE TRIGGER realisation_reports_count_delete AFTER DELETE ON realisation_reports REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION realisation_unit_counts_apply();
