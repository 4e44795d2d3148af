package digital.onboarding.evidence.web;

import java.util.UUID;

import digital.onboarding.evidence.EvidenceDownload;
import digital.onboarding.evidence.EvidenceFiles;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence files for members signed in to the pages, linked from where they were
 * uploaded.
 */
@Controller
class EvidenceDownloadController {

	private final EvidenceFiles files;

	EvidenceDownloadController(EvidenceFiles files) {
		this.files = files;
	}

	@GetMapping("/organisations/{organisationId}/evidence/{evidenceId}")
	ResponseEntity<Resource> download(@PathVariable UUID organisationId, @PathVariable UUID evidenceId) {
		return EvidenceDownload.attachment(this.files.open(organisationId, evidenceId));
	}

}
