create table organisations (
  id         uuid primary key,
  legal_name text not null,
  ods_code   text not null unique check (ods_code ~ '^[A-Z0-9]{1,9}$'),
  kind       text not null check (kind in ('SUPPLIER', 'END_USER_ORGANISATION')),
  created_at timestamptz not null,
  version    int not null default 0
);

create table memberships (
  organisation_id uuid not null references organisations (id),
  account_id      uuid not null references accounts (id),
  role            text not null check (role in ('OWNER', 'ADMIN', 'VIEWER')),
  joined_at       timestamptz not null,
  primary key (organisation_id, account_id)
);
create index memberships_account on memberships (account_id);

-- Invitations to join an organisation; the emailed link carries a token of which only the hash is kept.
create table invitations (
  id              uuid primary key,
  organisation_id uuid not null references organisations (id),
  email           text not null,
  role            text not null check (role in ('OWNER', 'ADMIN', 'VIEWER')),
  token_hash      text not null unique,
  invited_by      uuid not null references accounts (id),
  created_at      timestamptz not null,
  expires_at      timestamptz not null,
  accepted_at     timestamptz,
  accepted_by     uuid references accounts (id),
  revoked_at      timestamptz
);
create index invitations_organisation on invitations (organisation_id);

create table contacts (
  id              uuid primary key,
  organisation_id uuid not null references organisations (id),
  kind            text not null check (kind in ('TECHNICAL', 'ONBOARDING', 'CLINICAL_SAFETY_OFFICER', 'IG_LEAD',
                                                'SIRO', 'CALDICOTT_GUARDIAN', 'LEGAL_SIGNATORY')),
  name            text not null,
  job_title       text not null,
  email           text not null,
  profession      text,
  registration    text,
  created_at      timestamptz not null,
  version         int not null default 0
);
create index contacts_organisation on contacts (organisation_id, kind);
-- Every kind but clinical safety officer is one person per organisation.
create unique index contacts_one_per_kind on contacts (organisation_id, kind) where kind <> 'CLINICAL_SAFETY_OFFICER';

-- Personal access tokens for the JSON API, scoped to one organisation; only a hash is kept.
create table access_tokens (
  id              uuid primary key,
  account_id      uuid not null references accounts (id),
  organisation_id uuid not null references organisations (id),
  name            text not null,
  token_hash      text not null unique,
  created_at      timestamptz not null,
  expires_at      timestamptz not null,
  last_used_at    timestamptz,
  revoked_at      timestamptz
);
create index access_tokens_owner on access_tokens (organisation_id, account_id);
