-- Evidence that stops counting on a date (a penetration test, a safety case) says so; people
-- change the date later, so the row gets a version for optimistic locking.
alter table evidence_files
  add column expires_on date,
  add column version int not null default 0;
create index evidence_files_expiring on evidence_files (expires_on) where expires_on is not null;

-- A technical conformance certificate expires on a date set at issue (three years after it unless
-- configured otherwise): the first day it is no longer valid. Certificates issued before this
-- change get three years from their issue. An expired certificate, like a revoked one, no longer
-- stops the version and API from being certified again.
alter table certificates add column expires_on date;
update certificates set expires_on = issued_on + interval '3 years';
alter table certificates alter column expires_on set not null;
drop index certificates_one_per_version_and_api;
create unique index certificates_one_per_version_and_api on certificates (product_version_id, api_id)
  where status not in ('REVOKED', 'EXPIRED');
create index certificates_expiring on certificates (expires_on) where status in ('VALID', 'SUSPENDED');
alter table certificates drop constraint certificates_status_check;
alter table certificates add constraint certificates_status_check
  check (status in ('VALID', 'SUSPENDED', 'REVOKED', 'SUPERSEDED', 'EXPIRED'));
