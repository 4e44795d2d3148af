package digital.onboarding.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.access.EnvironmentsOverview.ApiEnvironments;
import digital.onboarding.access.EnvironmentsOverview.Standing;
import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.assurance.ApplicationProgress;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.Membership;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.organisation.OrganisationRecipients;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.Product;
import digital.onboarding.product.ProductManagement;
import digital.onboarding.product.ProductVersion;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access to the APIs' environments: what each environment's gate needs, asking for
 * access, and staff deciding production access with four eyes. Sandbox and integration
 * access are granted as soon as they are asked for with their gates met; production
 * access is recommended and then granted by a different member of staff, and for a
 * commissioned API takes the commission live in the same transaction.
 */
@Service
public class EnvironmentAccessManagement {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final EnvironmentAccesses accesses;

	private final OrganisationAccess organisationAccess;

	private final ProductManagement products;

	private final OrganisationManagement organisations;

	private final Catalogue catalogue;

	private final ApplicationProgress progress;

	private final CertificateManagement certificates;

	private final AgreementManagement agreements;

	private final CommissionRecords commissions;

	private final StaffRoles staff;

	private final AuditTrail audit;

	private final Notifications notifications;

	private final OrganisationRecipients recipients;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	EnvironmentAccessManagement(EnvironmentAccesses accesses, OrganisationAccess organisationAccess,
			ProductManagement products, OrganisationManagement organisations, Catalogue catalogue,
			ApplicationProgress progress, CertificateManagement certificates, AgreementManagement agreements,
			CommissionRecords commissions, StaffRoles staff, AuditTrail audit, Notifications notifications,
			OrganisationRecipients recipients, Clock clock) {
		this.accesses = accesses;
		this.organisationAccess = organisationAccess;
		this.products = products;
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.progress = progress;
		this.certificates = certificates;
		this.agreements = agreements;
		this.commissions = commissions;
		this.staff = staff;
		this.audit = audit;
		this.notifications = notifications;
		this.recipients = recipients;
		this.clock = clock;
	}

	/** Every version's environments for each API it uses, for any member. */
	@Transactional(readOnly = true)
	public EnvironmentsOverview overview(UUID organisationId, UUID productId) {
		this.organisationAccess.require(organisationId, Need.READ);
		var product = this.products.get(organisationId, productId);
		var all = this.accesses.ofProduct(organisationId, productId);
		var apis = new ArrayList<ApiEnvironments>();
		for (var version : product.versions()) {
			for (var apiId : version.apiIds()) {
				var api = this.catalogue.find(apiId);
				if (api.isPresent()) {
					apis.add(environments(product, version, api.get(), all));
				}
			}
		}
		return new EnvironmentsOverview(organisationId, productId, apis);
	}

	/** One version's environments of one API, for any member. */
	@Transactional(readOnly = true)
	public ApiEnvironments environments(UUID organisationId, UUID productId, UUID versionId, String apiId) {
		this.organisationAccess.require(organisationId, Need.READ);
		var product = this.products.get(organisationId, productId);
		var version = product.versionById(versionId);
		if (!version.apiIds().contains(apiId)) {
			throw new NotFoundException("API " + apiId + " for this version");
		}
		return environments(product, version, this.catalogue.get(apiId),
				this.accesses.ofProduct(organisationId, productId));
	}

	/**
	 * Asks for access to an environment, for an owner or admin. Sandbox and integration
	 * access are granted at once; production access waits for staff. Asking again for an
	 * access already asked for returns it unchanged.
	 * @param commissionId the commission production access is for, when production access
	 * is per end user organisation; ignored otherwise
	 * @throws GatesNotMetException listing everything the gate still needs
	 */
	@Transactional
	public EnvironmentAccess request(UUID organisationId, UUID productId, UUID versionId, String apiId,
			Environment environment, UUID commissionId) {
		var membership = this.organisationAccess.require(organisationId, Need.CHANGE);
		var product = this.products.get(organisationId, productId);
		var version = product.versionById(versionId);
		if (!version.apiIds().contains(apiId)) {
			throw new NotFoundException("API " + apiId + " for this version");
		}
		var api = this.catalogue.get(apiId);
		var perOrganisation = environment == Environment.PRODUCTION
				&& api.environments().productionPerEndUserOrganisation();
		CommissionFacts commission = null;
		if (perOrganisation) {
			if (commissionId == null) {
				throw new GatesNotMetException(environment, List
					.of("the end user organisation production access is for: choose one that commissioned this version"));
			}
			commission = this.commissions.find(commissionId)
				.filter(found -> found.supplierOrganisationId().equals(organisationId)
						&& found.productVersionId().equals(versionId) && found.apiId().equals(apiId))
				.orElseThrow(() -> new NotFoundException("Commission"));
		}
		var existing = this.accesses.current(versionId, apiId, environment, perOrganisation ? commissionId : null);
		if (existing.isPresent()) {
			return existing.get();
		}
		var missing = missing(product, version, api, environment, commission);
		if (!missing.isEmpty()) {
			throw new GatesNotMetException(environment, missing);
		}
		var now = this.clock.instant();
		var automatic = environment != Environment.PRODUCTION;
		var access = new EnvironmentAccess(UUID.randomUUID(), null, organisationId, productId, versionId, apiId,
				environment, commission == null ? null : commission.id(),
				commission == null ? null : commission.endUserOrganisationName(),
				automatic ? AccessStatus.GRANTED : AccessStatus.REQUESTED, now, membership.accountId(), null, null,
				automatic ? now : null, null, null, 0);
		var stored = store(access, api);
		if (!stored.id().equals(access.id())) {
			// Someone asked for the same access at the same moment and theirs was stored.
			return stored;
		}
		this.audit.record(AuditEntry
			.of(automatic ? "environment-access.granted" : "environment-access.requested", "environment-access",
					stored.id())
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary(describe(stored, product, version) + (automatic ? " granted: its gate is met" : " requested")));
		if (!automatic) {
			tellStaff(stored, product, version, api);
		}
		return stored;
	}

	/**
	 * One access of a product, for any member.
	 * @throws NotFoundException if the caller is not a member or it is not the product's
	 */
	@Transactional(readOnly = true)
	public EnvironmentAccess get(UUID organisationId, UUID productId, UUID accessId) {
		return read(organisationId, productId, accessId, Need.READ).access();
	}

	/**
	 * The production accesses of the person's APIs waiting for a decision, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<ProductionRequest> productionRequests(UUID staffId) {
		var apiIds = this.staff.apisWhere(staffId, Set.of(StaffRole.REVIEWER, StaffRole.APPROVER));
		if (apiIds.isEmpty()) {
			return List.of();
		}
		return this.accesses.openProduction(List.copyOf(apiIds)).stream().map(this::productionRequest).toList();
	}

	/**
	 * A production access for a member of staff of its API.
	 * @throws NotFoundException if it is not a production access of one of their APIs
	 */
	@Transactional(readOnly = true)
	public ProductionRequest productionRequest(UUID staffId, UUID accessId) {
		var access = staffAccess(staffId, accessId);
		return productionRequest(access);
	}

	/** Why the person may not recommend, grant or refuse it; empty if they may. */
	@Transactional(readOnly = true)
	public StaffChoices choices(UUID staffId, EnvironmentAccess access) {
		var actor = actor(staffId, access.apiId());
		return new StaffChoices(ProductionApprovalPolicy.refusalToRecommend(access, actor).orElse(null),
				ProductionApprovalPolicy.refusalToGrant(access, actor).orElse(null),
				ProductionApprovalPolicy.refusalToRefuse(access, actor).orElse(null));
	}

	/**
	 * A reviewer or approver of the API recommends granting production access.
	 * @param expectedVersion the access's version the person read
	 * @throws ConflictException if they may not, or it changed meanwhile
	 */
	@Transactional
	public EnvironmentAccess recommend(UUID staffId, UUID accessId, int expectedVersion) {
		var access = staffAccess(staffId, accessId);
		ProductionApprovalPolicy.refusalToRecommend(access, actor(staffId, access.apiId())).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		if (!this.accesses.recommend(accessId, expectedVersion, staffId, this.clock.instant())) {
			throw changedMeanwhile();
		}
		var product = this.products.getForService(access.productId());
		this.audit.record(AuditEntry.of("environment-access.recommended", "environment-access", accessId)
			.by(staffId)
			.inOrganisation(access.organisationId())
			.summary(describe(access, product, product.versionById(access.productVersionId()))
					+ " recommended for granting"));
		return this.accesses.find(accessId).orElseThrow();
	}

	/**
	 * An approver who did not recommend it grants production access, once its gate is
	 * still met; for a commissioned API the commission goes live in the same transaction.
	 * The supplier is told.
	 * @throws ConflictException if they may not, it changed meanwhile, or the commission
	 * cannot go live
	 * @throws GatesNotMetException if the gate is no longer met
	 */
	@Transactional
	public EnvironmentAccess grant(UUID staffId, UUID accessId, int expectedVersion) {
		var access = staffAccess(staffId, accessId);
		ProductionApprovalPolicy.refusalToGrant(access, actor(staffId, access.apiId())).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		var product = this.products.getForService(access.productId());
		var version = product.versionById(access.productVersionId());
		var api = this.catalogue.get(access.apiId());
		var commission = access.commissionId() == null ? null
				: this.commissions.find(access.commissionId()).orElseThrow(() -> new NotFoundException("Commission"));
		var missing = missing(product, version, api, Environment.PRODUCTION, commission);
		if (!missing.isEmpty()) {
			throw new GatesNotMetException(Environment.PRODUCTION, missing);
		}
		if (!this.accesses.decide(accessId, expectedVersion, AccessStatus.GRANTED, staffId, this.clock.instant(),
				null)) {
			throw changedMeanwhile();
		}
		if (commission != null) {
			this.commissions.goLive(commission.id(), staffId);
		}
		this.audit.record(AuditEntry.of("environment-access.granted", "environment-access", accessId)
			.by(staffId)
			.inOrganisation(access.organisationId())
			.summary(describe(access, product, version) + " granted (four eyes: recommended by another person)"));
		var granted = this.accesses.find(accessId).orElseThrow();
		tellSupplier(granted, "Production access granted: " + granted.reference(),
				"We granted production access " + granted.reference() + " to " + product.name() + " " + version.number()
						+ " for " + api.name() + forWhom(granted)
						+ ". Manage its credentials, certificates and allowlist on the product's environments page.");
		return granted;
	}

	/**
	 * A reviewer or approver of the API refuses production access, with a reason the
	 * supplier is told.
	 * @throws IllegalArgumentException if the reason is missing or too long
	 * @throws ConflictException if they may not, or it changed meanwhile
	 */
	@Transactional
	public EnvironmentAccess refuse(UUID staffId, UUID accessId, int expectedVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new AccessInputException("reason", "Enter the reason for refusing; the supplier will see it");
		}
		if (reason.strip().length() > 2000) {
			throw new AccessInputException("reason", "The reason must be 2000 characters or fewer");
		}
		var access = staffAccess(staffId, accessId);
		ProductionApprovalPolicy.refusalToRefuse(access, actor(staffId, access.apiId())).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		if (!this.accesses.decide(accessId, expectedVersion, AccessStatus.REFUSED, staffId, this.clock.instant(),
				reason.strip())) {
			throw changedMeanwhile();
		}
		var product = this.products.getForService(access.productId());
		var version = product.versionById(access.productVersionId());
		this.audit.record(AuditEntry.of("environment-access.refused", "environment-access", accessId)
			.by(staffId)
			.inOrganisation(access.organisationId())
			.summary(describe(access, product, version) + " refused: " + reason.strip()));
		var refused = this.accesses.find(accessId).orElseThrow();
		tellSupplier(refused, "Production access refused: " + refused.reference(),
				"We refused production access " + refused.reference() + " for " + product.name() + " "
						+ version.number() + forWhom(refused) + ". The reason: " + reason.strip()
						+ " You may ask again once this is resolved.");
		return refused;
	}

	/** What a member of staff sees of a production access. */
	public record ProductionRequest(EnvironmentAccess access, String organisationName, String productName,
			String versionNumber, String apiName, List<String> missing) {
	}

	/**
	 * Why a member of staff may not take each decision; {@code null} where they may.
	 */
	public record StaffChoices(String recommendRefusal, String grantRefusal, String refuseRefusal) {
	}

	/** An access read through its organisation, with the caller's membership. */
	record Read(Membership membership, EnvironmentAccess access) {
	}

	/**
	 * @throws NotFoundException if the caller is not a member or the access is not the
	 * product's
	 */
	Read read(UUID organisationId, UUID productId, UUID accessId, Need need) {
		var membership = this.organisationAccess.require(organisationId, need);
		var access = this.accesses.find(accessId)
			.filter(found -> found.organisationId().equals(organisationId) && found.productId().equals(productId))
			.orElseThrow(() -> new NotFoundException("Environment access"));
		return new Read(membership, access);
	}

	/** The summary the audit trail records of an access. */
	String describe(EnvironmentAccess access, Product product, ProductVersion version) {
		var api = this.catalogue.find(access.apiId()).map(Api::name).orElse(access.apiId());
		return access.environment().label() + " access " + access.reference() + " to " + api + " for " + product.name()
				+ " " + version.number() + forWhom(access);
	}

	private ApiEnvironments environments(Product product, ProductVersion version, Api api,
			List<EnvironmentAccess> all) {
		var forApi = all.stream()
			.filter(access -> access.productVersionId().equals(version.id()) && access.apiId().equals(api.id()))
			.toList();
		var facts = facts(product, version, api, null);
		var sandbox = new Standing(Environment.SANDBOX, null, latest(forApi, Environment.SANDBOX, null),
				AccessGatePolicy.missingForSandbox(facts));
		var integration = new Standing(Environment.INTEGRATION, null, latest(forApi, Environment.INTEGRATION, null),
				AccessGatePolicy.missing(api.environments().integration(), false, facts));
		var production = new ArrayList<Standing>();
		var perOrganisation = api.environments().productionPerEndUserOrganisation();
		if (perOrganisation) {
			for (var commission : facts.commissions()) {
				var access = latest(forApi, Environment.PRODUCTION, commission.id());
				if (!commission.isAcceptedOrLater() && access == null) {
					continue;
				}
				production.add(new Standing(Environment.PRODUCTION, commission, access, AccessGatePolicy
					.missing(api.environments().production(), true, facts(product, version, api, commission))));
			}
		}
		else {
			production.add(new Standing(Environment.PRODUCTION, null, latest(forApi, Environment.PRODUCTION, null),
					AccessGatePolicy.missing(api.environments().production(), true, facts)));
		}
		return new ApiEnvironments(version.id(), version.number(), api.id(), api.name(), sandbox, integration,
				production, perOrganisation, api.environments().serviceEndpoints());
	}

	/** The current access, else the latest refused one. */
	private static EnvironmentAccess latest(List<EnvironmentAccess> accesses, Environment environment,
			UUID commissionId) {
		return accesses.stream()
			.filter(access -> access.environment() == environment
					&& Objects.equals(access.commissionId(), commissionId))
			.min(Comparator.comparing((EnvironmentAccess access) -> access.status() == AccessStatus.REFUSED)
				.thenComparing(EnvironmentAccess::requestedAt, Comparator.reverseOrder()))
			.orElse(null);
	}

	private List<String> missing(Product product, ProductVersion version, Api api, Environment environment,
			CommissionFacts commission) {
		var facts = facts(product, version, api, commission);
		return switch (environment) {
			case SANDBOX -> AccessGatePolicy.missingForSandbox(facts);
			case INTEGRATION -> AccessGatePolicy.missing(api.environments().integration(), false, facts);
			case PRODUCTION -> AccessGatePolicy.missing(api.environments().production(), true, facts);
		};
	}

	private AccessGatePolicy.Facts facts(Product product, ProductVersion version, Api api, CommissionFacts commission) {
		var stages = this.catalogue.programme(api.id()).map(programme -> programme.stages()).orElse(List.of());
		var certificate = this.certificates.isValidFor(version.id(), api.id());
		return new AccessGatePolicy.Facts(api.name(), this.progress.hasOpenApplication(version.id(), api.id()),
				certificate, this.agreements.inForce(version.id(), api.id()), stages,
				this.progress.approvedSections(version.id(), api.id()),
				this.commissions.ofSupplierProductVersion(product.organisationId(), version.id(), api.id()), commission,
				this.commissions.hcidRequired(api));
	}

	private EnvironmentAccess store(EnvironmentAccess draft, Api api) {
		while (true) {
			var reference = reference(api, draft.environment());
			var access = new EnvironmentAccess(draft.id(), reference, draft.organisationId(), draft.productId(),
					draft.productVersionId(), draft.apiId(), draft.environment(), draft.commissionId(),
					draft.endUserOrganisationName(), draft.status(), draft.requestedAt(), draft.requestedBy(), null,
					null, draft.decidedAt(), draft.decidedBy(), null, 0);
			if (this.accesses.insert(access)) {
				return access;
			}
			var existing = this.accesses.current(draft.productVersionId(), draft.apiId(), draft.environment(),
					draft.commissionId());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
	}

	/**
	 * Readable, and random rather than sequential: the API's initials, the environment,
	 * and six characters that cannot be misread, such as {@code NIR-INT-7K3QF9}.
	 */
	private String reference(Api api, Environment environment) {
		var initials = new StringBuilder();
		for (var word : api.id().split("-")) {
			initials.append(Character.toUpperCase(word.charAt(0)));
		}
		while (true) {
			var random = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				random.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			var reference = initials + "-" + environment.code() + "-" + random;
			if (!this.accesses.referenceInUse(reference)) {
				return reference;
			}
		}
	}

	private ProductionRequest productionRequest(EnvironmentAccess access) {
		var product = this.products.getForService(access.productId());
		var version = product.versionById(access.productVersionId());
		var api = this.catalogue.get(access.apiId());
		var commission = access.commissionId() == null ? null
				: this.commissions.find(access.commissionId()).orElse(null);
		var missing = access.status().isOpen() ? missing(product, version, api, Environment.PRODUCTION, commission)
				: List.<String>of();
		return new ProductionRequest(access, organisationName(access), product.name(), version.number(), api.name(),
				missing);
	}

	private String organisationName(EnvironmentAccess access) {
		return this.organisations.getForService(access.organisationId()).legalName();
	}

	private EnvironmentAccess staffAccess(UUID staffId, UUID accessId) {
		return this.accesses.find(accessId)
			.filter(access -> access.environment() == Environment.PRODUCTION)
			.filter(access -> this.staff.holds(staffId, access.apiId(), StaffRole.REVIEWER)
					|| this.staff.holds(staffId, access.apiId(), StaffRole.APPROVER))
			.orElseThrow(() -> new NotFoundException("Production access"));
	}

	private ProductionApprovalPolicy.Actor actor(UUID staffId, String apiId) {
		return new ProductionApprovalPolicy.Actor(staffId, this.staff.holds(staffId, apiId, StaffRole.REVIEWER),
				this.staff.holds(staffId, apiId, StaffRole.APPROVER));
	}

	private void tellStaff(EnvironmentAccess access, Product product, ProductVersion version, Api api) {
		var notices = this.staff.holders(List.of(api.id()), Set.of(StaffRole.REVIEWER, StaffRole.APPROVER))
			.stream()
			.map(person -> new Notice(person.id(), person.email(), Topic.SUBMISSION,
					"Production access requested: " + access.reference(),
					product.name() + " " + version.number() + " asks for production access to " + api.name()
							+ forWhom(access) + ". A reviewer or approver recommends it, then a different approver "
							+ "grants or refuses it.",
					"/review/production-access/" + access.id()))
			.toList();
		this.notifications.sendAll(notices);
	}

	private void tellSupplier(EnvironmentAccess access, String subject, String body) {
		var path = "/organisations/" + access.organisationId() + "/products/" + access.productId() + "/environments";
		this.notifications.sendAll(this.recipients.ofApplications(access.organisationId())
			.stream()
			.map(recipient -> new Notice(recipient.accountId(), recipient.email(), Topic.DECISION, subject, body, path))
			.toList());
	}

	private static String forWhom(EnvironmentAccess access) {
		return access.endUserOrganisationName() == null ? "" : " (for " + access.endUserOrganisationName() + ")";
	}

	private static ConflictException changedMeanwhile() {
		return new ConflictException("Someone else changed this access at the same time. Read it again and retry.");
	}

}
