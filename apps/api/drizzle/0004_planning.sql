CREATE TABLE "notifications" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"fill_deadline" date NOT NULL,
	"is_final" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "periods_dates" CHECK ("periods"."end_date" >= "periods"."start_date" and "periods"."fill_deadline" >= "periods"."end_date")
);
--> statement-breakpoint
CREATE TABLE "planning_years" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"skp_deadline" date NOT NULL,
	"monthly" boolean NOT NULL,
	"quarterly" boolean NOT NULL,
	"filling_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_years_agency_id_year_pk" PRIMARY KEY("agency_id","year"),
	CONSTRAINT "planning_years_year" CHECK ("planning_years"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "skp_events" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_events_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "skp_indicators" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"aspect" text NOT NULL,
	"text" text NOT NULL,
	"target_value" double precision,
	"target_unit" text,
	"target_text" text,
	"perspective" text,
	CONSTRAINT "skp_indicators_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "skp_rhks" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"parent_rhk_id" uuid,
	"klasifikasi" text,
	"penugasan_dari" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_rhks_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "skps" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_version_id" uuid,
	"current" boolean DEFAULT true NOT NULL,
	"status" text NOT NULL,
	"format" text NOT NULL,
	"approach" text NOT NULL,
	"position_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"employee_snapshot" jsonb NOT NULL,
	"rater_employee_id" uuid,
	"rater_snapshot" jsonb NOT NULL,
	"behaviour_expectations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lampiran" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"drafted_by_admin" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skps_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "skps_status" CHECK ("skps"."status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CLOSED'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_agency_id_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_agency_id_year_planning_years_agency_id_year_fk" FOREIGN KEY ("agency_id","year") REFERENCES "public"."planning_years"("agency_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_years" ADD CONSTRAINT "planning_years_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_events" ADD CONSTRAINT "skp_events_agency_id_skp_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","skp_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_indicators" ADD CONSTRAINT "skp_indicators_agency_id_rhk_id_skp_rhks_agency_id_id_fk" FOREIGN KEY ("agency_id","rhk_id") REFERENCES "public"."skp_rhks"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_rhks" ADD CONSTRAINT "skp_rhks_agency_id_skp_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","skp_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_rhks" ADD CONSTRAINT "skp_rhks_agency_id_parent_rhk_id_skp_rhks_agency_id_id_fk" FOREIGN KEY ("agency_id","parent_rhk_id") REFERENCES "public"."skp_rhks"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skps" ADD CONSTRAINT "skps_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skps" ADD CONSTRAINT "skps_agency_id_position_id_positions_agency_id_id_fk" FOREIGN KEY ("agency_id","position_id") REFERENCES "public"."positions"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skps" ADD CONSTRAINT "skps_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skps" ADD CONSTRAINT "skps_agency_id_rater_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","rater_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skps" ADD CONSTRAINT "skps_agency_id_previous_version_id_skps_agency_id_id_fk" FOREIGN KEY ("agency_id","previous_version_id") REFERENCES "public"."skps"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("agency_id","user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("agency_id","user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_unsent_idx" ON "notifications" USING btree ("created_at") WHERE "notifications"."emailed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "periods_year_kind_seq_key" ON "periods" USING btree ("agency_id","year","kind","seq");--> statement-breakpoint
CREATE INDEX "skp_events_skp_idx" ON "skp_events" USING btree ("agency_id","skp_id","created_at");--> statement-breakpoint
CREATE INDEX "skp_indicators_rhk_idx" ON "skp_indicators" USING btree ("agency_id","rhk_id","seq");--> statement-breakpoint
CREATE INDEX "skp_rhks_skp_idx" ON "skp_rhks" USING btree ("agency_id","skp_id","seq");--> statement-breakpoint
CREATE INDEX "skp_rhks_parent_idx" ON "skp_rhks" USING btree ("agency_id","parent_rhk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skps_open_key" ON "skps" USING btree ("agency_id","employee_id","year") WHERE "skps"."current" and "skps"."status" <> 'CLOSED';--> statement-breakpoint
CREATE INDEX "skps_year_employee_idx" ON "skps" USING btree ("agency_id","year","employee_id");--> statement-breakpoint
CREATE INDEX "skps_rater_idx" ON "skps" USING btree ("agency_id","rater_employee_id","status");