package digital.onboarding.assurance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agreement module reads about the shared connection agreement section: whether
 * it waits for its agreement, and whom the applicant named as legal signatory. It holds
 * no access checks of its own: it is read by the service's listeners, not for a person.
 */
@Service
public class AgreementSection {

	/** The id of the shared section that an accepted agreement approves. */
	public static final String SECTION_ID = "connection-agreement";

	/** The question naming the legal signatory (a person: name, role, email). */
	public static final String SIGNATORY_QUESTION = "legal-signatory";

	/**
	 * A submitted connection agreement section whose applications have every other
	 * section approved, so its agreement can be issued.
	 *
	 * @param revisionId the submitted revision the agreement will approve
	 * @param apiIds the APIs whose applications share the section, hence the agreement
	 */
	public record ReadyForAgreement(UUID organisationId, UUID productVersionId, UUID revisionId, List<String> apiIds,
			Signatory signatory) {

		public ReadyForAgreement {
			apiIds = List.copyOf(apiIds);
		}

	}

	/**
	 * The person who accepts the agreement for the organisation; the email may be a group
	 * mailbox.
	 */
	public record Signatory(String name, String role, String email) {
	}

	private final SectionResponses responses;

	private final Applications applications;

	private final Catalogue catalogue;

	AgreementSection(SectionResponses responses, Applications applications, Catalogue catalogue) {
		this.responses = responses;
		this.applications = applications;
		this.catalogue = catalogue;
	}

	/**
	 * The version's connection agreement section, if it is submitted with a signatory and
	 * every other section of every open application sharing it is approved.
	 */
	@Transactional(readOnly = true)
	public Optional<ReadyForAgreement> readyForAgreement(UUID organisationId, UUID productVersionId) {
		var response = this.responses.find(productVersionId, SECTION_ID)
			.filter(row -> row.organisationId().equals(organisationId))
			.filter(row -> row.status() == SectionStatus.SUBMITTED);
		if (response.isEmpty()) {
			return Optional.empty();
		}
		var revisions = this.responses.revisions(response.get().id());
		if (revisions.isEmpty()) {
			return Optional.empty();
		}
		var revision = revisions.get(revisions.size() - 1);
		var signatory = signatory(revision.answers());
		if (signatory.isEmpty()) {
			return Optional.empty();
		}
		var open = this.applications.openFor(organisationId, productVersionId)
			.stream()
			.map(Applications.Row::apiId)
			.toList();
		var sharing = List.of(revision.programmeVersions().split(","))
			.stream()
			.map(entry -> entry.substring(0, entry.indexOf('@')))
			.filter(open::contains)
			.toList();
		if (sharing.isEmpty()) {
			return Optional.empty();
		}
		var byKey = new java.util.HashMap<String, SectionStatus>();
		this.responses.all(productVersionId).forEach(row -> byKey.put(row.sectionKey(), row.status()));
		for (var apiId : sharing) {
			var programme = this.catalogue.programme(apiId);
			if (programme.isEmpty()) {
				return Optional.empty();
			}
			var everyOtherApproved = programme.get()
				.sections()
				.filter(section -> !section.id().equals(SECTION_ID))
				.allMatch(section -> byKey.get(AssuranceManagement.key(apiId, section)) == SectionStatus.APPROVED);
			if (!everyOtherApproved) {
				return Optional.empty();
			}
		}
		return Optional
			.of(new ReadyForAgreement(organisationId, productVersionId, revision.id(), sharing, signatory.get()));
	}

	/**
	 * Whether the revision is still the section's latest and waiting for a decision,
	 * which is when an acceptance may approve it.
	 */
	@Transactional(readOnly = true)
	public boolean awaitsDecision(UUID revisionId) {
		return this.responses.revision(revisionId)
			.flatMap(revision -> this.responses.byId(revision.responseId())
				.filter(row -> row.status() == SectionStatus.SUBMITTED)
				.map(row -> this.responses.latestRevision(row.id()) == revision.number()))
			.orElse(false);
	}

	private static Optional<Signatory> signatory(Map<String, Object> answers) {
		if (!(answers.get(SIGNATORY_QUESTION) instanceof Map<?, ?> person)) {
			return Optional.empty();
		}
		var name = text(person.get("name"));
		var role = text(person.get("role"));
		var email = text(person.get("email"));
		return email.isBlank() ? Optional.empty() : Optional.of(new Signatory(name, role, email));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

}
