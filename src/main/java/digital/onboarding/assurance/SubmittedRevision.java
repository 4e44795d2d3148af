package digital.onboarding.assurance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Section;

/**
 * A revision as its reviewers see it.
 *
 * @param apiIds the APIs whose applications count the decision on it
 * @param programme the programme of the first of them, which defines the section
 * @param shownQuestions the section's questions that applied, given the answers
 * @param latest whether it is the section's latest revision
 * @param sectionStatus where the section stands now
 * @param findings the findings still raised on the APIs' answers, overridden ones
 * included
 */
public record SubmittedRevision(UUID id, UUID responseId, UUID organisationId, UUID productVersionId,
		List<String> apiIds, Programme programme, Section section, int number, Map<String, Object> answers,
		List<Question> shownQuestions, Instant submittedAt, UUID submittedBy, boolean latest,
		SectionStatus sectionStatus, List<RecordedFinding> findings) {

	/** The findings that still count. */
	public List<RecordedFinding> openFindings() {
		return this.findings.stream().filter(finding -> !finding.isOverridden()).toList();
	}

}
