-- What the JSON API answered to a POST sent with an Idempotency-Key, so that the same
-- request sent again (a client's retry after a lost answer) gets the same answer and
-- creates nothing more. Kept for a day.
create table idempotency_keys (
  token_id     uuid not null,
  key          text not null,
  fingerprint  text not null,
  claimed_at   timestamptz not null,
  status       int,
  content_type text,
  location     text,
  body         bytea,
  primary key (token_id, key)
);

create index idempotency_keys_claimed_at on idempotency_keys (claimed_at);
