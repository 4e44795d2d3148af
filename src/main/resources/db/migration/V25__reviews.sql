-- A decision may be deferred until more is known (the NHS login board); a section then goes
-- back to the applicant like a request for changes, with the reason.
alter table section_responses drop constraint section_responses_status_check;
alter table section_responses add constraint section_responses_status_check
  check (status in ('IN_PROGRESS', 'SUBMITTED', 'CHANGES_REQUESTED', 'DEFERRED', 'APPROVED', 'REJECTED'));
alter table section_responses
  add column decided_at timestamptz,
  add column decision_reason text;

-- A rejected section closes its applications; the applicant may start again later.
alter table applications add column rejected_at timestamptz;

-- Staff may override a finding with a recorded reason; it then stops counting against gates.
alter table findings
  add column overridden_at timestamptz,
  add column overridden_by uuid references accounts (id),
  add column override_reason text;

-- The conversation on a section between its reviewers and its applicants, threaded per
-- question, kept across revisions.
create table section_comments (
  id                  uuid primary key,
  section_response_id uuid not null references section_responses (id),
  thread_id           uuid not null,
  question_id         text,
  revision_number     int not null,
  author_id           uuid not null references accounts (id),
  author_name         text not null,
  from_staff          boolean not null,
  body                text not null,
  created_at          timestamptz not null
);
create index section_comments_of_response on section_comments (section_response_id, created_at);

-- The review of each submitted revision: its place in the queue and the decision on it.
-- What the queue filters and searches on is copied in at submission, so the queue is one
-- indexed query.
create table reviews (
  revision_id             uuid primary key references section_revisions (id),
  section_response_id     uuid not null references section_responses (id),
  organisation_id         uuid not null references organisations (id),
  product_id              uuid not null references products (id),
  product_version_id      uuid not null references product_versions (id),
  section_id              text not null,
  section_title           text not null,
  stage_id                text not null,
  api_ids                 text[] not null,
  revision_number         int not null,
  organisation_name       text not null,
  ods_code                text not null,
  product_name            text not null,
  version_number          text not null,
  has_findings            boolean not null,
  four_eyes               boolean not null,
  deferral_allowed        boolean not null,
  turnaround_working_days int not null,
  submitted_at            timestamptz not null,
  due_on                  date not null,
  state                   text not null check (state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL', 'DECIDED', 'WITHDRAWN')),
  assignee_id             uuid references accounts (id),
  recommendation          text,
  recommended_by          uuid references accounts (id),
  recommended_at          timestamptz,
  recommendation_reason   text,
  outcome                 text,
  decided_by              uuid references accounts (id),
  decided_at              timestamptz,
  reason                  text,
  version                 int not null default 0
);
create index reviews_open_oldest_first on reviews (submitted_at, revision_id) where state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL');
create index reviews_oldest_first on reviews (submitted_at, revision_id);
create index reviews_apis on reviews using gin (api_ids);
create index reviews_of_response on reviews (section_response_id, revision_number);
