-- Every email the service sends, stored with the change that caused it and delivered after commit.
create table emails (
  id              uuid primary key,
  recipient       text not null,
  subject         text not null,
  body            text not null,
  status          text not null check (status in ('QUEUED', 'SENT', 'LOGGED', 'FAILED')),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  last_error      text,
  created_at      timestamptz not null,
  delivered_at    timestamptz
);
create index emails_due on emails (next_attempt_at) where status = 'QUEUED';
create index emails_recipient on emails (recipient, created_at);
