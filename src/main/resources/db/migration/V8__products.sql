create table products (
  id              uuid primary key,
  organisation_id uuid not null references organisations (id),
  name            text not null,
  module          text,
  archived_at     timestamptz,
  created_at      timestamptz not null,
  version         int not null default 0
);
create index products_organisation on products (organisation_id, lower(name));

-- Significant versions (major.minor): each is assured on its own.
create table product_versions (
  id         uuid primary key,
  product_id uuid not null references products (id),
  number     text not null check (number ~ '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'),
  created_at timestamptz not null,
  unique (product_id, number)
);

-- Patch versions (major.minor.patch) share their significant version's assurance.
create table product_patches (
  product_version_id uuid not null references product_versions (id),
  number             text not null check (number ~ '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'),
  created_at         timestamptz not null,
  primary key (product_version_id, number)
);

-- The APIs a significant version is to use: catalogue ids, checked by the service against the programme files.
create table product_version_apis (
  product_version_id uuid not null references product_versions (id),
  api_id             text not null,
  chosen_at          timestamptz not null,
  primary key (product_version_id, api_id)
);
