-- Bulk inserts (an import of 100,000 people, a year's SKPs seeded at once) update the running counts once
-- per unit and status per statement, instead of once per row: row triggers left the small counts tables
-- bloated with one dead version per inserted row, and every monitoring read paid for it.
DROP TRIGGER skps_monitoring_count ON skps;
--> statement-breakpoint
CREATE TRIGGER skps_monitoring_count AFTER DELETE OR UPDATE OF status, current, employee_id, year ON skps
  FOR EACH ROW EXECUTE FUNCTION skps_monitoring_count();
--> statement-breakpoint
CREATE FUNCTION skps_monitoring_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO skp_unit_counts AS c (agency_id, year, unit_id, status, n)
    SELECT s.agency_id, s.year, e.unit_id, s.status, count(*) FROM inserted_skps s
    JOIN employees e ON e.agency_id = s.agency_id AND e.id = s.employee_id AND e.status = 'ACTIVE'
    WHERE s.current AND s.status <> 'CLOSED'
    GROUP BY 1, 2, 3, 4
  ON CONFLICT (agency_id, year, unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER skps_monitoring_count_insert AFTER INSERT ON skps REFERENCING NEW TABLE AS inserted_skps
  FOR EACH STATEMENT EXECUTE FUNCTION skps_monitoring_count_inserted();
--> statement-breakpoint
DROP TRIGGER employees_monitoring_count ON employees;
--> statement-breakpoint
CREATE TRIGGER employees_monitoring_count AFTER DELETE OR UPDATE OF status, unit_id ON employees
  FOR EACH ROW EXECUTE FUNCTION employees_monitoring_count();
--> statement-breakpoint
-- A new employee has no SKP yet (its foreign key needs the employee first): only the head count moves.
CREATE FUNCTION employees_monitoring_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_headcounts AS c (agency_id, unit_id, n)
    SELECT agency_id, unit_id, count(*) FROM inserted_employees WHERE status = 'ACTIVE' GROUP BY 1, 2
  ON CONFLICT (agency_id, unit_id) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER employees_monitoring_count_insert AFTER INSERT ON employees REFERENCING NEW TABLE AS inserted_employees
  FOR EACH STATEMENT EXECUTE FUNCTION employees_monitoring_count_inserted();
--> statement-breakpoint
-- Rebuild both tables compactly (a database migrated with 0008 may hold many dead versions).
TRUNCATE unit_headcounts, skp_unit_counts;
--> statement-breakpoint
INSERT INTO unit_headcounts (agency_id, unit_id, n)
  SELECT agency_id, unit_id, count(*) FROM employees WHERE status = 'ACTIVE' GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO skp_unit_counts (agency_id, year, unit_id, status, n)
  SELECT s.agency_id, s.year, e.unit_id, s.status, count(*) FROM skps s
  JOIN employees e ON e.agency_id = s.agency_id AND e.id = s.employee_id AND e.status = 'ACTIVE'
  WHERE s.current AND s.status <> 'CLOSED' GROUP BY 1, 2, 3, 4;
