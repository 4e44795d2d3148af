package digital.onboarding.certification.api;

import java.time.Duration;
import java.util.Map;

import digital.onboarding.certification.SigningKeys;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys certificates are signed with, current and retired, as a JWKS.
 */
@RestController
class SigningKeysController {

	private final SigningKeys keys;

	SigningKeysController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		// Short caching: a rotated key must reach verifiers soon.
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(this.keys.jwks());
	}

}
