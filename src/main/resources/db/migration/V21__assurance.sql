-- An application: one product version assured for one API, opened when the API is chosen.
create table applications (
  id                 uuid primary key,
  organisation_id    uuid not null references organisations (id),
  product_version_id uuid not null references product_versions (id),
  api_id             text not null,
  programme_version  text not null,
  opened_at          timestamptz not null,
  closed_at          timestamptz,
  unique (product_version_id, api_id)
);
create index applications_organisation on applications (organisation_id);

-- The answers to one section of a product version. A shared section has one row for every API
-- that shares it (section_key is its id); any other section's key is prefixed by its API.
create table section_responses (
  id                 uuid primary key,
  organisation_id    uuid not null references organisations (id),
  product_version_id uuid not null references product_versions (id),
  section_key        text not null,
  answers            jsonb not null default '{}',
  status             text not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
  picked_up_at       timestamptz,
  updated_at         timestamptz not null,
  updated_by         uuid not null references accounts (id),
  version            int not null default 0,
  unique (product_version_id, section_key)
);

-- What was submitted, never changed afterwards.
create table section_revisions (
  id                  uuid primary key,
  section_response_id uuid not null references section_responses (id),
  number              int not null,
  answers             jsonb not null,
  programme_versions  text not null,
  submitted_at        timestamptz not null,
  submitted_by        uuid not null references accounts (id),
  unique (section_response_id, number)
);

-- What the programme's rules raised on a product version's answers for one API.
create table findings (
  id                 uuid primary key,
  product_version_id uuid not null references product_versions (id),
  api_id             text not null,
  rule_id            text not null,
  outcome            text not null,
  message            text not null,
  question_ids       text not null,
  raised_at          timestamptz not null,
  resolved_at        timestamptz
);
create index findings_open on findings (product_version_id, api_id) where resolved_at is null;
