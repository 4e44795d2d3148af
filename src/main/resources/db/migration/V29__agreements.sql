-- Versions of the connection agreement's text that administrators publish: core clauses that
-- bind every connection, and terms for each API. A published version is what signatories
-- accepted, so it is never changed or removed; the newest is current.
create table agreement_texts (
  version       int primary key,
  core_clauses  text not null,
  api_terms     jsonb not null,
  published_at  timestamptz not null,
  published_by  uuid references accounts (id)
);
create function agreement_texts_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'published agreement texts cannot be changed or removed';
end;
$$;
create trigger agreement_texts_no_update_or_delete before update or delete on agreement_texts
  for each row execute function agreement_texts_are_immutable();

-- Each agreement issued to a legal signatory: the exact text they are asked to accept, with
-- its version and hash, and once accepted who accepted it, when and from where. Publishing a
-- new version issues a new agreement that supersedes the active one once accepted.
create table connection_agreements (
  id                  uuid primary key,
  reference           text not null unique check (reference ~ '^CNTR[0-9]{7}$'),
  organisation_id     uuid not null references organisations (id),
  product_id          uuid not null references products (id),
  product_version_id  uuid not null,
  revision_id         uuid not null references section_revisions (id),
  api_ids             text[] not null,
  text_version        int not null references agreement_texts (version),
  text                text not null,
  text_sha256         text not null,
  signatory_name      text not null,
  signatory_role      text not null,
  signatory_email     text not null,
  state               text not null check (state in ('ISSUED', 'ACTIVE', 'SUPERSEDED')),
  issued_at           timestamptz not null,
  link_hash           text unique,
  link_expires_at     timestamptz,
  accepted_name       text,
  accepted_role       text,
  accepted_at         timestamptz,
  accepted_from       text,
  accepted_version    int,
  accepted_sha256     text,
  copy_hash           text unique,
  replaces            uuid references connection_agreements (id),
  superseded_at       timestamptz
);
-- One first agreement per submitted revision of the section, however often the listeners
-- that issue it run; and one open re-issue per agreement replaced.
create unique index connection_agreements_first_per_revision on connection_agreements (revision_id)
  where replaces is null;
create unique index connection_agreements_one_open_reissue on connection_agreements (replaces)
  where replaces is not null and state = 'ISSUED';
create index connection_agreements_of_product on connection_agreements (organisation_id, product_id);

-- The service itself approves the connection agreement section when the signatory accepts,
-- so a section's last change may have no person behind it.
alter table section_responses alter column updated_by drop not null;

-- The first version, so the service works out of the box. Its wording is a template that the
-- operator replaces by publishing their own version at /admin/agreements.
insert into agreement_texts (version, core_clauses, api_terms, published_at, published_by) values (1,
'TEMPLATE - replace with your own agreement before use. This text is a placeholder written for the Digital Onboarding Service and has no legal force.

1. Parties. This agreement is between the platform operator and the organisation named above, which connects the product named above to the national APIs listed.

2. Use. The organisation uses the APIs only for the use case it described in its application, only for direct care or the purposes the API allows, and only from the product and version assured.

3. Security. The organisation keeps its credentials secret, protects personal data to the standard of the Data Security and Protection Toolkit, and reports any incident affecting the APIs to the platform operator without delay.

4. Changes. The organisation tells the platform operator before it changes the product in a way that affects its assurance, and applies again for a significant new version.

5. Suspension. The platform operator may suspend access to protect patients, the APIs or their data, and tells the organisation why.

6. Term. This agreement lasts until either party ends it in writing, or a newer version of it is accepted.',
'{"national-imaging-registry": "TEMPLATE - National Imaging Registry: the organisation publishes and retrieves imaging records only for patients in its care, keeps its Home Community ID accurate, and answers cross-community queries within the agreed service levels.",
  "national-record-locator": "TEMPLATE - National Record Locator: the organisation keeps the pointers it creates accurate and current, removes pointers to records that no longer exist, and retrieves records only for patients in its care.",
  "nhs-login": "TEMPLATE - NHS login: the organisation uses NHS login only for patient-facing services, requests only the scopes and identity verification level it was approved for, and follows the NHS login branding guidance.",
  "summary-care-record": "TEMPLATE - Summary Care Record: the organisation views summary care records only with a legitimate relationship to the patient and records the reason for each access."}'::jsonb,
now(), null);
