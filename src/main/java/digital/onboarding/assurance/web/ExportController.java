package digital.onboarding.assurance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.assurance.AnswersExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	/**
	 * The export is read before anything is written, so a refusal is still answered with
	 * an error page rather than a broken file; the workbook then streams to the browser.
	 */
	@GetMapping("/organisations/{organisationId}/products/{productId}/versions/{versionId}/export.xlsx")
	void workbook(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			HttpServletResponse response) throws IOException {
		var export = this.exports.export(organisationId, productId, versionId);
		response.setContentType(AnswersExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(this.exports.workbookFilename(organisationId, productId, versionId))
					.build()
					.toString());
		this.exports.writeScalWorkbook(export, response.getOutputStream());
	}

}
