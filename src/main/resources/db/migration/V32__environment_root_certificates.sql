-- The root CA of each of the service's environments, made on first use. Responding
-- gateways trust its certificate; its private key never leaves the database.
create table environment_root_certificates (
  environment      text primary key check (environment in ('SANDBOX', 'INTEGRATION', 'PRODUCTION')),
  certificate_pem  text not null,
  private_key_pem  text not null,
  created_at       timestamptz not null
);
