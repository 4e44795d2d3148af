package digital.onboarding.register.api;

import digital.onboarding.register.PublicRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public register as JSON.
 */
@RestController
@Tag(name = "Register", description = "Products holding a valid certificate, and live services, per API")
class RegisterApi {

	private final PublicRegister register;

	RegisterApi(PublicRegister register) {
		this.register = register;
	}

	@GetMapping("/api/v1/register")
	@Operation(summary = "Read the public register",
			description = "Per API, alphabetically: the products holding a valid technical conformance certificate. "
					+ "Suspended, revoked and superseded certificates are not listed. Then, per API, the end user "
					+ "organisations whose service is live, with the supplier's product and version and the day "
					+ "it went live.")
	PublicRegister.Register register() {
		return this.register.read();
	}

}
