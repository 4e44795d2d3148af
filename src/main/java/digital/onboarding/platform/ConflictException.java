package digital.onboarding.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request is understood and allowed, but the state of things forbids it now, such as
 * demoting an organisation's only owner. The message says what to do first.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	public ConflictException(String reason) {
		super(reason);
	}

}
