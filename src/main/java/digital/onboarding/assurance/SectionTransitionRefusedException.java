package digital.onboarding.assurance;

import java.util.Locale;

import digital.onboarding.platform.ConflictException;

/**
 * A section asked to take a step its status does not allow, such as withdrawing one that
 * was never submitted. Answered as a conflict, saying where it stands.
 */
public class SectionTransitionRefusedException extends ConflictException {

	SectionTransitionRefusedException(SectionStatus status, String reason) {
		super("This section is " + status.label().toLowerCase(Locale.UK) + " and " + reason);
	}

	SectionTransitionRefusedException(String reason) {
		super(reason);
	}

}
