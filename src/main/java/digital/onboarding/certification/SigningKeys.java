package digital.onboarding.certification;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.platform.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's keys for signing certificates (ES256, EC P-256). One key signs at a time;
 * rotating creates a new one and retires the old one from signing, while the JWKS keeps
 * publishing every key so that certificates signed earlier still verify.
 */
@Service
public class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	/** Serialises creating the first key when nodes start together. */
	private static final long KEY_LOCK = 0x5349474e4b455953L;

	private final JdbcClient jdbc;

	private final CertificateProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	SigningKeys(JdbcClient jdbc, CertificateProperties properties, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every key the service has signed with, current and retired: public parts only. */
	@Transactional(readOnly = true)
	public Map<String, Object> jwks() {
		var keys = this.jdbc.sql("select public_jwk from certificate_signing_keys order by created_at")
			.query(String.class)
			.list()
			.stream()
			.map(SigningKeys::parse)
			.toList();
		return new JWKSet(keys).toJSONObject(true);
	}

	/**
	 * Creates a new signing key and retires the current one from signing; the retired key
	 * stays in the JWKS. For administrators.
	 * @return the new key's id
	 */
	@Transactional
	public String rotate(UUID administratorId, boolean administrator) {
		if (!administrator) {
			throw new ForbiddenException("Only an administrator can rotate the signing key");
		}
		lock();
		var key = generate();
		var retired = install(key);
		this.audit.record(AuditEntry.of("certificate-key.rotated", "certificate-signing-key", key.getKeyID())
			.by(administratorId)
			.summary("Certificate signing key " + key.getKeyID() + " replaced " + retired));
		return key.getKeyID();
	}

	/** The id of the key that signs now. */
	@Transactional
	public String activeKeyId() {
		return active().getKeyID();
	}

	/** Signs a certificate's canonical JSON as a compact JWS with the active key. */
	@Transactional
	String sign(String canonicalJson) {
		var key = active();
		var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
			.type(new JOSEObjectType("tcc+jws"))
			.build();
		var jws = new JWSObject(header, new Payload(canonicalJson));
		try {
			jws.sign(new ECDSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the certificate", ex);
		}
		return jws.serialize();
	}

	/** Whether a compact JWS was signed by one of the service's keys and is unchanged. */
	@Transactional(readOnly = true)
	public boolean verifies(String compactJws) {
		try {
			var jws = JWSObject.parse(compactJws);
			var publicJwk = this.jdbc.sql("select public_jwk from certificate_signing_keys where kid = ?")
				.param(jws.getHeader().getKeyID())
				.query(String.class)
				.optional();
			return publicJwk.isPresent() && jws.verify(new ECDSAVerifier(parse(publicJwk.get()).toECKey()));
		}
		catch (ParseException | JOSEException ex) {
			return false;
		}
	}

	private ECKey active() {
		if (this.properties.hasSigningKey()) {
			installConfiguredKey();
		}
		var current = currentKey();
		if (current != null) {
			return current;
		}
		lock();
		current = currentKey();
		if (current != null) {
			return current;
		}
		var key = generate();
		install(key);
		log.info("Generated the first certificate signing key {}", key.getKeyID());
		return key;
	}

	/**
	 * A configured key new to the service replaces the active one; once stored it is
	 * treated like any other, so a later rotation is not undone by the configuration.
	 */
	private void installConfiguredKey() {
		var configured = parse(this.properties.signingKey()).toECKey();
		if (!configured.isPrivate() || !Curve.P_256.equals(configured.getCurve())) {
			throw new IllegalStateException("onboarding.certificates.signing-key must be a private EC P-256 JWK");
		}
		var kid = (configured.getKeyID() != null) ? configured.getKeyID() : thumbprint(configured);
		if (isKnown(kid)) {
			return;
		}
		lock();
		if (!isKnown(kid)) {
			install(new ECKey.Builder(configured).keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.build());
			log.info("Certificates are now signed with the configured key {}", kid);
		}
	}

	private boolean isKnown(String kid) {
		return this.jdbc.sql("select exists (select 1 from certificate_signing_keys where kid = ?)")
			.param(kid)
			.query(Boolean.class)
			.single();
	}

	private ECKey currentKey() {
		return this.jdbc.sql("select private_jwk from certificate_signing_keys where retired_at is null")
			.query(String.class)
			.optional()
			.map(json -> parse(json).toECKey())
			.orElse(null);
	}

	private void lock() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY_LOCK).query((rs, n) -> 1).list();
	}

	/** Stores the key as the active one; returns the id of the key it retired, if any. */
	private String install(ECKey key) {
		var now = Timestamp.from(this.clock.instant());
		var retired = this.jdbc
			.sql("update certificate_signing_keys set retired_at = ? where retired_at is null returning kid")
			.param(now)
			.query(String.class)
			.list();
		this.jdbc.sql("""
				insert into certificate_signing_keys (kid, public_jwk, private_jwk, created_at)
				values (?, ?, ?, ?)
				""").params(key.getKeyID(), key.toPublicJWK().toJSONString(), key.toJSONString(), now).update();
		return retired.isEmpty() ? "no key" : String.join(", ", retired);
	}

	private ECKey generate() {
		try {
			var kid = "tcc-" + KID_DATE.format(this.clock.instant()) + "-"
					+ UUID.randomUUID().toString().substring(0, 8);
			return new ECKeyGenerator(Curve.P_256).keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

	private static String thumbprint(ECKey key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWK parse(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A certificate signing key could not be read", ex);
		}
	}

}
