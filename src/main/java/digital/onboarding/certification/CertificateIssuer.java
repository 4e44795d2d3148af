package digital.onboarding.certification;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.review.Decision;
import digital.onboarding.review.RevisionDecided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a certificate when an approval completes an API's technical stage. It runs after
 * the decision is committed, in its own transaction, and the event publication registry
 * retries it if it fails; issuing is idempotent, so a retry never issues twice.
 */
@Component
class CertificateIssuer {

	private final CertificateManagement certificates;

	private final Catalogue catalogue;

	CertificateIssuer(CertificateManagement certificates, Catalogue catalogue) {
		this.certificates = certificates;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(RevisionDecided decided) {
		if (decided.decision() != Decision.APPROVE) {
			return;
		}
		for (var apiId : decided.apiIds()) {
			var inTechnicalStage = this.catalogue.programme(apiId)
				.flatMap(programme -> programme.stageOf(decided.sectionId()))
				.filter(stage -> stage.id().equals(CertificateManagement.TECHNICAL_STAGE))
				.isPresent();
			if (inTechnicalStage) {
				this.certificates.issueIfTechnicalStageApproved(decided.productId(), decided.productVersionId(), apiId);
			}
		}
	}

}
