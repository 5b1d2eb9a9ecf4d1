CREATE TABLE "audit_log" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_roles_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"login" text NOT NULL,
	"display_name" text NOT NULL,
	"employee_id" uuid,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"timezone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"head_title" text DEFAULT 'Wali Kota' NOT NULL,
	"head_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"nip" text NOT NULL,
	"name" text NOT NULL,
	"front_title" text,
	"back_title" text,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"employment_type" text NOT NULL,
	"golongan" text NOT NULL,
	"position_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employees_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "employees_nip_format" CHECK ("employees"."nip" ~ '^[0-9]{18}$')
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"is_unit_head" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "reporting_lines" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"rater_employee_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"acting" text DEFAULT 'DEFINITIF' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_lines_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "reporting_lines_not_self" CHECK ("reporting_lines"."rater_employee_id" is null or "reporting_lines"."rater_employee_id" <> "reporting_lines"."employee_id"),
	CONSTRAINT "reporting_lines_dates" CHECK ("reporting_lines"."valid_to" is null or "reporting_lines"."valid_to" >= "reporting_lines"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" is null or "units"."parent_id" <> "units"."id")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_agency_id_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_agency_id_user_id_users_agency_id_id_fk" FOREIGN KEY ("agency_id","user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_agency_id_position_id_positions_agency_id_id_fk" FOREIGN KEY ("agency_id","position_id") REFERENCES "public"."positions"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_agency_id_unit_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","unit_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_agency_id_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_agency_id_rater_employee_id_employees_agency_id_id_fk" FOREIGN KEY ("agency_id","rater_employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_agency_id_parent_id_units_agency_id_id_fk" FOREIGN KEY ("agency_id","parent_id") REFERENCES "public"."units"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" USING btree ("agency_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("agency_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("agency_id","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("agency_id","user_id");--> statement-breakpoint
CREATE INDEX "user_roles_user_idx" ON "user_roles" USING btree ("agency_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_login_key" ON "users" USING btree (lower("login"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_employee_key" ON "users" USING btree ("agency_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_nip_key" ON "employees" USING btree ("agency_id","nip");--> statement-breakpoint
CREATE INDEX "employees_unit_idx" ON "employees" USING btree ("agency_id","unit_id");--> statement-breakpoint
CREATE INDEX "employees_name_idx" ON "employees" USING btree ("agency_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "positions_unit_name_key" ON "positions" USING btree ("agency_id","unit_id","name");--> statement-breakpoint
CREATE INDEX "reporting_lines_employee_idx" ON "reporting_lines" USING btree ("agency_id","employee_id","valid_from");--> statement-breakpoint
CREATE INDEX "reporting_lines_rater_idx" ON "reporting_lines" USING btree ("agency_id","rater_employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_key" ON "units" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "units_path_idx" ON "units" USING btree ("agency_id","path" text_pattern_ops);