-- Notices to people with accounts, for their notifications list. People without an account are
-- only emailed, so they have no rows. The address is kept for the daily summary, which is sent
-- later, outside the change that caused the notice.
create table notifications (
  id             uuid primary key,
  account_id     uuid not null references accounts (id),
  email          text not null,
  topic          text not null check (topic in ('SUBMISSION', 'DECISION', 'COMMENT', 'REPLY', 'OVERDUE')),
  subject        text not null,
  body           text not null,
  path           text not null,
  created_at     timestamptz not null,
  read_at        timestamptz,
  -- Held for the person's daily summary until it is emailed; emailed_at is when the email was
  -- queued, at once or with the summary.
  digest_pending boolean not null default false,
  emailed_at     timestamptz,
  check (digest_pending = (emailed_at is null))
);
-- A person's list, newest first, paged by (created_at, id).
create index notifications_newest on notifications (account_id, created_at desc, id desc);
-- The count in the page header.
create index notifications_unread on notifications (account_id) where read_at is null;
-- The daily summary's work.
create index notifications_held on notifications (account_id) where digest_pending;

-- How each person wants to be emailed about comments and replies; no row means each as it arrives.
create table notification_preferences (
  account_id       uuid primary key references accounts (id),
  comment_delivery text not null check (comment_delivery in ('IMMEDIATE', 'DAILY_DIGEST')),
  updated_at       timestamptz not null
);
