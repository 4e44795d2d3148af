-- Indexes the queue needs at 100,000 submitted revisions (ReviewQueueBenchmark; figures in
-- docs/benchmarks.md). Without them PostgreSQL reads the open reviews oldest first and filters
-- each, which is quick when many match and reads the whole queue when fewer than a page do.

-- The search matches part of an organisation name, ODS code or product name anywhere in it
-- (ilike '%…%'), which a B-tree cannot serve; trigram indexes can, fragments of three
-- characters or more. pg_trgm ships with PostgreSQL (the embedded one included) and is a
-- trusted extension, so the service's own database user may create it.
create extension if not exists pg_trgm;
create index reviews_organisation_name_trigrams on reviews using gin (organisation_name gin_trgm_ops);
create index reviews_ods_code_trigrams on reviews using gin (ods_code gin_trgm_ops);
create index reviews_product_name_trigrams on reviews using gin (product_name gin_trgm_ops);

-- A reviewer's own open reviews are a few among tens of thousands: read in queue order
-- straight from an index rather than found by filtering the whole queue.
create index reviews_open_by_assignee on reviews (assignee_id, submitted_at, revision_id)
  where state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL');

-- Likewise a stage's: the later stages have few open reviews, and a stage the chosen API
-- does not have has none, which meant reading the whole queue to find out (50 ms and more).
create index reviews_open_by_stage on reviews (stage_id, submitted_at, revision_id)
  where state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL');

-- Whether a search reads the trigram indexes or walks the queue oldest first, filtering, is
-- the planner's guess at how many reviews match, taken from a sample of these columns. With
-- the default sample (a histogram of 100 values) a fragment of one organisation's name in
-- 2,000 matches none or one value of it, so the guess swings from one ANALYZE to the next
-- between 0.01% and 1% of the table; on the high side the queue was walked, and the name
-- search in the benchmark took 41 ms (median) rather than 5. A histogram of 1,000 values
-- guesses within a few times the truth.
alter table reviews
  alter column organisation_name set statistics 1000,
  alter column ods_code set statistics 1000,
  alter column product_name set statistics 1000;
