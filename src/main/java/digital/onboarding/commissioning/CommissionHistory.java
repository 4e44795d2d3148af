package digital.onboarding.commissioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A commission with everything that happened to it: answers, reasons, test runs.
 *
 * @param declineReason why the supplier declined; {@code null} unless it did
 * @param noGoReason why the end user organisation decided no-go; {@code null} unless it
 * did
 * @param endReason why it was ended; {@code null} unless it was
 * @param runs INT test runs, oldest first
 */
public record CommissionHistory(Commission commission, Instant answeredAt, String declineReason, Instant intSignedOffAt,
		Instant decidedAt, String noGoReason, Instant endedAt, String endReason, List<TestRun> runs) {

	public CommissionHistory {
		runs = List.copyOf(runs);
	}

	/** Something that happened, for the commission's timeline. */
	public record Milestone(Instant at, String what) {
	}

	/** What happened, oldest first. */
	public List<Milestone> timeline() {
		var c = this.commission;
		var milestones = new ArrayList<Milestone>();
		milestones.add(new Milestone(c.commissionedAt(),
				c.endUserOrganisationName() + " commissioned " + c.productName() + " " + c.versionNumber()));
		if (this.answeredAt != null) {
			milestones.add(new Milestone(this.answeredAt,
					this.declineReason == null ? c.supplierOrganisationName() + " accepted"
							: c.supplierOrganisationName() + " declined: " + this.declineReason));
		}
		for (var run : this.runs) {
			milestones.add(new Milestone(run.recordedAt(), run.organisationName() + " recorded an INT test run from "
					+ run.startedOn() + " to " + run.endedOn() + ": " + run.outcome().label().toLowerCase(Locale.UK)));
		}
		if (this.intSignedOffAt != null) {
			milestones.add(new Milestone(this.intSignedOffAt, "INT testing signed off"));
		}
		if (this.decidedAt != null) {
			milestones.add(new Milestone(this.decidedAt,
					this.noGoReason == null ? "Go decided" : "No-go decided: " + this.noGoReason));
		}
		if (c.liveAt() != null) {
			milestones.add(new Milestone(c.liveAt(), "Production access granted: live"));
		}
		if (this.endedAt != null) {
			milestones.add(new Milestone(this.endedAt, "Ended: " + this.endReason));
		}
		milestones.sort(Comparator.comparing(Milestone::at));
		return milestones;
	}

	/** Whether a run passed, which signing INT off needs. */
	public boolean hasPassedRun() {
		return this.runs.stream().anyMatch(run -> run.outcome() == TestOutcome.PASSED);
	}

}
