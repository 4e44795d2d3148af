-- Access to an API's environments for a product version. Sandbox and integration access
-- are one per version and API; production access is one per end user organisation that
-- commissioned the version (commission_id), or one per version and API when the API is not
-- commissioned. A refused request stays for the record; a new request may follow it.
create table environment_accesses (
  id                  uuid primary key,
  reference           text not null unique,
  organisation_id     uuid not null references organisations (id),
  product_id          uuid not null references products (id),
  product_version_id  uuid not null,
  api_id              text not null,
  environment         text not null check (environment in ('SANDBOX', 'INTEGRATION', 'PRODUCTION')),
  commission_id       uuid,
  end_user_organisation_name text,
  status              text not null check (status in ('REQUESTED', 'RECOMMENDED', 'GRANTED', 'REFUSED')),
  requested_at        timestamptz not null,
  requested_by        uuid not null references accounts (id),
  recommended_at      timestamptz,
  recommended_by      uuid references accounts (id),
  decided_at          timestamptz,
  decided_by          uuid references accounts (id),
  refusal_reason      text,
  version             int not null default 0
);
-- A double submit or a second node asking at once finds the open access already there.
create unique index environment_accesses_one_open on environment_accesses
  (product_version_id, api_id, environment, coalesce(commission_id, '00000000-0000-0000-0000-000000000000'))
  where status <> 'REFUSED';
create index environment_accesses_of_product on environment_accesses (organisation_id, product_id);
create index environment_accesses_by_status on environment_accesses (api_id, status) where environment = 'PRODUCTION';

-- Credentials for an access: API keys (only a SHA-256 of the key is kept; the key is shown
-- once), and public keys for signed-JWT authentication, as PEM or as a JWKS address.
create table environment_credentials (
  id              uuid primary key,
  access_id       uuid not null references environment_accesses (id),
  kind            text not null check (kind in ('API_KEY', 'PUBLIC_KEY', 'JWKS_URL')),
  key_hash        text unique,
  key_hint        text,
  public_key_pem  text,
  key_description text,
  key_thumbprint  text,
  jwks_url        text,
  created_at      timestamptz not null,
  created_by      uuid not null references accounts (id),
  revoked_at      timestamptz,
  revoked_by      uuid references accounts (id),
  check ((kind = 'API_KEY') = (key_hash is not null)),
  check ((kind = 'PUBLIC_KEY') = (public_key_pem is not null)),
  check ((kind = 'JWKS_URL') = (jwks_url is not null))
);
create index environment_credentials_of_access on environment_credentials (access_id);
