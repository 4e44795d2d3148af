package digital.onboarding.assurance.api;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.assurance.AnswersExport;
import digital.onboarding.assurance.ScalWorkbookDownload;
import digital.onboarding.assurance.ExportedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products/{productId}/versions/{versionId}")
@Tag(name = "Exports", description = "A product version's answers, as JSON or as a SCAL workbook")
@SecurityRequirement(name = "accessToken")
class ExportApi {

	private final AnswersExport exports;

	ExportApi(AnswersExport exports) {
		this.exports = exports;
	}

	@GetMapping("/export")
	@Operation(summary = "The product, its version and organisation, and for each API the stages and sections "
			+ "with their status and answers by question id (any member, viewers included)")
	ExportedVersion export(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId) {
		return this.exports.export(organisationId, productId, versionId);
	}

	@GetMapping("/export.xlsx")
	@Operation(
			summary = "The answers as a SCAL workbook: guidance and process, supplier and product, "
					+ "architecture, then one tab per API (any member, viewers included)",
			responses = @ApiResponse(responseCode = "200", description = "The workbook",
					content = @Content(mediaType = AnswersExport.XLSX,
							schema = @Schema(type = "string", format = "binary"))))
	void workbook(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			HttpServletResponse response) throws IOException {
		ScalWorkbookDownload.send(this.exports, organisationId, productId, versionId, response);
	}

}
