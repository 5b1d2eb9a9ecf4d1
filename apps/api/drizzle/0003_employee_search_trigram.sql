-- Substring search of names needs trigrams; pg_trgm is a trusted extension (PostgreSQL 13+), so the
-- database owner may create it. PGlite loads it from its contrib bundle (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "employees_search_trgm_idx" ON "employees" USING gin ("search_text" gin_trgm_ops);
