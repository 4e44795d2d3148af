package digital.onboarding.notification.web;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.core.Authentication;

/**
 * The account id of the person signed in to this session. The account module sends its
 * emails through this module, so this module cannot name the account module's principal
 * class without the two depending on each other; it reads the principal's {@code id}
 * property instead.
 */
final class SignedInAccountId {

	private SignedInAccountId() {
	}

	/** Empty for a visitor who is not signed in, and for callers of the JSON API. */
	static Optional<UUID> of(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()
				|| authentication.getPrincipal() == null) {
			return Optional.empty();
		}
		var properties = new BeanWrapperImpl(authentication.getPrincipal());
		return properties.isReadableProperty("id") && properties.getPropertyValue("id") instanceof UUID id
				? Optional.of(id) : Optional.empty();
	}

}
