package digital.onboarding.assurance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.assurance.AnswersExport;
import digital.onboarding.assurance.ScalWorkbookDownload;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads a product version's answers as a SCAL workbook, linked from its task list.
 */
@Controller
class ExportController {

	private final AnswersExport exports;

	ExportController(AnswersExport exports) {
		this.exports = exports;
	}

	@GetMapping("/organisations/{organisationId}/products/{productId}/versions/{versionId}/export.xlsx")
	void workbook(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			HttpServletResponse response) throws IOException {
		ScalWorkbookDownload.send(this.exports, organisationId, productId, versionId, response);
	}

}
