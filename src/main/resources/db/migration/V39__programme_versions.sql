-- Programme versions written in the service by programme authors, beside the versions shipped as
-- files. One draft per API at a time; a published version is never changed or removed, since
-- applications were answered against it.
create table programme_versions (
  id                uuid primary key,
  api_id            text not null,
  programme_version text,
  yaml              text not null,
  status            text not null check (status in ('DRAFT', 'PUBLISHED')),
  author_id         uuid not null references accounts (id),
  created_at        timestamptz not null,
  updated_at        timestamptz not null,
  updated_by        uuid not null references accounts (id),
  published_at      timestamptz,
  published_by      uuid references accounts (id),
  fingerprint       text,
  version           int not null default 0,
  check ((status = 'PUBLISHED') = (published_at is not null and fingerprint is not null and programme_version is not null))
);
create unique index programme_versions_one_draft on programme_versions (api_id) where status = 'DRAFT';
create unique index programme_versions_published on programme_versions (api_id, programme_version)
  where status = 'PUBLISHED';

create function programme_versions_published_are_immutable() returns trigger language plpgsql as $$
begin
  if old.status = 'PUBLISHED' then
    raise exception 'published programme version % % cannot be changed or removed', old.api_id, old.programme_version;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger programme_versions_published_no_update_or_delete before update or delete on programme_versions
  for each row execute function programme_versions_published_are_immutable();
