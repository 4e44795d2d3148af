package digital.onboarding.assurance.api;

import java.util.UUID;

import digital.onboarding.assurance.ProgrammeMove;
import digital.onboarding.assurance.ProgrammeMoves;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products/{productId}/versions/{versionId}/applications/{apiId}/programme-move")
@Tag(name = "Applications")
@SecurityRequirement(name = "accessToken")
class ProgrammeMovesApi {

	private final ProgrammeMoves moves;

	ProgrammeMovesApi(ProgrammeMoves moves) {
		this.moves = moves;
	}

	/** The versions seen when the changes were checked. */
	record Move(String fromVersion, String toVersion) {
	}

	record Moved(boolean movedNow, String programmeVersion) {
	}

	@GetMapping
	@Operation(summary = "What moving the application to the newest version of its programme would change: new, "
			+ "changed and removed questions by section, the approved sections to answer again, and anything that "
			+ "blocks the move")
	ProgrammeMove changes(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId) {
		return this.moves.preview(organisationId, productId, versionId, apiId);
	}

	@PostMapping
	@Operation(summary = "Move the application to the newest version (owners and admins), keeping answers to "
			+ "unchanged questions; repeating the move changes nothing. 409 if it is blocked or either version "
			+ "differs from the ones given")
	Moved move(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @RequestBody Move move) {
		var now = this.moves.move(organisationId, productId, versionId, apiId, move.fromVersion(), move.toVersion());
		return new Moved(now, move.toVersion());
	}

}
