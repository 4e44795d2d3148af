package digital.onboarding.assurance;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Hands a product version's SCAL workbook to a browser or a program as an attachment.
 */
public final class ScalWorkbookDownload {

	private ScalWorkbookDownload() {
	}

	/**
	 * The export is read before anything is written, so a refusal is still answered as an
	 * error (a page or a problem detail) rather than a broken file; the workbook then
	 * streams out.
	 */
	public static void send(AnswersExport exports, UUID organisationId, UUID productId, UUID versionId,
			HttpServletResponse response) throws IOException {
		var export = exports.export(organisationId, productId, versionId);
		response.setContentType(AnswersExport.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(exports.workbookFilename(organisationId, productId, versionId))
					.build()
					.toString());
		exports.writeScalWorkbook(export, response.getOutputStream());
	}

}
