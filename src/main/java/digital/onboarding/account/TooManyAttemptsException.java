package digital.onboarding.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone tried something too often from one place; they are asked to wait.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyAttemptsException extends RuntimeException {

	public TooManyAttemptsException() {
		super("Too many attempts from this address");
	}

}
