-- The keys the service signs certificates with. The newest unretired key signs; retired keys
-- stay published in the JWKS so that every certificate they signed can still be verified.
create table certificate_signing_keys (
  kid         text primary key,
  public_jwk  text not null,
  private_jwk text not null,
  created_at  timestamptz not null,
  retired_at  timestamptz
);
create unique index certificate_signing_keys_one_active on certificate_signing_keys ((true)) where retired_at is null;

-- The number in a certificate id (TCC-NIR-2026-000123); one sequence keeps every id unique.
create sequence certificate_numbers;

-- A technical conformance certificate: what was certified is copied in at issue and signed, so
-- later changes to the organisation or product do not change it; only its status moves.
create table certificates (
  id                 text primary key,
  organisation_id    uuid not null references organisations (id),
  product_id         uuid not null references products (id),
  product_version_id uuid not null references product_versions (id),
  api_id             text not null,
  organisation_name  text not null,
  product_name       text not null,
  product_module     text,
  version_number     text not null,
  api_name           text not null,
  connection_type    text not null,
  issued_on          date not null,
  issued_at          timestamptz not null,
  payload            text not null,
  jws                text not null,
  kid                text not null references certificate_signing_keys (kid),
  status             text not null check (status in ('VALID', 'SUSPENDED', 'REVOKED', 'SUPERSEDED')),
  status_reason      text,
  status_changed_at  timestamptz,
  status_changed_by  uuid references accounts (id),
  superseded_by      text references certificates (id),
  version            int not null default 0
);
-- One certificate in force per product version and API: issuing again finds it and stops.
create unique index certificates_one_per_version_and_api on certificates (product_version_id, api_id)
  where status <> 'REVOKED';
create index certificates_of_product on certificates (organisation_id, product_id);
create index certificates_valid_by_api on certificates (api_id, organisation_name) where status = 'VALID';
