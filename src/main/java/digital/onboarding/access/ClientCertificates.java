package digital.onboarding.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates a supplier gives for an environment access (seed 002): its root, its
 * intermediate and the leaves for mTLS and WS-Security signing, given together as one
 * chain and checked before anything is stored. The expiry radar finds those about to
 * expire and marks expired ones unusable.
 */
@Service
public class ClientCertificates {

	private final EnvironmentAccessManagement accesses;

	private final ClientCertificateRows rows;

	private final AuditTrail audit;

	private final Clock clock;

	ClientCertificates(EnvironmentAccessManagement accesses, ClientCertificateRows rows, AuditTrail audit,
			Clock clock) {
		this.accesses = accesses;
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
	}

	/** An access's certificates, the newest chain first, for any member. */
	@Transactional(readOnly = true)
	public List<ClientCertificate> list(UUID organisationId, UUID productId, UUID accessId) {
		this.accesses.read(organisationId, productId, accessId, Need.READ);
		return this.rows.ofAccess(accessId);
	}

	/**
	 * Checks and stores a chain, for owners and admins; nothing is stored if any
	 * certificate is refused. Giving the same certificates again, as a form sent twice
	 * does, returns the chain stored the first time.
	 * @param pems the PEM text for each purpose; at least one leaf
	 * @throws AccessInputException naming each certificate's problem
	 * @throws ConflictException if the access was refused
	 */
	@Transactional
	public List<ClientCertificate> upload(UUID organisationId, UUID productId, UUID accessId,
			Map<CertificatePurpose, String> pems) {
		var read = this.accesses.read(organisationId, productId, accessId, Need.CHANGE);
		if (!read.access().isUsable()) {
			throw new ConflictException("This access was refused; ask for access again first");
		}
		var now = this.clock.instant();
		var checked = CertificateChain.check(pems, now);
		this.rows.lockAccess(accessId);
		var same = sameChain(this.rows.ofAccess(accessId), checked);
		if (!same.isEmpty()) {
			return same;
		}
		var chainId = UUID.randomUUID();
		var stored = checked.stream()
			.map(certificate -> new ClientCertificate(UUID.randomUUID(), accessId, organisationId, productId, chainId,
					certificate.purpose(), certificate.pem(), certificate.subject(), certificate.issuer(),
					certificate.serial(), certificate.sha256(), certificate.notBefore(), certificate.notAfter(), now,
					read.membership().accountId(), null, null))
			.toList();
		stored.forEach(this.rows::insert);
		for (var certificate : stored) {
			this.audit.record(AuditEntry.of("client-certificate.added", "client-certificate", certificate.id())
				.by(read.membership().accountId())
				.inOrganisation(organisationId)
				.summary(certificate.purpose().label() + " " + certificate.subject() + " (serial "
						+ certificate.serial() + ", SHA-256 " + certificate.sha256() + ", expires "
						+ certificate.notAfter() + ") added to " + read.access().environment().label().toLowerCase()
						+ " access " + read.access().reference()));
		}
		return stored;
	}

	/** The usable chain already stored with exactly these certificates, if any. */
	private static List<ClientCertificate> sameChain(List<ClientCertificate> stored,
			List<CertificateChain.Checked> checked) {
		var given = checked.stream().map(certificate -> certificate.purpose() + " " + certificate.sha256()).toList();
		var chains = stored.stream()
			.filter(ClientCertificate::isUsable)
			.collect(Collectors.groupingBy(ClientCertificate::chainId, LinkedHashMap::new, Collectors.toList()));
		return chains.values()
			.stream()
			.filter(chain -> chain.stream()
				.map(certificate -> certificate.purpose() + " " + certificate.sha256())
				.toList()
				.equals(given))
			.findFirst()
			.orElse(List.of());
	}

	/**
	 * Usable certificates that expire on or before the day (by the UK's calendar), the
	 * soonest first: for the expiry radar. No member check.
	 */
	@Transactional(readOnly = true)
	public List<ClientCertificate> expiringOnOrBefore(LocalDate date) {
		return this.rows.usableEndingBy(date.plusDays(1).atStartOfDay(England.TIME_ZONE).toInstant().minusNanos(1));
	}

	/**
	 * Marks a certificate unusable, such as an expired client certificate: for the expiry
	 * radar. Doing it again changes nothing. No member check.
	 * @return whether it was usable until now
	 */
	@Transactional
	public boolean markUnusable(UUID certificateId, String reason) {
		var certificate = this.rows.find(certificateId);
		if (certificate.isEmpty() || !this.rows.markUnusable(certificateId, this.clock.instant(), reason)) {
			return false;
		}
		this.audit.record(AuditEntry.of("client-certificate.unusable", "client-certificate", certificateId)
			.inOrganisation(certificate.get().organisationId())
			.summary(certificate.get().purpose().label() + " " + certificate.get().subject() + " marked unusable: "
					+ reason));
		return true;
	}

}
