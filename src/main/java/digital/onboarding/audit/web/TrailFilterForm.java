package digital.onboarding.audit.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import digital.onboarding.audit.AuditFilter;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters typed on the audit trail page, as text, so a malformed organisation id can
 * be shown back with a message rather than refused as a bad request.
 *
 * @param organisation an organisation id, or blank for every organisation
 * @param action the start of an action, or blank for every action
 */
record TrailFilterForm(String organisation, String action) {

	private static final Pattern UUID_FORM = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	static final String ORGANISATION_PROBLEM = "Enter an organisation ID in the correct format, "
			+ "like 3f2b8e1c-9d4a-4c1e-8b7f-2a6d5e4c3b21, or leave it empty";

	TrailFilterForm {
		organisation = organisation == null ? "" : organisation.strip();
		action = action == null ? "" : action.strip();
	}

	/** What is wrong with the organisation id, if anything. */
	Optional<String> organisationProblem() {
		// UUID.fromString accepts shortened groups such as 1-1-1-1-1, which no id has.
		return this.organisation.isEmpty() || UUID_FORM.matcher(this.organisation).matches() ? Optional.empty()
				: Optional.of(ORGANISATION_PROBLEM);
	}

	/** The filter to read with; only when there is no problem. */
	AuditFilter toFilter() {
		return AuditFilter.everything()
			.inOrganisation(this.organisation.isEmpty() ? null : UUID.fromString(this.organisation))
			.actionStartingWith(this.action);
	}

	public boolean isEmpty() {
		return this.organisation.isEmpty() && this.action.isEmpty();
	}

	/** A link to the path with these filters, leaving out the empty ones. */
	String link(String path) {
		return link(path, null);
	}

	/** A link to the path with these filters and, unless null, where a page starts. */
	String link(String path, Long before) {
		var link = UriComponentsBuilder.fromPath(path);
		if (!this.organisation.isEmpty()) {
			link.queryParam("organisation", this.organisation);
		}
		if (!this.action.isEmpty()) {
			link.queryParam("action", this.action);
		}
		if (before != null) {
			link.queryParam("before", before);
		}
		return link.encode().build().toUriString();
	}

}
