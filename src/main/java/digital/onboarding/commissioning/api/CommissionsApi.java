package digital.onboarding.commissioning.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.commissioning.Commission;
import digital.onboarding.commissioning.CommissionHistory;
import digital.onboarding.commissioning.CommissionRefusedException;
import digital.onboarding.commissioning.Commissionable;
import digital.onboarding.commissioning.Commissioning;
import digital.onboarding.commissioning.TestOutcome;
import digital.onboarding.commissioning.TestRun;
import digital.onboarding.product.ProductManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commissions through the JSON API, with the same checks as the pages: each change names
 * the commission's version it was made from, and a refused value is a problem detail
 * naming its field.
 */
@RestController
@Tag(name = "Commissions",
		description = "End user organisations commission suppliers' certified product versions; both sides take "
				+ "them through INT testing to go live")
@SecurityRequirement(name = "accessToken")
class CommissionsApi {

	private static final String BASE = "/api/v1/organisations/{organisationId}/commissions";

	private final Commissioning commissioning;

	private final ProductManagement products;

	CommissionsApi(Commissioning commissioning, ProductManagement products) {
		this.commissioning = commissioning;
		this.products = products;
	}

	/** What an end user organisation sends to commission a product version. */
	record NewCommission(UUID productVersionId, String apiId, String hcid, LocalDate endsOn) {
	}

	/** A change made from the version of the commission read. */
	record Change(Integer version) {
	}

	/** A change that may need a reason. */
	record Reasoned(Integer version, String reason) {
	}

	/** A go or no-go decision; no-go needs a reason. */
	record Decision(Integer version, Boolean go, String reason) {
	}

	/**
	 * A test run.
	 *
	 * @param evidenceId one of the recording organisation's files, uploaded through the
	 * evidence API first; optional
	 */
	record NewRun(Integer version, LocalDate startedOn, LocalDate endedOn, TestOutcome outcome, UUID evidenceId,
			String notes) {
	}

	/** A commission with its history, as the API shows it. */
	record CommissionDetail(Commission commission, Instant answeredAt, String declineReason, Instant intSignedOffAt,
			Instant decidedAt, String noGoReason, Instant endedAt, String endReason, List<TestRun> runs,
			List<CommissionHistory.Milestone> timeline) {

		static CommissionDetail of(CommissionHistory history) {
			return new CommissionDetail(history.commission(), history.answeredAt(), history.declineReason(),
					history.intSignedOffAt(), history.decidedAt(), history.noGoReason(), history.endedAt(),
					history.endReason(), history.runs(), history.timeline());
		}

	}

	@GetMapping("/api/v1/organisations/{organisationId}/commissionable")
	@Operation(summary = "The product versions holding a valid certificate, which an end user organisation may "
			+ "commission, with whether the API needs its HCID")
	List<Commissionable> commissionable(@PathVariable UUID organisationId) {
		return this.commissioning.commissionable(organisationId);
	}

	@GetMapping(BASE)
	@Operation(summary = "The organisation's commissions, oldest first: those it made (an end user organisation) "
			+ "or those of its products (a supplier)")
	List<Commission> list(@PathVariable UUID organisationId) {
		return this.commissioning.ofOrganisation(organisationId);
	}

	@PostMapping(BASE)
	@Operation(summary = "Commission a certified product version (owners and admins of an end user organisation)",
			description = "The HCID is needed where the API says so: urn:oid: and a valid OID, at most 64 characters. "
					+ "Sending the same commission again returns the first; 409 if another is open for the version "
					+ "and API.")
	ResponseEntity<Commission> commission(@PathVariable UUID organisationId, @RequestBody NewCommission body) {
		if (body.productVersionId() == null || body.apiId() == null) {
			throw new CommissionRefusedException("productVersionId", "Give the product version and the API");
		}
		var commission = this.commissioning.commission(organisationId, body.productVersionId(), body.apiId(),
				body.hcid(), body.endsOn());
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/commissions/" + commission.id()))
			.body(commission);
	}

	@GetMapping(BASE + "/{commissionId}")
	@Operation(summary = "One commission with its test runs and timeline, for either side")
	CommissionDetail get(@PathVariable UUID organisationId, @PathVariable UUID commissionId) {
		return CommissionDetail.of(this.commissioning.get(organisationId, commissionId));
	}

	@GetMapping("/api/v1/organisations/{organisationId}/products/{productId}/commissions")
	@Operation(summary = "Which end user organisations commissioned which versions of the supplier's product")
	List<Commission> ofProduct(@PathVariable UUID organisationId, @PathVariable UUID productId) {
		// As the page does: another organisation's product is not found, rather than an
		// empty
		// list.
		this.products.get(organisationId, productId);
		return this.commissioning.ofProduct(organisationId, productId);
	}

	@PostMapping(BASE + "/{commissionId}/acceptance")
	@Operation(summary = "Accept the commission (the supplier's owners and admins); 409 if it changed meanwhile")
	Commission accept(@PathVariable UUID organisationId, @PathVariable UUID commissionId, @RequestBody Change body) {
		return this.commissioning.accept(organisationId, commissionId, version(body.version()));
	}

	@PostMapping(BASE + "/{commissionId}/declination")
	@Operation(summary = "Decline the commission with a reason (the supplier's owners and admins)")
	Commission decline(@PathVariable UUID organisationId, @PathVariable UUID commissionId, @RequestBody Reasoned body) {
		return this.commissioning.decline(organisationId, commissionId, version(body.version()), body.reason());
	}

	@PostMapping(BASE + "/{commissionId}/runs")
	@Operation(summary = "Record an INT test run while the commission is accepted (either side's owners and admins)")
	ResponseEntity<TestRun> recordRun(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestBody NewRun body) {
		var run = this.commissioning.recordRun(organisationId, commissionId, version(body.version()), body.startedOn(),
				body.endedOn(), body.outcome(), body.evidenceId(), body.notes());
		return ResponseEntity.status(HttpStatus.CREATED).body(run);
	}

	@PostMapping(BASE + "/{commissionId}/int-sign-off")
	@Operation(summary = "Sign INT testing off (the end user organisation's owners and admins); 409 until a run "
			+ "passed")
	Commission signOff(@PathVariable UUID organisationId, @PathVariable UUID commissionId, @RequestBody Change body) {
		return this.commissioning.signOffInt(organisationId, commissionId, version(body.version()));
	}

	@PostMapping(BASE + "/{commissionId}/decision")
	@Operation(summary = "Decide go or no-go after INT sign-off (the end user organisation's owners and admins); "
			+ "no-go needs a reason")
	Commission decide(@PathVariable UUID organisationId, @PathVariable UUID commissionId, @RequestBody Decision body) {
		if (body.go() == null) {
			throw new CommissionRefusedException("go", "Say whether you decide go (true) or no-go (false)");
		}
		return this.commissioning.decide(organisationId, commissionId, version(body.version()), body.go(),
				body.reason());
	}

	@PostMapping(BASE + "/{commissionId}/end")
	@Operation(summary = "End the commission with a reason (the end user organisation's owners and admins)")
	Commission end(@PathVariable UUID organisationId, @PathVariable UUID commissionId, @RequestBody Reasoned body) {
		return this.commissioning.end(organisationId, commissionId, version(body.version()), body.reason());
	}

	/** Names the refused field, so a client can show the message beside it. */
	@ExceptionHandler
	ProblemDetail refused(CommissionRefusedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", Map.of(ex.field(), ex.getMessage()));
		return problem;
	}

	private static int version(Integer version) {
		if (version == null) {
			throw new CommissionRefusedException("version", "Give the version of the commission you read");
		}
		return version;
	}

}
