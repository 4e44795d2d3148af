package digital.onboarding.assurance.api;

import java.util.Map;
import java.util.UUID;

import digital.onboarding.assurance.AssuranceManagement;
import digital.onboarding.assurance.Comment;
import digital.onboarding.assurance.SectionView;
import digital.onboarding.assurance.TaskList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products/{productId}/versions/{versionId}/applications")
@Tag(name = "Applications",
		description = "Answering, submitting and withdrawing the sections of a product version's applications, "
				+ "replying to reviewers and starting again after a rejection")
@SecurityRequirement(name = "accessToken")
class ApplicationsApi {

	private final AssuranceManagement assurance;

	ApplicationsApi(AssuranceManagement assurance) {
		this.assurance = assurance;
	}

	/** Answers keyed by question id, and the version of the section they were read at. */
	record SectionAnswers(Map<String, Object> answers, int version) {
	}

	/** The version of the answers being submitted, as last read or saved. */
	record Submission(int version) {
	}

	record Submitted(int revision) {
	}

	@GetMapping
	@Operation(summary = "The task list: shared sections, then each API's sections by stage, with statuses, "
			+ "progress and open findings")
	TaskList taskList(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId) {
		return this.assurance.taskList(organisationId, productId, versionId);
	}

	@GetMapping("/{apiId}/sections/{sectionId}")
	@Operation(summary = "One section: its questions as shown, answers, status and what stops submission")
	SectionView section(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId) {
		return this.assurance.section(organisationId, productId, versionId, apiId, sectionId);
	}

	@PutMapping("/{apiId}/sections/{sectionId}")
	@Operation(summary = "Save answers (owners and admins); 422 lists invalid answers, 409 if the section "
			+ "changed since the version given or cannot be changed")
	SectionView save(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, @RequestBody SectionAnswers answers) {
		return this.assurance.save(organisationId, productId, versionId, apiId, sectionId, answers.version(),
				answers.answers() == null ? Map.of() : answers.answers());
	}

	@PostMapping("/{apiId}/sections/{sectionId}/submission")
	@Operation(summary = "Submit a complete section for review; repeating the same submission returns the same "
			+ "revision")
	Submitted submit(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, @RequestBody Submission submission) {
		return new Submitted(
				this.assurance.submit(organisationId, productId, versionId, apiId, sectionId, submission.version()));
	}

	@DeleteMapping("/{apiId}/sections/{sectionId}/submission")
	@Operation(summary = "Withdraw a submitted section before a reviewer picks it up")
	ResponseEntity<Void> withdraw(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable String apiId, @PathVariable String sectionId) {
		this.assurance.withdraw(organisationId, productId, versionId, apiId, sectionId);
		return ResponseEntity.noContent().build();
	}

	/** A reply to a reviewer's comment. */
	record Reply(String body) {
	}

	@PostMapping("/{apiId}/sections/{sectionId}/comments/{threadId}/replies")
	@Operation(summary = "Reply to a reviewer's comment on a section (owners and admins); 400 if the reply is "
			+ "empty, longer than 2000 characters or the thread is not on the section")
	ResponseEntity<Comment> reply(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable String apiId, @PathVariable String sectionId,
			@PathVariable UUID threadId, @RequestBody Reply reply) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.assurance.reply(organisationId, productId, versionId, apiId, sectionId, threadId, reply.body()));
	}

	@PostMapping("/{apiId}/restart")
	@Operation(summary = "Start a new application for an API after a rejection; the rejected sections return "
			+ "with their answers. 409 if the application was not rejected")
	ResponseEntity<Void> startAgain(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable String apiId) {
		this.assurance.startAgain(organisationId, productId, versionId, apiId);
		return ResponseEntity.noContent().build();
	}

}
