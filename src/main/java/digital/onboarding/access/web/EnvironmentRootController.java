package digital.onboarding.access.web;

import digital.onboarding.access.Environment;
import digital.onboarding.access.EnvironmentRoots;
import digital.onboarding.platform.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The root certificate of each of the service's environments, public so that a responding
 * gateway's operators can fetch it for their trust store.
 */
@RestController
class EnvironmentRootController {

	private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	private final EnvironmentRoots roots;

	EnvironmentRootController(EnvironmentRoots roots) {
		this.roots = roots;
	}

	@GetMapping("/environments/{environment}/root-certificate.pem")
	ResponseEntity<String> root(@PathVariable String environment) {
		var chosen = Environment.ofSlug(environment).orElseThrow(() -> new NotFoundException("Environment"));
		return ResponseEntity.ok()
			.contentType(PEM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(chosen.slug() + "-root-ca.pem").build().toString())
			.body(this.roots.certificatePem(chosen));
	}

}
