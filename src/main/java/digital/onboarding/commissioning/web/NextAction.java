package digital.onboarding.commissioning.web;

import java.util.UUID;

import digital.onboarding.commissioning.Commission;

/** What happens next to a commission, as each side reads it. */
final class NextAction {

	private NextAction() {
	}

	static String of(Commission commission, UUID organisationId) {
		var endUser = commission.endUserOrganisationName();
		var supplier = commission.supplierOrganisationName();
		if (commission.isEndUser(organisationId)) {
			return switch (commission.state()) {
				case COMMISSIONED -> "Wait for " + supplier + " to accept or decline the commission.";
				case ACCEPTED -> "Test in the INT environment with " + supplier
						+ " and record each test run. Sign INT testing off once a run has passed.";
				case INT_SIGNED_OFF -> "Decide go or no-go.";
				case GO -> "Production access is granted by the service's staff; the service goes live then.";
				case LIVE -> "Nothing: the service is live. End the commission when you stop using the product.";
				case DECLINED, NO_GO, ENDED -> "Nothing: this commission is closed.";
			};
		}
		return switch (commission.state()) {
			case COMMISSIONED -> "Accept or decline the commission.";
			case ACCEPTED -> "Test in the INT environment with " + endUser + " and record each test run. " + endUser
					+ " signs INT testing off.";
			case INT_SIGNED_OFF -> "Wait for " + endUser + " to decide go or no-go.";
			case GO -> "Request production access for " + endUser + ".";
			case LIVE -> "Nothing: the service is live.";
			case DECLINED, NO_GO, ENDED -> "Nothing: this commission is closed.";
		};
	}

}
