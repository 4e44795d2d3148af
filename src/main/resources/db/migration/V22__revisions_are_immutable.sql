-- What was submitted for review is evidence of what was assured: it is never changed or removed.
create function section_revisions_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'section revisions cannot be changed or removed';
end;
$$;
create trigger section_revisions_no_update_or_delete before update or delete on section_revisions
  for each row execute function section_revisions_are_immutable();
