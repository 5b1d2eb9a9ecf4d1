CREATE TABLE "complaint_events" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"action" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"public" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_events_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"ticket_code" text NOT NULL,
	"source" text NOT NULL,
	"lapor_reference" text,
	"category" text NOT NULL,
	"service_unit_id" uuid,
	"service_type_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"reporter_name" text,
	"reporter_contact" text,
	"status" text NOT NULL,
	"received_on" date NOT NULL,
	"verified_on" date,
	"dispatched_on" date,
	"answered_on" date,
	"published_on" date,
	"answer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "officer_ratings" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"officer_employee_id" uuid NOT NULL,
	"service_unit_id" uuid NOT NULL,
	"visit_code_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"reply" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_ratings_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "officer_ratings_score" CHECK ("officer_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "service_populations" (
	"agency_id" uuid NOT NULL,
	"service_unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"population" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_populations_agency_id_service_unit_id_period_pk" PRIMARY KEY("agency_id","service_unit_id","period"),
	CONSTRAINT "service_populations_positive" CHECK ("service_populations"."population" > 0)
);
--> statement-breakpoint
CREATE TABLE "service_types" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"service_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"resolution_days" integer DEFAULT 14 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_types_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "service_types_days" CHECK ("service_types"."resolution_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "service_units" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"visit_code_required" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_units_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "skm_responses" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"service_unit_id" uuid NOT NULL,
	"service_type_id" uuid,
	"responded_on" date NOT NULL,
	"u1" smallint,
	"u2" smallint,
	"u3" smallint,
	"u4" smallint,
	"u5" smallint,
	"u6" smallint,
	"u7" smallint,
	"u8" smallint,
	"u9" smallint,
	"sex" text,
	"age" smallint,
	"education" text,
	"occupation" text,
	"comment" text,
	"channel" text NOT NULL,
	"visit_code_id" uuid,
	"device_hash" text,
	"flagged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skm_responses_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "skm_responses_scores" CHECK (coalesce("skm_responses"."u1", 1) between 1 and 4 and coalesce("skm_responses"."u2", 1) between 1 and 4
        and coalesce("skm_responses"."u3", 1) between 1 and 4 and coalesce("skm_responses"."u4", 1) between 1 and 4
        and coalesce("skm_responses"."u5", 1) between 1 and 4 and coalesce("skm_responses"."u6", 1) between 1 and 4
        and coalesce("skm_responses"."u7", 1) between 1 and 4 and coalesce("skm_responses"."u8", 1) between 1 and 4
        and coalesce("skm_responses"."u9", 1) between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "visit_codes" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"service_unit_id" uuid NOT NULL,
	"officer_employee_id" uuid,
	"survey_used_at" timestamp with time zone,
	"rating_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_codes_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "voice_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"skm_weight_rule" text DEFAULT 'EXACT' NOT NULL,
	"officer_ratings_enabled" boolean DEFAULT false NOT NULL,
	"officer_rating_min_responses" integer DEFAULT 5 NOT NULL,
	"public_min_responses" integer DEFAULT 5 NOT NULL,
	"questionnaire" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_agency_id_complaint_id_complaints_agency_id_id_fk" FOREIGN KEY ("agency_id","complaint_id") REFERENCES "public"."complaints"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_agency_id_actor_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","actor_user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_id_service_type_id_service_types_agency_id_id_fk" FOREIGN KEY ("agency_id","service_type_id") REFERENCES "public"."service_types"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_ratings" ADD CONSTRAINT "officer_ratings_agency_id_officer_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","officer_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_ratings" ADD CONSTRAINT "officer_ratings_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_ratings" ADD CONSTRAINT "officer_ratings_agency_id_visit_code_id_visit_codes_agency_id_id_fk" FOREIGN KEY ("agency_id","visit_code_id") REFERENCES "public"."visit_codes"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_populations" ADD CONSTRAINT "service_populations_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_types" ADD CONSTRAINT "service_types_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_units" ADD CONSTRAINT "service_units_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responses" ADD CONSTRAINT "skm_responses_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responses" ADD CONSTRAINT "skm_responses_agency_id_service_type_id_service_types_agency_id_id_fk" FOREIGN KEY ("agency_id","service_type_id") REFERENCES "public"."service_types"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_responses" ADD CONSTRAINT "skm_responses_agency_id_visit_code_id_visit_codes_agency_id_id_fk" FOREIGN KEY ("agency_id","visit_code_id") REFERENCES "public"."visit_codes"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_codes" ADD CONSTRAINT "visit_codes_agency_id_service_unit_id_service_units_agency_id_id_fk" FOREIGN KEY ("agency_id","service_unit_id") REFERENCES "public"."service_units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_codes" ADD CONSTRAINT "visit_codes_agency_id_officer_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","officer_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_settings" ADD CONSTRAINT "voice_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_events_complaint_idx" ON "complaint_events" USING btree ("agency_id","complaint_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_ticket_key" ON "complaints" USING btree ("ticket_code");--> statement-breakpoint
CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("agency_id","status","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "officer_ratings_visit_key" ON "officer_ratings" USING btree ("agency_id","visit_code_id");--> statement-breakpoint
CREATE INDEX "officer_ratings_officer_idx" ON "officer_ratings" USING btree ("agency_id","officer_employee_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_types_name_key" ON "service_types" USING btree ("agency_id","service_unit_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "service_units_name_key" ON "service_units" USING btree ("agency_id","name");--> statement-breakpoint
CREATE INDEX "skm_responses_unit_day_idx" ON "skm_responses" USING btree ("agency_id","service_unit_id","responded_on");--> statement-breakpoint
CREATE INDEX "skm_responses_device_idx" ON "skm_responses" USING btree ("agency_id","device_hash","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_codes_code_key" ON "visit_codes" USING btree ("code");