package digital.onboarding.commissioning;

import java.util.Locale;

import digital.onboarding.platform.ConflictException;

/**
 * A commission asked to take a step its state does not allow, such as a go decision
 * before INT testing was signed off. Answered as a conflict, saying where it stands.
 */
public class CommissionTransitionRefusedException extends ConflictException {

	CommissionTransitionRefusedException(CommissionState state, String reason) {
		super("This commission is " + state.label().toLowerCase(Locale.UK) + " and " + reason);
	}

}
