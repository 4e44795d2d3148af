package digital.onboarding.agreement;

import digital.onboarding.assurance.AgreementSection;
import digital.onboarding.assurance.SectionSubmitted;
import digital.onboarding.assurance.SectionWithdrawn;
import digital.onboarding.review.Decision;
import digital.onboarding.review.RevisionDecided;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a version's agreement when the last section it waits for is decided, or when the
 * connection agreement section is submitted after the others were approved; and asks for
 * acceptance again when a new version of the wording is published.
 */
@Component
class AgreementIssuing {

	private final AgreementManagement agreements;

	AgreementIssuing(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@ApplicationModuleListener
	void on(RevisionDecided decided) {
		if (decided.decision() == Decision.APPROVE) {
			this.agreements.issueIfReady(decided.organisationId(), decided.productVersionId());
		}
		else if (AgreementSection.SECTION_ID.equals(decided.sectionId())) {
			this.agreements.withdrawFor(decided.revisionId(),
					"the review team " + decided.decision().pastTense() + " the section");
		}
	}

	/** In the withdrawing transaction, so the link stops working with it. */
	@EventListener
	void on(SectionWithdrawn withdrawn) {
		this.agreements.withdrawFor(withdrawn.revisionId(), "the applicant withdrew the section");
	}

	@ApplicationModuleListener
	void on(SectionSubmitted submitted) {
		if (AgreementSection.SECTION_ID.equals(submitted.sectionId())) {
			this.agreements.issueIfReady(submitted.organisationId(), submitted.productVersionId());
		}
	}

	/**
	 * In the publishing transaction, so a version is never published without its
	 * signatories being asked.
	 */
	@EventListener
	void on(AgreementTextPublished published) {
		this.agreements.askToAcceptAgain(published.version());
	}

}
