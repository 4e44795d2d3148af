package digital.onboarding.access.api;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.access.AccessCredentials;
import digital.onboarding.access.AccessInputException;
import digital.onboarding.access.AllowlistEntry;
import digital.onboarding.access.CertificatePurpose;
import digital.onboarding.access.ClientCertificate;
import digital.onboarding.access.ClientCertificates;
import digital.onboarding.access.Connectivity;
import digital.onboarding.access.Credential;
import digital.onboarding.access.Environment;
import digital.onboarding.access.EnvironmentAccess;
import digital.onboarding.access.EnvironmentAccessManagement;
import digital.onboarding.access.EnvironmentsOverview.ApiEnvironments;
import digital.onboarding.access.EnvironmentsOverview.Standing;
import digital.onboarding.access.GatesNotMetException;
import digital.onboarding.access.ServiceEndpoint;
import digital.onboarding.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products/{productId}/versions/{versionId}")
@Tag(name = "Environments",
		description = "Sandbox, integration and production access for a product version, with its gates, credentials, "
				+ "certificates, allowlist and service endpoints")
@SecurityRequirement(name = "accessToken")
class EnvironmentsApi {

	private final EnvironmentAccessManagement accesses;

	private final AccessCredentials credentials;

	private final ClientCertificates certificates;

	private final Connectivity connectivity;

	EnvironmentsApi(EnvironmentAccessManagement accesses, AccessCredentials credentials,
			ClientCertificates certificates, Connectivity connectivity) {
		this.accesses = accesses;
		this.credentials = credentials;
		this.certificates = certificates;
		this.connectivity = connectivity;
	}

	/** An environment's access and what its gate still needs. */
	record StandingJson(String environment, UUID commissionId, String endUserOrganisationName, AccessJson access,
			List<String> missing) {

		static StandingJson of(Standing standing) {
			return new StandingJson(standing.environment().slug(),
					standing.commission() == null ? null : standing.commission().id(),
					standing.commission() == null ? null : standing.commission().endUserOrganisationName(),
					standing.access() == null ? null : AccessJson.of(standing.access()), standing.missing());
		}

	}

	record ApiEnvironmentsJson(String apiId, String apiName, StandingJson sandbox, StandingJson integration,
			List<StandingJson> production, boolean productionPerEndUserOrganisation, List<String> serviceEndpoints) {

		static ApiEnvironmentsJson of(ApiEnvironments environments) {
			return new ApiEnvironmentsJson(environments.apiId(), environments.apiName(),
					StandingJson.of(environments.sandbox()), StandingJson.of(environments.integration()),
					environments.production().stream().map(StandingJson::of).toList(),
					environments.productionPerEndUserOrganisation(), environments.serviceEndpoints());
		}

	}

	/** An access as the API shows it; {@code reference} is its application id. */
	record AccessJson(UUID id, String reference, String apiId, String environment, UUID commissionId,
			String endUserOrganisationName, String status, Instant requestedAt, Instant recommendedAt,
			Instant decidedAt, String refusalReason, int version) {

		static AccessJson of(EnvironmentAccess access) {
			return new AccessJson(access.id(), access.reference(), access.apiId(), access.environment().slug(),
					access.commissionId(), access.endUserOrganisationName(), access.status().name(),
					access.requestedAt(), access.recommendedAt(), access.decidedAt(), access.refusalReason(),
					access.version());
		}

	}

	record AccessRequest(UUID commissionId) {
	}

	/** A credential; an API key's value is never shown after it is issued. */
	record CredentialJson(UUID id, String kind, String keyHint, String publicKeyPem, String keyDescription,
			String keyThumbprint, String jwksUrl, Instant createdAt, Instant revokedAt) {

		static CredentialJson of(Credential credential) {
			return new CredentialJson(credential.id(), credential.kind().name(), credential.keyHint(),
					credential.publicKeyPem(), credential.keyDescription(), credential.keyThumbprint(),
					credential.jwksUrl(), credential.createdAt(), credential.revokedAt());
		}

	}

	/** A new API key: the only time its value is shown. */
	record IssuedKeyJson(CredentialJson credential, String key) {

		static IssuedKeyJson of(AccessCredentials.IssuedKey issued) {
			return new IssuedKeyJson(CredentialJson.of(issued.credential()), issued.key());
		}

	}

	record PublicKeyRequest(String pem) {
	}

	record JwksUrlRequest(String url) {
	}

	/** The supplier's chain as PEM; at least one of the leaves. */
	record CertificatesRequest(String root, String intermediate, String mtls, String signing) {
	}

	record CertificateJson(UUID id, UUID chainId, String purpose, String subject, String issuer, String serial,
			String sha256, Instant notBefore, Instant notAfter, Instant unusableAt, String unusableReason, String pem) {

		static CertificateJson of(ClientCertificate certificate) {
			return new CertificateJson(certificate.id(), certificate.chainId(), certificate.purpose().name(),
					certificate.subject(), certificate.issuer(), certificate.serial(), certificate.sha256(),
					certificate.notBefore(), certificate.notAfter(), certificate.unusableAt(),
					certificate.unusableReason(), certificate.pem());
		}

	}

	record AllowlistRequest(String address) {
	}

	record AllowlistEntryJson(UUID id, String address, Instant createdAt) {

		static AllowlistEntryJson of(AllowlistEntry entry) {
			return new AllowlistEntryJson(entry.id(), entry.cidr(), entry.createdAt());
		}

	}

	record EndpointJson(String transaction, String url, Instant updatedAt) {

		static EndpointJson of(ServiceEndpoint endpoint) {
			return new EndpointJson(endpoint.transaction(), endpoint.url(), endpoint.updatedAt());
		}

	}

	@GetMapping("/environments")
	@Operation(summary = "The version's environments for each API it uses: access and what each gate still needs")
	List<ApiEnvironmentsJson> environments(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId) {
		return this.accesses.overview(organisationId, productId)
			.apis()
			.stream()
			.filter(api -> api.versionId().equals(versionId))
			.map(ApiEnvironmentsJson::of)
			.toList();
	}

	@PostMapping("/environments/{apiId}/{environment}")
	@Operation(summary = "Ask for access to an environment (owners and admins)",
			description = "Sandbox and integration access are granted at once when their gates are met; production "
					+ "access waits for staff (four eyes). Give commissionId when production access is per end user "
					+ "organisation. Asking again returns the access already asked for.")
	@ApiResponse(responseCode = "201", description = "The access, granted or requested")
	@ApiResponse(responseCode = "409",
			description = "The gate is not met: the problem detail's missing property lists everything still needed")
	ResponseEntity<AccessJson> request(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable String apiId, @PathVariable String environment,
			@RequestBody(required = false) AccessRequest body) {
		var chosen = Environment.ofSlug(environment).orElseThrow(() -> new NotFoundException("Environment"));
		var access = this.accesses.request(organisationId, productId, versionId, apiId, chosen,
				body == null ? null : body.commissionId());
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/products/" + productId + "/versions/"
					+ versionId + "/environment-accesses/" + access.id()))
			.body(AccessJson.of(access));
	}

	@GetMapping("/environment-accesses/{accessId}")
	@Operation(summary = "One environment access")
	AccessJson access(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID accessId) {
		return AccessJson.of(read(organisationId, productId, versionId, accessId));
	}

	@GetMapping("/environment-accesses/{accessId}/credentials")
	@Operation(summary = "The access's credentials, the newest first; API keys show only their first characters")
	List<CredentialJson> credentials(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId) {
		read(organisationId, productId, versionId, accessId);
		return this.credentials.list(organisationId, productId, accessId).stream().map(CredentialJson::of).toList();
	}

	@PostMapping("/environment-accesses/{accessId}/api-keys")
	@Operation(summary = "Issue an API key (owners and admins); the response is the only time the key is shown")
	@ApiResponse(responseCode = "201", description = "The key and its credential")
	ResponseEntity<IssuedKeyJson> issueKey(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId) {
		read(organisationId, productId, versionId, accessId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(IssuedKeyJson.of(this.credentials.issueApiKey(organisationId, productId, accessId)));
	}

	@PostMapping("/environment-accesses/{accessId}/credentials/{credentialId}/rotation")
	@Operation(summary = "Rotate an API key (owners and admins): the old key is revoked and a new one shown once")
	@ApiResponse(responseCode = "201", description = "The new key and its credential")
	ResponseEntity<IssuedKeyJson> rotate(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @PathVariable UUID credentialId) {
		read(organisationId, productId, versionId, accessId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(IssuedKeyJson.of(this.credentials.rotate(organisationId, productId, accessId, credentialId)));
	}

	@PostMapping("/environment-accesses/{accessId}/credentials/{credentialId}/revocation")
	@Operation(summary = "Revoke a credential (owners and admins); revoking it again changes nothing")
	CredentialJson revoke(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable UUID accessId, @PathVariable UUID credentialId) {
		read(organisationId, productId, versionId, accessId);
		return CredentialJson.of(this.credentials.revoke(organisationId, productId, accessId, credentialId));
	}

	@PostMapping("/environment-accesses/{accessId}/public-keys")
	@Operation(summary = "Add a PEM public key for signed-JWT authentication: RSA of at least 2048 bits or EC P-256")
	@ApiResponse(responseCode = "201", description = "The credential")
	@ApiResponse(responseCode = "400", description = "The key is refused; errors.publicKey says why")
	ResponseEntity<CredentialJson> addPublicKey(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @RequestBody PublicKeyRequest body) {
		read(organisationId, productId, versionId, accessId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(CredentialJson.of(this.credentials.addPublicKey(organisationId, productId, accessId, body.pem())));
	}

	@PostMapping("/environment-accesses/{accessId}/jwks-urls")
	@Operation(summary = "Add the HTTPS address of a JWKS holding the keys the supplier signs JWTs with")
	@ApiResponse(responseCode = "201", description = "The credential")
	ResponseEntity<CredentialJson> addJwksUrl(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @RequestBody JwksUrlRequest body) {
		read(organisationId, productId, versionId, accessId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(CredentialJson.of(this.credentials.addJwksUrl(organisationId, productId, accessId, body.url())));
	}

	@GetMapping("/environment-accesses/{accessId}/certificates")
	@Operation(summary = "The access's certificates, the newest chain first")
	List<CertificateJson> certificates(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId) {
		read(organisationId, productId, versionId, accessId);
		return this.certificates.list(organisationId, productId, accessId).stream().map(CertificateJson::of).toList();
	}

	@PostMapping("/environment-accesses/{accessId}/certificates")
	@Operation(summary = "Give the supplier's root, intermediate and leaf certificates as PEM (owners and admins)",
			description = "The chain, dates, basic constraints and key usages are checked; nothing is stored if any "
					+ "certificate is refused.")
	@ApiResponse(responseCode = "201", description = "The certificates as recorded")
	@ApiResponse(responseCode = "400", description = "Refused; errors names each certificate's problem")
	ResponseEntity<List<CertificateJson>> addCertificates(@PathVariable UUID organisationId,
			@PathVariable UUID productId, @PathVariable UUID versionId, @PathVariable UUID accessId,
			@RequestBody CertificatesRequest body) {
		read(organisationId, productId, versionId, accessId);
		var pems = new EnumMap<CertificatePurpose, String>(CertificatePurpose.class);
		pems.put(CertificatePurpose.ROOT, body.root());
		pems.put(CertificatePurpose.INTERMEDIATE, body.intermediate());
		pems.put(CertificatePurpose.MTLS, body.mtls());
		pems.put(CertificatePurpose.SIGNING, body.signing());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.certificates.upload(organisationId, productId, accessId, pems)
				.stream()
				.map(CertificateJson::of)
				.toList());
	}

	@GetMapping("/environment-accesses/{accessId}/allowlist")
	@Operation(summary = "The addresses the environment lets in for the access")
	List<AllowlistEntryJson> allowlist(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId) {
		read(organisationId, productId, versionId, accessId);
		return this.connectivity.allowlist(organisationId, productId, accessId)
			.stream()
			.map(AllowlistEntryJson::of)
			.toList();
	}

	@PostMapping("/environment-accesses/{accessId}/allowlist")
	@Operation(summary = "Add a public static IPv4/IPv6 address or CIDR range (owners and admins)",
			description = "Private, loopback, link-local, unspecified, multicast and reserved addresses are refused, "
					+ "and ranges broader than /24 (IPv4) or /48 (IPv6).")
	@ApiResponse(responseCode = "201", description = "The entry")
	@ApiResponse(responseCode = "400", description = "Refused; errors.address says why")
	ResponseEntity<AllowlistEntryJson> allow(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @RequestBody AllowlistRequest body) {
		read(organisationId, productId, versionId, accessId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AllowlistEntryJson.of(this.connectivity.allow(organisationId, productId, accessId, body.address())));
	}

	@DeleteMapping("/environment-accesses/{accessId}/allowlist/{entryId}")
	@Operation(summary = "Remove an allowlist entry (owners and admins)")
	ResponseEntity<Void> disallow(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @PathVariable UUID entryId) {
		read(organisationId, productId, versionId, accessId);
		this.connectivity.disallow(organisationId, productId, accessId, entryId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/environment-accesses/{accessId}/endpoints")
	@Operation(summary = "A responding gateway's service endpoints")
	List<EndpointJson> endpoints(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId) {
		read(organisationId, productId, versionId, accessId);
		return this.connectivity.endpoints(organisationId, productId, accessId).stream().map(EndpointJson::of).toList();
	}

	@PutMapping("/environment-accesses/{accessId}/endpoints")
	@Operation(summary = "Set a responding gateway's HTTPS service endpoints by transaction, such as "
			+ "{\"ITI-38\": \"https://…\"} (owners and admins)")
	@ApiResponse(responseCode = "400", description = "Refused; errors names each address's problem")
	List<EndpointJson> saveEndpoints(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID versionId, @PathVariable UUID accessId, @RequestBody Map<String, String> body) {
		read(organisationId, productId, versionId, accessId);
		return this.connectivity.saveEndpoints(organisationId, productId, accessId, new LinkedHashMap<>(body))
			.stream()
			.map(EndpointJson::of)
			.toList();
	}

	/** Lists everything the gate still needs, so a client can show it all at once. */
	@ExceptionHandler
	ProblemDetail gatesNotMet(GatesNotMetException ex) {
		var problem = problem(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Gate not met");
		problem.setProperty("missing", ex.missing());
		return problem;
	}

	/** Names each field's problem, so a client can show it beside the field. */
	@ExceptionHandler
	ProblemDetail refused(AccessInputException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	private EnvironmentAccess read(UUID organisationId, UUID productId, UUID versionId, UUID accessId) {
		var access = this.accesses.get(organisationId, productId, accessId);
		if (!access.productVersionId().equals(versionId)) {
			throw new NotFoundException("Environment access");
		}
		return access;
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
