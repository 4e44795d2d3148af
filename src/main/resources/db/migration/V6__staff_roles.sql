-- Roles platform staff hold for one API each, separate from any organisation membership.
-- api_id is a catalogue id; the catalogue lives in files, so the service checks it, not a key.
create table staff_roles (
  account_id uuid not null references accounts (id),
  api_id     text not null,
  role       text not null check (role in ('REVIEWER', 'APPROVER', 'PROGRAMME_AUTHOR')),
  granted_at timestamptz not null,
  granted_by uuid not null references accounts (id),
  primary key (account_id, api_id, role)
);
-- Who reviews or approves for an API.
create index staff_roles_api on staff_roles (api_id, role);
