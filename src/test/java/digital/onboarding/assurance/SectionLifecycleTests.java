package digital.onboarding.assurance;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A section's answers are submitted only from where the applicant holds them, and
 * withdrawn only while submitted and not yet picked up by a reviewer.
 */
class SectionLifecycleTests {

	private static final UUID BY = UUID.randomUUID();

	private static final Instant AT = Instant.parse("2026-12-08T10:00:00Z");

	private static final EnumSet<SectionStatus> SUBMITTABLE = EnumSet.of(SectionStatus.IN_PROGRESS,
			SectionStatus.CHANGES_REQUESTED, SectionStatus.DEFERRED, SectionStatus.CHANGES_TO_ANSWER);

	@ParameterizedTest
	@EnumSource(SectionStatus.class)
	void answersAreSubmittedFromInProgressOrAsSentBackAndFromNowhereElse(SectionStatus status) {
		var section = in(status, null);
		if (SUBMITTABLE.contains(status)) {
			var change = section.submit(BY, AT);
			assertThat(change).isEqualTo(new SectionChange(section.id(), status, SectionStatus.SUBMITTED, BY, AT));
		}
		else {
			assertThatThrownBy(() -> section.submit(BY, AT)).isInstanceOf(SectionTransitionRefusedException.class)
				.hasMessage("This section is " + status.label().toLowerCase(java.util.Locale.UK)
						+ " and cannot be submitted");
		}
	}

	@ParameterizedTest
	@EnumSource(SectionStatus.class)
	void onlyASubmittedSectionIsWithdrawn(SectionStatus status) {
		var section = in(status, null);
		if (status == SectionStatus.SUBMITTED) {
			assertThat(section.withdraw(BY, AT).to()).isEqualTo(SectionStatus.IN_PROGRESS);
		}
		else {
			assertThatThrownBy(() -> section.withdraw(BY, AT)).isInstanceOf(SectionTransitionRefusedException.class)
				.hasMessage("Only a submitted section can be withdrawn");
		}
	}

	@Test
	void aSectionAReviewerPickedUpCanNoLongerBeWithdrawn() {
		assertThatThrownBy(() -> in(SectionStatus.SUBMITTED, AT).withdraw(BY, AT))
			.isInstanceOf(SectionTransitionRefusedException.class)
			.hasMessage("A reviewer has started on this section, so it can no longer be withdrawn");
	}

	private static SectionResponses.Row in(SectionStatus status, Instant pickedUpAt) {
		return new SectionResponses.Row(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "eligibility-product",
				Map.of(), status, pickedUpAt, AT, 3, null, null, List.of());
	}

}
