-- An end user organisation commissions a supplier's product version for an API, and the
-- commission moves through acceptance, INT testing, sign-off and the go decision to live.
-- The names shown with a commission are read from the organisations and products it names.
create table commissions (
  id                        uuid primary key,
  end_user_organisation_id  uuid not null references organisations (id),
  supplier_organisation_id  uuid not null references organisations (id),
  product_id                uuid not null references products (id),
  product_version_id        uuid not null references product_versions (id),
  api_id                    text not null,
  hcid                      text check (hcid is null or (length(hcid) <= 64 and hcid like 'urn:oid:%')),
  state                     text not null check (state in ('COMMISSIONED', 'ACCEPTED', 'DECLINED', 'INT_SIGNED_OFF',
                                                           'GO', 'NO_GO', 'LIVE', 'ENDED')),
  ends_on                   date,
  commissioned_at           timestamptz not null,
  commissioned_by           uuid not null references accounts (id),
  answered_at               timestamptz,
  answered_by               uuid references accounts (id),
  decline_reason            text,
  int_signed_off_at         timestamptz,
  int_signed_off_by         uuid references accounts (id),
  decided_at                timestamptz,
  decided_by                uuid references accounts (id),
  no_go_reason              text,
  live_at                   timestamptz,
  live_by                   uuid references accounts (id),
  ended_at                  timestamptz,
  ended_by                  uuid references accounts (id),
  end_reason                text,
  version                   int not null default 0
);
-- One open commission of a product version for an API per end user organisation, so a
-- second submit of the same commission finds the first.
create unique index commissions_one_open on commissions (end_user_organisation_id, product_version_id, api_id)
  where state not in ('DECLINED', 'NO_GO', 'ENDED');
create index commissions_of_supplier on commissions (supplier_organisation_id, product_version_id, api_id);
create index commissions_live on commissions (api_id) where state = 'LIVE';
create index commissions_ending on commissions (ends_on) where ends_on is not null and state <> 'ENDED';

-- Each INT test run recorded by either side while the commission is accepted.
create table commission_test_runs (
  id               uuid primary key,
  commission_id    uuid not null references commissions (id),
  organisation_id  uuid not null references organisations (id),
  started_on       date not null,
  ended_on         date not null check (ended_on >= started_on),
  outcome          text not null check (outcome in ('PASSED', 'FAILED', 'PARTLY_PASSED')),
  evidence_id      uuid references evidence_files (id),
  notes            text,
  recorded_at      timestamptz not null,
  recorded_by      uuid not null references accounts (id)
);
create index commission_test_runs_of_commission on commission_test_runs (commission_id, recorded_at);
