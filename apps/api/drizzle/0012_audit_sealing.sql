ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "ord" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_ord_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("agency_id","ord") WHERE seq is null;--> statement-breakpoint
-- A record is sealed (seq, prev_hash and hash) all at once or not at all.
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_sealed_whole" CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL));--> statement-breakpoint
-- Still append-only: DELETE is refused, and so is every UPDATE except sealing an unsealed record once
-- (setting seq, prev_hash and hash and nothing else).
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
     AND (NEW.agency_id, NEW.id, NEW.ord, NEW.at, NEW.actor_user_id, NEW.actor_name, NEW.action,
          NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.request_id)
         IS NOT DISTINCT FROM
         (OLD.agency_id, OLD.id, OLD.ord, OLD.at, OLD.actor_user_id, OLD.actor_name, OLD.action,
          OLD.entity_type, OLD.entity_id, OLD.before, OLD.after, OLD.request_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
