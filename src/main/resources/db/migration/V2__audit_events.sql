-- The audit trail: append-only, each event chained to the one before it by a SHA-256 hash.
create table audit_events (
  seq             bigint primary key,
  occurred_at     timestamptz not null,
  action          text not null,
  object_type     text not null,
  object_id       text,
  actor_id        uuid,
  organisation_id uuid,
  summary         text not null,
  request_id      text,
  address         text,
  previous_hash   text not null,
  hash            text not null unique
);
create index audit_events_object on audit_events (object_type, object_id);
create index audit_events_actor on audit_events (actor_id);

create function audit_events_are_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit events are append-only';
end;
$$;
create trigger audit_events_no_update_or_delete before update or delete on audit_events
  for each row execute function audit_events_are_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_are_append_only();
