package digital.onboarding.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.assurance.ApplicationProgress;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.ServiceProperties;
import digital.onboarding.platform.VersionNumber;
import digital.onboarding.product.ProductManagement;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing certificates, reading them (publicly, by their organisation's members, by
 * staff) and changing their status.
 */
@Service
public class CertificateManagement {

	/** The programme stage whose approval issues a certificate. */
	static final String TECHNICAL_STAGE = "technical";

	/**
	 * The programme question a product's connection type is taken from, where there is
	 * one.
	 */
	static final String CONNECTION_TYPE_QUESTION = "connection-type";

	private static final Logger log = LoggerFactory.getLogger(CertificateManagement.class);

	/** Significant versions in order: 3.10 comes after 3.2. */
	private static final Comparator<VersionNumber> VERSIONS = Comparator.comparingInt(VersionNumber::major)
		.thenComparingInt(VersionNumber::minor);

	private final Certificates certificates;

	private final SigningKeys keys;

	private final ApplicationProgress progress;

	private final Catalogue catalogue;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final ProductManagement products;

	private final StaffRoles staff;

	private final AuditTrail audit;

	private final ServiceProperties service;

	private final JsonMapper json;

	private final Clock clock;

	private final Period validity;

	CertificateManagement(Certificates certificates, SigningKeys keys, ApplicationProgress progress,
			Catalogue catalogue, OrganisationManagement organisations, OrganisationAccess access,
			ProductManagement products, StaffRoles staff, AuditTrail audit, ServiceProperties service, JsonMapper json,
			Clock clock, CertificateProperties properties) {
		this.validity = properties.validity();
		this.certificates = certificates;
		this.keys = keys;
		this.progress = progress;
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.access = access;
		this.products = products;
		this.staff = staff;
		this.audit = audit;
		this.service = service;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Issues the version's certificate for the API if every section of the API's
	 * technical stage is approved and none is in force yet; otherwise does nothing. Safe
	 * to call again.
	 * @return the certificate issued, if one was
	 */
	@Transactional
	public Optional<Certificate> issueIfTechnicalStageApproved(UUID productId, UUID productVersionId, String apiId) {
		var programme = this.catalogue.programme(apiId).orElse(null);
		var stage = programme == null ? null
				: programme.stages()
					.stream()
					.filter(each -> each.id().equals(TECHNICAL_STAGE))
					.findFirst()
					.orElse(null);
		if (stage == null || stage.sections().isEmpty()) {
			return Optional.empty();
		}
		var approved = this.progress.approvedSections(productVersionId, apiId);
		if (!stage.sections().stream().allMatch(section -> approved.contains(section.id()))
				|| this.certificates.inForce(productVersionId, apiId)) {
			return Optional.empty();
		}
		var api = this.catalogue.get(apiId);
		var product = this.products.getForService(productId);
		var version = product.versionById(productVersionId);
		var organisation = this.organisations.getForService(product.organisationId());
		var now = this.clock.instant();
		var issuedOn = LocalDate.ofInstant(now, England.TIME_ZONE);
		var id = this.certificates.nextId(apiCode(api), issuedOn.getYear());
		var connectionType = connectionType(programme, api, productVersionId);
		var expiresOn = issuedOn.plus(this.validity);
		var payload = canonicalJson(id, organisation.legalName(), product.name(), product.module(), version.number(),
				api, connectionType, issuedOn, expiresOn);
		var certificate = new Certificate(id, organisation.id(), product.id(), productVersionId, apiId, api.name(),
				organisation.legalName(), product.name(), blankToNull(product.module()), version.number(),
				connectionType, issuedOn, now, expiresOn, payload, null, this.keys.activeKeyId(),
				CertificateStatus.VALID, null, null, null, 0);
		var signed = withJws(certificate, this.keys.sign(payload));
		if (!this.certificates.insert(signed)) {
			return Optional.empty();
		}
		this.audit.record(AuditEntry.of("certificate.issued", "certificate", id)
			.inOrganisation(organisation.id())
			.summary("Technical conformance certificate " + id + " issued for " + product.name() + " "
					+ version.number() + " and " + api.name() + " (" + connectionType + ")"));
		supersedeOlderVersions(signed);
		log.info("Issued certificate {} for product version {} and {}", id, productVersionId, apiId);
		return Optional.of(signed);
	}

	/**
	 * A certificate by its id, for anyone: certificates are public so that anyone can
	 * check one.
	 * @throws NotFoundException if there is no such certificate
	 */
	@Transactional(readOnly = true)
	public Certificate get(String id) {
		return this.certificates.find(id).orElseThrow(() -> new NotFoundException("Certificate"));
	}

	/**
	 * Whether the version holds a valid certificate for the API. For the service's own
	 * checks, such as environment gates; no member check.
	 */
	@Transactional(readOnly = true)
	public boolean isValidFor(UUID productVersionId, String apiId) {
		return this.certificates.valid(productVersionId, apiId);
	}

	/** Every valid certificate, by API name, organisation and product: the register. */
	@Transactional(readOnly = true)
	public List<Certificate> valid() {
		return this.certificates.valid();
	}

	/** A product's certificates, newest first, for the organisation's members. */
	@Transactional(readOnly = true)
	public List<Certificate> ofProduct(UUID organisationId, UUID productId) {
		this.access.require(organisationId, Need.READ);
		return this.certificates.ofProduct(organisationId, productId);
	}

	/**
	 * The certificates of the APIs the person approves (every one for an administrator),
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public List<Certificate> forStaff(UUID staffId) {
		var apiIds = SignedInAccount.isSignedInAdministrator(staffId)
				? this.catalogue.all().stream().map(Api::id).toList()
				: List.copyOf(this.staff.apisWhere(staffId, Set.of(StaffRole.APPROVER)));
		return this.certificates.ofApis(apiIds);
	}

	/** Whether the person may suspend, reinstate and revoke the certificate. */
	@Transactional(readOnly = true)
	public boolean mayChangeStatus(UUID staffId, Certificate certificate) {
		return SignedInAccount.isSignedInAdministrator(staffId)
				|| this.staff.holds(staffId, certificate.apiId(), StaffRole.APPROVER);
	}

	/**
	 * Suspends a valid certificate; it leaves the register at once.
	 * @param expectedVersion the certificate's version the person read
	 */
	@Transactional
	public Certificate suspend(UUID staffId, String id, int expectedVersion, String reason) {
		return change(staffId, id, expectedVersion, CertificateStatus.VALID, CertificateStatus.SUSPENDED, reason,
				"suspended");
	}

	/** Makes a suspended certificate valid again. */
	@Transactional
	public Certificate reinstate(UUID staffId, String id, int expectedVersion, String reason) {
		return change(staffId, id, expectedVersion, CertificateStatus.SUSPENDED, CertificateStatus.VALID, reason,
				"reinstated");
	}

	/** Revokes a valid or suspended certificate for good. */
	@Transactional
	public Certificate revoke(UUID staffId, String id, int expectedVersion, String reason) {
		var certificate = get(id);
		var from = certificate.status() == CertificateStatus.SUSPENDED ? CertificateStatus.SUSPENDED
				: CertificateStatus.VALID;
		return change(staffId, id, expectedVersion, from, CertificateStatus.REVOKED, reason, "revoked");
	}

	/**
	 * Every certificate in force or expired, for the service's own checks (such as
	 * warning before one expires); no member check.
	 */
	@Transactional(readOnly = true)
	public List<Certificate> withExpiryForService() {
		return this.certificates.withExpiry();
	}

	/**
	 * Marks a valid or suspended certificate expired, once the day it expires has come;
	 * it leaves the register at once. The service's own scheduled work does this, so no
	 * staff member is checked. Does nothing to a certificate in any other status.
	 * @param today the day the scheduled work runs for
	 * @return whether it was expired now
	 * @throws OptimisticLockingFailureException if someone changed it meanwhile
	 */
	@Transactional
	public boolean expire(String id, LocalDate today) {
		var certificate = get(id);
		if ((certificate.status() != CertificateStatus.VALID && certificate.status() != CertificateStatus.SUSPENDED)
				|| certificate.expiresOn().isAfter(today)) {
			return false;
		}
		if (!this.certificates.changeStatus(id, certificate.version(), certificate.status(), CertificateStatus.EXPIRED,
				"Expired on " + certificate.expiresOn(), null, null, this.clock.instant())) {
			// Changed meanwhile, say suspended: failing lets the radar's run roll back
			// its
			// lapse and try again, rather than leave a certificate valid past its end.
			throw new OptimisticLockingFailureException("Certificate " + id + " changed while it expired");
		}
		this.audit.record(AuditEntry.of("certificate.expired", "certificate", id)
			.inOrganisation(certificate.organisationId())
			.summary("Certificate " + id + " expired on " + certificate.expiresOn()));
		return true;
	}

	/**
	 * Whether the certificate's JWS was signed by one of the service's keys and is
	 * unchanged.
	 */
	@Transactional(readOnly = true)
	public boolean signatureVerifies(Certificate certificate) {
		return this.keys.verifies(certificate.jws());
	}

	/** The link to the certificate's public verification page. */
	public String verificationLink(String id) {
		return this.service.link("/certificates/" + id);
	}

	private Certificate change(UUID staffId, String id, int expectedVersion, CertificateStatus from,
			CertificateStatus to, String reason, String verb) {
		var certificate = get(id);
		if (!mayChangeStatus(staffId, certificate)) {
			throw new ForbiddenException("Only an approver of " + certificate.apiName()
					+ " or an administrator can change this certificate");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Enter the reason");
		}
		if (certificate.status() != from) {
			throw new ConflictException("This certificate is " + certificate.status().label().toLowerCase(Locale.UK)
					+ " and cannot be " + verb);
		}
		if (!this.certificates.changeStatus(id, expectedVersion, from, to, reason.strip(), null, staffId,
				this.clock.instant())) {
			throw new ConflictException("Someone changed this certificate meanwhile; check its status and try again");
		}
		this.audit.record(AuditEntry.of("certificate." + verb, "certificate", id)
			.by(staffId)
			.inOrganisation(certificate.organisationId())
			.summary("Certificate " + id + " " + verb + ": " + reason.strip()));
		return get(id);
	}

	/**
	 * A newer significant version's certificate replaces the older versions' ones for the
	 * same product and API.
	 */
	private void supersedeOlderVersions(Certificate issued) {
		var newer = VersionNumber.parse(issued.versionNumber()).orElseThrow();
		for (var older : this.certificates.othersInForce(issued.productId(), issued.apiId(), issued.id())) {
			var olderVersion = VersionNumber.parse(older.versionNumber()).orElseThrow();
			if (VERSIONS.compare(olderVersion, newer) < 0 && this.certificates.changeStatus(older.id(), older.version(),
					older.status(), CertificateStatus.SUPERSEDED,
					"Superseded by " + issued.id() + " for version " + issued.versionNumber(), issued.id(), null,
					issued.issuedAt())) {
				this.audit.record(AuditEntry.of("certificate.superseded", "certificate", older.id())
					.inOrganisation(older.organisationId())
					.summary("Certificate " + older.id() + " superseded by " + issued.id()));
			}
		}
	}

	/**
	 * The applicant's answer where the programme asks for it; otherwise every way the API
	 * can be connected to.
	 */
	private String connectionType(Programme programme, Api api, UUID productVersionId) {
		var question = programme.question(CONNECTION_TYPE_QUESTION).orElse(null);
		var section = programme.sectionOf(CONNECTION_TYPE_QUESTION).orElse(null);
		if (question == null || section == null) {
			return api.connectionTypesLabel();
		}
		var answer = this.progress.approvedAnswers(productVersionId, api.id(), section.id(), section.shared())
			.map(answers -> answers.get(CONNECTION_TYPE_QUESTION))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.orElse(null);
		if (answer == null) {
			return api.connectionTypesLabel();
		}
		if (answer.equals("both")) {
			return "Provider and consumer";
		}
		return question.options()
			.stream()
			.filter(option -> option.value().equals(answer))
			.map(Option::label)
			.findFirst()
			.orElse(api.connectionTypesLabel());
	}

	/** The initials of the API's name: NIR for the National Imaging Registry. */
	static String apiCode(Api api) {
		var code = new StringBuilder();
		for (var word : api.name().split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				code.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return code.isEmpty() ? "API" : code.toString();
	}

	/**
	 * What is signed: every field of the certificate as text, keys sorted, no whitespace,
	 * UTF-8; the live status is not part of it.
	 */
	private String canonicalJson(String id, String organisationName, String productName, String module, String version,
			Api api, String connectionType, LocalDate issuedOn, LocalDate expiresOn) {
		var fields = new TreeMap<String, String>();
		fields.put("type", "technical-conformance-certificate");
		fields.put("certificateId", id);
		fields.put("organisationLegalName", organisationName);
		fields.put("productName", productName);
		if (blankToNull(module) != null) {
			fields.put("productModule", module);
		}
		fields.put("version", version);
		fields.put("patchVersionsCovered", version + ".x");
		fields.put("apiId", api.id());
		fields.put("apiName", api.name());
		fields.put("connectionType", connectionType);
		fields.put("issuedOn", issuedOn.toString());
		fields.put("expiresOn", expiresOn.toString());
		fields.put("issuer", this.service.name());
		fields.put("verifyAt", verificationLink(id));
		return this.json.writeValueAsString(fields);
	}

	private static Certificate withJws(Certificate c, String jws) {
		return new Certificate(c.id(), c.organisationId(), c.productId(), c.productVersionId(), c.apiId(), c.apiName(),
				c.organisationName(), c.productName(), c.productModule(), c.versionNumber(), c.connectionType(),
				c.issuedOn(), c.issuedAt(), c.expiresOn(), c.payload(), jws, c.kid(), c.status(), c.statusReason(),
				c.statusChangedAt(), c.supersededBy(), c.version());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
