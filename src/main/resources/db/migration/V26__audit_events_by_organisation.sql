-- The administrators' audit trail page reads an organisation's newest events a page at a time.
create index audit_events_organisation on audit_events (organisation_id, seq);
