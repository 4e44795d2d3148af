package digital.onboarding.evidence.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.evidence.Evidence;
import digital.onboarding.evidence.EvidenceDownload;
import digital.onboarding.evidence.EvidenceFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/evidence")
@Tag(name = "Evidence", description = "Files an organisation gives as evidence: PDF, images, office documents or ZIP")
@SecurityRequirement(name = "accessToken")
class EvidenceApi {

	private final EvidenceFiles files;

	EvidenceApi(EvidenceFiles files) {
		this.files = files;
	}

	/**
	 * Reads the request as it arrives and streams the file straight into the evidence
	 * store, once the token is known to be allowed to upload.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Upload a file (owners and admins): 413 if too large, 415 if not an accepted kind, "
					+ "422 if an unsafe ZIP or a virus",
			description = "The file goes in the part named `file`. Form fields before it are ignored; nothing "
					+ "after it is read.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schemaProperties = @SchemaProperty(name = StreamedFilePart.NAME,
									schema = @Schema(type = "string", format = "binary",
											requiredMode = RequiredMode.REQUIRED)))))
	ResponseEntity<Evidence> upload(@PathVariable UUID organisationId,
			@Parameter(
					description = "The day it stops counting, for a penetration test or a safety case") @RequestParam(
							required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate expiresOn,
			HttpServletRequest request) {
		var evidence = this.files.receive(organisationId, new StreamedFilePart(request, this.files), expiresOn);
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/evidence/" + evidence.id()))
			.body(evidence);
	}

	@GetMapping
	@Operation(summary = "The organisation's files, newest first")
	List<Evidence> list(@PathVariable UUID organisationId) {
		return this.files.list(organisationId);
	}

	/**
	 * @param expiresOn the day it stops counting; {@code null} if it does not expire
	 * @param version the file's version as read
	 */
	record ExpiryChange(LocalDate expiresOn, Integer version) {
	}

	@PutMapping("/{evidenceId}/expiry")
	@Operation(summary = "Set or clear the day a file stops counting (owners and admins); 409 if it changed meanwhile")
	Evidence changeExpiry(@PathVariable UUID organisationId, @PathVariable UUID evidenceId,
			@org.springframework.web.bind.annotation.RequestBody ExpiryChange change) {
		return this.files.changeExpiry(organisationId, evidenceId, change.version() == null ? -1 : change.version(),
				change.expiresOn());
	}

	@GetMapping("/{evidenceId}")
	@Operation(summary = "A file's record: name, media type, size, SHA-256, who uploaded it and when, scan result")
	Evidence describe(@PathVariable UUID organisationId, @PathVariable UUID evidenceId) {
		return this.files.describe(organisationId, evidenceId);
	}

	@GetMapping("/{evidenceId}/content")
	@Operation(summary = "Download a file, as an attachment")
	ResponseEntity<Resource> content(@PathVariable UUID organisationId, @PathVariable UUID evidenceId) {
		return EvidenceDownload.attachment(this.files.open(organisationId, evidenceId));
	}

}
