-- An application moved to a newer programme version: an approved section with new or changed
-- questions goes back to the applicant as CHANGES_TO_ANSWER, and each section remembers which of
-- its questions are new or changed until it is submitted again.
alter table section_responses drop constraint section_responses_status_check;
alter table section_responses add constraint section_responses_status_check
  check (status in ('IN_PROGRESS', 'SUBMITTED', 'CHANGES_REQUESTED', 'DEFERRED', 'APPROVED', 'REJECTED',
                    'CHANGES_TO_ANSWER'));
alter table section_responses add column changed_questions jsonb not null default '[]';
