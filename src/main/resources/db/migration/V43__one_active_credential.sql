-- An access has one API key in force at a time: a second request (a form sent twice, say) is
-- refused rather than leaving a key nobody saw. A key is replaced by rotating it. A public key or
-- JWKS address is in force once per access, however many requests race to add it.
create unique index environment_credentials_one_api_key on environment_credentials (access_id)
  where kind = 'API_KEY' and revoked_at is null;
create unique index environment_credentials_public_key_once on environment_credentials (access_id, key_thumbprint)
  where kind = 'PUBLIC_KEY' and revoked_at is null;
create unique index environment_credentials_jwks_url_once on environment_credentials (access_id, jwks_url)
  where kind = 'JWKS_URL' and revoked_at is null;
