CREATE TABLE "skp_unit_counts" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "skp_unit_counts_agency_id_year_unit_id_status_pk" PRIMARY KEY("agency_id","year","unit_id","status")
);
--> statement-breakpoint
CREATE TABLE "unit_headcounts" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_headcounts_agency_id_unit_id_pk" PRIMARY KEY("agency_id","unit_id")
);
--> statement-breakpoint
-- Adds d to a unit's count of SKPs in a status for a year.
CREATE FUNCTION skp_unit_counts_bump(a uuid, y integer, u uuid, s text, d integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO skp_unit_counts AS c (agency_id, year, unit_id, status, n) VALUES (a, y, u, s, d)
  ON CONFLICT (agency_id, year, unit_id, status) DO UPDATE SET n = c.n + d;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION unit_headcounts_bump(a uuid, u uuid, d integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_headcounts AS c (agency_id, unit_id, n) VALUES (a, u, d)
  ON CONFLICT (agency_id, unit_id) DO UPDATE SET n = c.n + d;
END;
$$;
--> statement-breakpoint
-- An open SKP (current, not closed) of an active employee counts in the employee's current unit.
CREATE FUNCTION skps_monitoring_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unit uuid;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.current AND OLD.status <> 'CLOSED' THEN
    SELECT e.unit_id INTO unit FROM employees e
      WHERE e.agency_id = OLD.agency_id AND e.id = OLD.employee_id AND e.status = 'ACTIVE';
    IF unit IS NOT NULL THEN
      PERFORM skp_unit_counts_bump(OLD.agency_id, OLD.year, unit, OLD.status, -1);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.current AND NEW.status <> 'CLOSED' THEN
    SELECT e.unit_id INTO unit FROM employees e
      WHERE e.agency_id = NEW.agency_id AND e.id = NEW.employee_id AND e.status = 'ACTIVE';
    IF unit IS NOT NULL THEN
      PERFORM skp_unit_counts_bump(NEW.agency_id, NEW.year, unit, NEW.status, 1);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER skps_monitoring_count AFTER INSERT OR DELETE OR UPDATE OF status, current, employee_id, year ON skps
  FOR EACH ROW EXECUTE FUNCTION skps_monitoring_count();
--> statement-breakpoint
-- An employee who joins, leaves, becomes (in)active or moves unit takes their open SKPs' counts along.
CREATE FUNCTION employees_monitoring_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  skp record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'ACTIVE' THEN
    PERFORM unit_headcounts_bump(OLD.agency_id, OLD.unit_id, -1);
    FOR skp IN SELECT s.year, s.status FROM skps s
        WHERE s.agency_id = OLD.agency_id AND s.employee_id = OLD.id AND s.current AND s.status <> 'CLOSED' LOOP
      PERFORM skp_unit_counts_bump(OLD.agency_id, skp.year, OLD.unit_id, skp.status, -1);
    END LOOP;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'ACTIVE' THEN
    PERFORM unit_headcounts_bump(NEW.agency_id, NEW.unit_id, 1);
    FOR skp IN SELECT s.year, s.status FROM skps s
        WHERE s.agency_id = NEW.agency_id AND s.employee_id = NEW.id AND s.current AND s.status <> 'CLOSED' LOOP
      PERFORM skp_unit_counts_bump(NEW.agency_id, skp.year, NEW.unit_id, skp.status, 1);
    END LOOP;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER employees_monitoring_count AFTER INSERT OR DELETE OR UPDATE OF status, unit_id ON employees
  FOR EACH ROW EXECUTE FUNCTION employees_monitoring_count();
--> statement-breakpoint
-- The counts of the data already there.
INSERT INTO unit_headcounts (agency_id, unit_id, n)
  SELECT agency_id, unit_id, count(*) FROM employees WHERE status = 'ACTIVE' GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO skp_unit_counts (agency_id, year, unit_id, status, n)
  SELECT s.agency_id, s.year, e.unit_id, s.status, count(*) FROM skps s
  JOIN employees e ON e.agency_id = s.agency_id AND e.id = s.employee_id AND e.status = 'ACTIVE'
  WHERE s.current AND s.status <> 'CLOSED' GROUP BY 1, 2, 3, 4;
