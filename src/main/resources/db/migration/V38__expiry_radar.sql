-- The warnings the expiry radar sent: one per thing, end date and threshold. The row is written in
-- the transaction that queues the warning (and, for a lapse, does what follows), so a second run,
-- on this node or another, finds it and sends nothing. A new end date (a renewal) warns afresh.
create table expiry_warnings (
  item_key        text not null,
  ends_on         date not null,
  urgency         text not null check (urgency in ('WITHIN_90_DAYS', 'WITHIN_30_DAYS', 'WITHIN_7_DAYS', 'LAPSED')),
  kind            text not null,
  organisation_id uuid not null references organisations (id),
  sent_on         date not null,
  sent_at         timestamptz not null,
  primary key (item_key, ends_on, urgency)
);
create index expiry_warnings_of_organisation on expiry_warnings (organisation_id);

alter table notifications drop constraint notifications_topic_check;
alter table notifications add constraint notifications_topic_check
  check (topic in ('SUBMISSION', 'DECISION', 'COMMENT', 'REPLY', 'OVERDUE', 'EXPIRY'));
