package digital.onboarding.notification.web;

import java.util.Arrays;
import java.util.Optional;

import digital.onboarding.notification.CommentDelivery;

/**
 * The notification settings as posted. The choice is kept as text so that a missing or
 * unknown value is answered with a message a person can act on, not a conversion error.
 */
record SettingsForm(String commentDelivery) {

	static SettingsForm of(CommentDelivery delivery) {
		return new SettingsForm(delivery.name());
	}

	Optional<CommentDelivery> chosenDelivery() {
		return Arrays.stream(CommentDelivery.values())
			.filter(delivery -> delivery.name().equals(this.commentDelivery))
			.findFirst();
	}

}
