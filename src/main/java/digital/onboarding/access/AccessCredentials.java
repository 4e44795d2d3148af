package digital.onboarding.access;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.Sha256;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials of a granted environment access: API keys, shown once and stored only
 * as a hash, and public keys (PEM or a JWKS address) for signed-JWT authentication.
 * Owners and admins change them; every member sees them.
 */
@Service
public class AccessCredentials {

	/** Every API key starts with this, so a leaked one is easy to recognise. */
	public static final String KEY_PREFIX = "dosk_";

	private static final String ONE_API_KEY = "This access has an API key already. Rotate it to get a new key; "
			+ "the key is shown only when it is issued";

	private static final int HINT_LENGTH = KEY_PREFIX.length() + 6;

	private final EnvironmentAccessManagement accesses;

	private final Credentials credentials;

	private final AuditTrail audit;

	private final Clock clock;

	AccessCredentials(EnvironmentAccessManagement accesses, Credentials credentials, AuditTrail audit, Clock clock) {
		this.accesses = accesses;
		this.credentials = credentials;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new API key with the only chance to see it. */
	public record IssuedKey(Credential credential, String key) {
	}

	@Transactional(readOnly = true)
	public List<Credential> list(UUID organisationId, UUID productId, UUID accessId) {
		this.accesses.read(organisationId, productId, accessId, Need.READ);
		return this.credentials.ofAccess(accessId);
	}

	/**
	 * Issues the access's API key, which the caller sees now and never again.
	 * @throws ConflictException if the access is not granted or has an API key in force
	 * already (it is replaced by rotating it)
	 */
	@Transactional
	public IssuedKey issueApiKey(UUID organisationId, UUID productId, UUID accessId) {
		var read = granted(organisationId, productId, accessId);
		var issued = newKey(read);
		record(read, "credential.api-key-issued", issued.credential().id(),
				"API key " + issued.credential().keyHint() + "… issued");
		return issued;
	}

	/**
	 * Replaces an active API key: a new key, shown once, and the old one revoked.
	 * @throws ConflictException if the key is revoked already or the access is not
	 * granted
	 */
	@Transactional
	public IssuedKey rotate(UUID organisationId, UUID productId, UUID accessId, UUID credentialId) {
		var read = granted(organisationId, productId, accessId);
		var old = credential(accessId, credentialId);
		if (old.kind() != Credential.Kind.API_KEY) {
			throw new ConflictException("Only API keys are rotated; add the new public key and revoke the old one");
		}
		if (!this.credentials.revoke(credentialId, read.membership().accountId(), this.clock.instant())) {
			throw new ConflictException("This API key is revoked already; issue a new one instead");
		}
		var issued = newKey(read);
		record(read, "credential.api-key-rotated", issued.credential().id(), "API key " + old.keyHint()
				+ "… rotated: revoked and replaced by " + issued.credential().keyHint() + "…");
		return issued;
	}

	/** Revokes a credential; revoking it again changes nothing. */
	@Transactional
	public Credential revoke(UUID organisationId, UUID productId, UUID accessId, UUID credentialId) {
		var read = this.accesses.read(organisationId, productId, accessId, Need.CHANGE);
		var credential = credential(accessId, credentialId);
		if (this.credentials.revoke(credentialId, read.membership().accountId(), this.clock.instant())) {
			record(read, "credential.revoked", credentialId,
					credential.kind().label() + " " + (credential.keyHint() != null ? credential.keyHint() + "…"
							: credential.keyThumbprint() != null ? credential.keyThumbprint() : credential.jwksUrl())
							+ " revoked");
		}
		return this.credentials.find(credentialId).orElseThrow();
	}

	/**
	 * Adds a public key for signed-JWT authentication.
	 * @throws AccessInputException if the key is not an RSA key of at least 2048 bits or
	 * an EC P-256 key, or is active already
	 */
	@Transactional
	public Credential addPublicKey(UUID organisationId, UUID productId, UUID accessId, String pem) {
		var read = granted(organisationId, productId, accessId);
		JwtPublicKey key;
		try {
			key = JwtPublicKey.parse(pem);
		}
		catch (IllegalArgumentException ex) {
			throw new AccessInputException("publicKey", ex.getMessage());
		}
		var credential = new Credential(UUID.randomUUID(), accessId, Credential.Kind.PUBLIC_KEY, null, key.pem(),
				key.description(), key.thumbprint(), null, this.clock.instant(), read.membership().accountId(), null,
				null);
		if (!this.credentials.insert(credential, null)) {
			throw new AccessInputException("publicKey", "This public key is already in use for this access");
		}
		record(read, "credential.public-key-added", credential.id(),
				"Public key " + key.description() + " (thumbprint " + key.thumbprint() + ") added");
		return credential;
	}

	/**
	 * Adds the HTTPS address of a JWKS that holds the supplier's signing keys. Only its
	 * form is checked: the service does not fetch it here.
	 * @throws AccessInputException if it is not an HTTPS address with a host
	 */
	@Transactional
	public Credential addJwksUrl(UUID organisationId, UUID productId, UUID accessId, String url) {
		var read = granted(organisationId, productId, accessId);
		String checked;
		try {
			checked = EndpointUrl.check(url, "The JWKS address");
		}
		catch (IllegalArgumentException ex) {
			throw new AccessInputException("jwksUrl", ex.getMessage());
		}
		var credential = new Credential(UUID.randomUUID(), accessId, Credential.Kind.JWKS_URL, null, null, null, null,
				checked, this.clock.instant(), read.membership().accountId(), null, null);
		if (!this.credentials.insert(credential, null)) {
			throw new AccessInputException("jwksUrl", "This JWKS address is already in use for this access");
		}
		record(read, "credential.jwks-url-added", credential.id(), "JWKS address " + checked + " added");
		return credential;
	}

	private IssuedKey newKey(EnvironmentAccessManagement.Read read) {
		var key = KEY_PREFIX + RandomTokens.next();
		var credential = new Credential(UUID.randomUUID(), read.access().id(), Credential.Kind.API_KEY,
				key.substring(0, HINT_LENGTH), null, null, null, null, this.clock.instant(),
				read.membership().accountId(), null, null);
		if (!this.credentials.insert(credential, Sha256.hex(key))) {
			throw new ConflictException(ONE_API_KEY);
		}
		return new IssuedKey(credential, key);
	}

	private EnvironmentAccessManagement.Read granted(UUID organisationId, UUID productId, UUID accessId) {
		var read = this.accesses.read(organisationId, productId, accessId, Need.CHANGE);
		if (!read.access().isGranted()) {
			throw new ConflictException("Credentials are issued once the access is granted");
		}
		return read;
	}

	private Credential credential(UUID accessId, UUID credentialId) {
		return this.credentials.find(credentialId)
			.filter(credential -> credential.accessId().equals(accessId))
			.orElseThrow(() -> new NotFoundException("Credential"));
	}

	private void record(EnvironmentAccessManagement.Read read, String action, UUID credentialId, String summary) {
		this.audit.record(AuditEntry.of(action, "credential", credentialId)
			.by(read.membership().accountId())
			.inOrganisation(read.access().organisationId())
			.summary(summary + " for " + read.access().environment().label().toLowerCase() + " access "
					+ read.access().reference()));
	}

}
