-- An organisation's Data Security and Protection Toolkit status and when it was published. The
-- status values are the option values of the programmes' DSPT question, so a prefilled answer is
-- the stored value itself. Both are given together or not at all.
alter table organisations
  add column dspt_status text check (dspt_status in
    ('standards-exceeded', 'standards-met', 'approaching-standards', 'standards-not-met', 'lapsed')),
  add column dspt_published date,
  add constraint organisations_dspt_complete check ((dspt_status is null) = (dspt_published is null));

-- Findings the service raises itself (such as a pause when an organisation's DSPT lapses) rather
-- than the rules on an application's answers; saving answers leaves them alone.
alter table findings add column raised_by_service boolean not null default false;
create index findings_raised_by_service on findings (rule_id) where raised_by_service and resolved_at is null;
