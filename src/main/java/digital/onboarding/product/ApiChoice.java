package digital.onboarding.product;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Describes a new choice of APIs for the audit trail: what is chosen now and what that
 * added and removed.
 */
final class ApiChoice {

	private ApiChoice() {
	}

	/**
	 * E.g. "APIs chosen for Imaging Viewer version 2.1: national-imaging-registry,
	 * national-record-locator (added national-record-locator; removed nhs-login)".
	 */
	static String describe(String productName, String versionNumber, Collection<String> before,
			Collection<String> after) {
		var added = new TreeSet<>(after);
		added.removeAll(before);
		var removed = new TreeSet<>(before);
		removed.removeAll(after);
		var chosen = after.isEmpty() ? "none" : String.join(", ", new TreeSet<>(after));
		return "APIs chosen for " + productName + " version " + versionNumber + ": " + chosen + " ("
				+ changes(List.copyOf(added), List.copyOf(removed)) + ")";
	}

	private static String changes(List<String> added, List<String> removed) {
		var parts = new ArrayList<String>();
		if (!added.isEmpty()) {
			parts.add("added " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			parts.add("removed " + String.join(", ", removed));
		}
		return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
	}

}
