-- Evidence that stops counting on a date (a penetration test, a safety case) says so; people
-- change the date later, so the row gets a version for optimistic locking.
alter table evidence_files
  add column expires_on date,
  add column version int not null default 0;
create index evidence_files_expiring on evidence_files (expires_on) where expires_on is not null;

-- A technical conformance certificate is valid until a date set at issue (three years unless
-- configured otherwise). Certificates issued before this change get three years from their issue.
alter table certificates add column valid_until date;
update certificates set valid_until = issued_on + interval '3 years';
alter table certificates alter column valid_until set not null;
alter table certificates drop constraint certificates_status_check;
alter table certificates add constraint certificates_status_check
  check (status in ('VALID', 'SUSPENDED', 'REVOKED', 'SUPERSEDED', 'EXPIRED'));
