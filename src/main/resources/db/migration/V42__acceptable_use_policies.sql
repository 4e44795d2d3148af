-- Versions of the acceptable use policy that end user organisations accept, published by
-- administrators. Like the connection agreement's texts, a published version is never changed.
create table acceptable_use_texts (
  version       int primary key,
  text          text not null,
  published_at  timestamptz not null,
  published_by  uuid references accounts (id)
);
create trigger acceptable_use_texts_no_update_or_delete before update or delete on acceptable_use_texts
  for each row execute function agreement_texts_are_immutable();

-- The policy as issued to an end user organisation's legal signatory: the exact text they are
-- asked to accept, and once accepted who accepted it, when and from where. It binds the whole
-- organisation, whatever products it commissions.
create table acceptable_use_policies (
  id                  uuid primary key,
  organisation_id     uuid not null references organisations (id),
  text_version        int not null references acceptable_use_texts (version),
  text                text not null,
  text_sha256         text not null,
  signatory_name      text not null,
  signatory_role      text not null,
  signatory_email     text not null,
  state               text not null check (state in ('ISSUED', 'ACTIVE', 'SUPERSEDED')),
  issued_at           timestamptz not null,
  link_hash           text unique,
  link_expires_at     timestamptz not null,
  accepted_name       text,
  accepted_role       text,
  accepted_at         timestamptz,
  accepted_from       text,
  accepted_sha256     text,
  copy_hash           text unique,
  superseded_at       timestamptz
);
-- One policy waiting for a signatory and one in force per organisation at a time.
create unique index acceptable_use_policies_one_issued on acceptable_use_policies (organisation_id)
  where state = 'ISSUED';
create unique index acceptable_use_policies_one_active on acceptable_use_policies (organisation_id)
  where state = 'ACTIVE';

insert into acceptable_use_texts (version, text, published_at, published_by) values (1,
'TEMPLATE - replace with your own policy before use. This text is a placeholder written for the Digital Onboarding Service and has no legal force.

1. Scope. This policy binds the end user organisation named above whenever it uses a product connected to a national API, whichever supplier provides it.

2. Purpose. The organisation uses the national APIs only for the direct care of patients it has a legitimate relationship with, or for the other purposes each API allows.

3. People. Only staff the organisation has trained and authorised use the connected products, each with their own credentials.

4. Data. The organisation stays the controller of the data it records, keeps its Data Security and Protection Toolkit assessment current, and reports any incident affecting the APIs to the platform operator without delay.

5. Changes. The organisation tells the platform operator when it stops using a connected product or changes the supplier that provides it.',
now(), null);
