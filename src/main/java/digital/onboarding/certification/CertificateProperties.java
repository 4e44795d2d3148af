package digital.onboarding.certification;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How certificates are signed.
 *
 * @param signingKey a private EC P-256 key as a JWK (JSON) to sign with; when it is new
 * to the service it becomes the signing key and the previous one is retired. Left empty,
 * the service generates a key on first start and keeps it in the database.
 * @param validity how long a certificate is valid from the day it is issued (ISO period,
 * three years unless set)
 */
@ConfigurationProperties("onboarding.certificates")
public record CertificateProperties(String signingKey, @DefaultValue("P3Y") Period validity) {

	/** Whether a signing key was given in the configuration. */
	boolean hasSigningKey() {
		return this.signingKey != null && !this.signingKey.isBlank();
	}

}
