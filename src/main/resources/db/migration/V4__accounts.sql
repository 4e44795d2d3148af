create table accounts (
  id                uuid primary key,
  email             text not null unique,
  first_name        text not null,
  last_name         text not null,
  password_hash     text not null,
  status            text not null check (status in ('PENDING_ACTIVATION', 'ACTIVE')),
  terms_version     text not null,
  terms_accepted_at timestamptz not null,
  created_at        timestamptz not null,
  activated_at      timestamptz,
  version           int not null default 0
);

-- Links sent by email and printed at start-up; only a hash of each token is kept.
create table account_tokens (
  token_hash text primary key,
  purpose    text not null check (purpose in ('ACTIVATION', 'PASSWORD_RESET', 'FIRST_ADMINISTRATOR')),
  account_id uuid references accounts (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at    timestamptz,
  check ((purpose = 'FIRST_ADMINISTRATOR') = (account_id is null))
);
create index account_tokens_account on account_tokens (account_id, purpose);

-- Roles held by platform staff, separate from any organisation membership.
create table platform_roles (
  account_id uuid not null references accounts (id),
  role       text not null check (role in ('ADMINISTRATOR')),
  granted_at timestamptz not null,
  primary key (account_id, role)
);

-- Attempts counted for rate limits, shared by every node.
create table rate_limit_hits (
  bucket      text not null,
  occurred_at timestamptz not null
);
create index rate_limit_hits_bucket on rate_limit_hits (bucket, occurred_at);
