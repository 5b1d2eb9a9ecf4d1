-- Evaluations are updated in place several times (rated, calibrated, finalised, acknowledged). Leaving a
-- tenth of each page free lets those updates stay on the page without new index entries (HOT updates):
-- finalising a unit locks all of its rows in one UPDATE.
ALTER TABLE "evaluations" SET (fillfactor = 85);
