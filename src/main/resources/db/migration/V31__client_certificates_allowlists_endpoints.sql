-- The certificates a supplier gives for an access: its self-signed root, its intermediate,
-- and the leaves for mTLS and for WS-Security signing, as checked when given. Each upload
-- is one chain (chain_id); the newest chain of an access is the one in use.
create table client_certificates (
  id               uuid primary key,
  access_id        uuid not null references environment_accesses (id),
  organisation_id  uuid not null references organisations (id),
  chain_id         uuid not null,
  purpose          text not null check (purpose in ('ROOT', 'INTERMEDIATE', 'MTLS', 'SIGNING')),
  pem              text not null,
  subject          text not null,
  issuer           text not null,
  serial           text not null,
  sha256           text not null,
  not_before       timestamptz not null,
  not_after        timestamptz not null,
  uploaded_at      timestamptz not null,
  uploaded_by      uuid not null references accounts (id),
  unusable_at      timestamptz,
  unusable_reason  text
);
create index client_certificates_of_access on client_certificates (access_id, uploaded_at desc);
create index client_certificates_by_expiry on client_certificates (not_after) where unusable_at is null;

-- Static addresses or ranges the environment lets in for an access.
create table allowlist_entries (
  id          uuid primary key,
  access_id   uuid not null references environment_accesses (id),
  cidr        text not null,
  created_at  timestamptz not null,
  created_by  uuid not null references accounts (id),
  unique (access_id, cidr)
);

-- A responding gateway's service endpoints, one per IHE transaction.
create table service_endpoints (
  access_id   uuid not null references environment_accesses (id),
  profile     text not null check (profile ~ '^[A-Z]+-[0-9]+$'),
  url         text not null,
  updated_at  timestamptz not null,
  updated_by  uuid not null references accounts (id),
  primary key (access_id, profile)
);
