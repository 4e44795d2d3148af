-- Evidence files accepted from organisations. The content is in the evidence store under storage_key;
-- a refused upload leaves no row and no content.
create table evidence_files (
  id              uuid primary key,
  organisation_id uuid not null references organisations (id),
  filename        text not null,
  media_type      text not null,
  size            bigint not null check (size > 0),
  sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by     uuid not null references accounts (id),
  uploaded_at     timestamptz not null,
  storage_key     text not null unique,
  scan_result     text not null check (scan_result in ('CLEAN', 'INFECTED', 'NOT_SCANNED'))
);
create index evidence_files_organisation on evidence_files (organisation_id, uploaded_at);
