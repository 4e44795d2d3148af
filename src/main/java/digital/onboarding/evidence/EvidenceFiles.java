package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.evidence.EvidenceRecords.Stored;
import digital.onboarding.evidence.EvidenceRefusedException.Reason;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * An organisation's evidence files: received as a stream, checked, kept and read back,
 * always through the organisation they belong to.
 */
@Service
public class EvidenceFiles {

	private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

	private final EvidenceStore store;

	private final EvidenceChecks checks;

	private final EvidenceRecords records;

	private final DataSize maxFileSize;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EvidenceFiles(EvidenceStore store, EvidenceChecks checks, EvidenceRecords records, EvidenceProperties properties,
			OrganisationAccess access, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.records = records;
		this.maxFileSize = properties.maxFileSize();
		this.access = access;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Receives an uploaded file for the organisation (owners and admins): streams it once
	 * into the store while counting it and computing its SHA-256, then checks what it is
	 * and records it. No transaction is held while the file streams.
	 * @param originalFilename the name it was uploaded with; only shown, never trusted
	 * @throws EvidenceRefusedException if the file is refused, with a message for the
	 * person who sent it; nothing of it is kept
	 */
	public Evidence receive(UUID organisationId, String originalFilename, InputStream upload) {
		return receive(organisationId, () -> new IncomingFile.Opened(originalFilename, upload));
	}

	/**
	 * Receives a file still in the request that carries it, as
	 * {@link #receive(UUID, String, InputStream)} does. The request is read only once the
	 * person sending it is known to be allowed to: anyone else is refused before the
	 * first byte of the body is read.
	 * @throws EvidenceRefusedException if the file is refused; nothing of it is kept
	 * @throws UncheckedIOException if the request cannot be read
	 */
	public Evidence receive(UUID organisationId, IncomingFile incoming) {
		return receive(organisationId, incoming, null);
	}

	/**
	 * Receives a file as {@link #receive(UUID, IncomingFile)} does, recording the day it
	 * stops counting.
	 * @param expiresOn {@code null} if it does not expire
	 */
	public Evidence receive(UUID organisationId, IncomingFile incoming, LocalDate expiresOn) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		IncomingFile.Opened upload;
		try {
			upload = incoming.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var originalFilename = upload.filename();
		var id = UUID.randomUUID();
		var key = organisationId + "/" + id;
		var measured = new MeasuredInputStream(upload.content(), this.maxFileSize.toBytes(), this::tooLarge);
		try {
			this.store.write(key, measured);
			if (measured.size() == 0) {
				throw new EvidenceRefusedException(Reason.EMPTY, "The selected file is empty");
			}
			var passed = this.checks.check(key);
			var evidence = new Evidence(id, organisationId, FileNames.sanitise(originalFilename), passed.mediaType(),
					measured.size(), measured.sha256(), membership.accountId(),
					this.clock.instant().truncatedTo(ChronoUnit.MICROS), passed.scanResult(), expiresOn, 0);
			this.transactions.executeWithoutResult(status -> {
				this.records.insert(evidence, key);
				this.audit.record(AuditEntry.of("evidence.uploaded", "evidence", id)
					.by(membership.accountId())
					.inOrganisation(organisationId)
					.summary("Uploaded " + evidence.filename() + " (" + evidence.mediaType() + ", " + evidence.size()
							+ " bytes, SHA-256 " + evidence.sha256() + "); virus scan: "
							+ scanInWords(evidence.scanResult())
							+ (expiresOn == null ? "" : "; expires on " + expiresOn)));
			});
			return evidence;
		}
		catch (IOException ex) {
			measured.abandon();
			discard(key);
			if (measured.readFailed()) {
				throw new UncheckedIOException(ex);
			}
			throw StoreFailure.refusal(ex);
		}
		catch (RuntimeException | Error ex) {
			measured.abandon();
			discard(key);
			throw ex;
		}
	}

	/** The record of one of the organisation's files (any member). */
	@Transactional(readOnly = true)
	public Evidence describe(UUID organisationId, UUID evidenceId) {
		this.access.require(organisationId, Need.READ);
		return find(organisationId, evidenceId).evidence();
	}

	/**
	 * Opens one of the organisation's files for reading (any member). The caller closes
	 * it, usually by handing it to {@link EvidenceDownload}.
	 */
	public EvidenceContent open(UUID organisationId, UUID evidenceId) {
		this.access.require(organisationId, Need.READ);
		return open(find(organisationId, evidenceId));
	}

	/**
	 * Opens a file for platform staff, for the review module. Staff are not members of
	 * the organisation, so the caller decides: {@code staffMaySee} is asked with the
	 * file's organisation and must say whether the signed-in person may review its
	 * evidence. If not, the file does not exist for them.
	 */
	public EvidenceContent openForReview(UUID evidenceId, Predicate<UUID> staffMaySee) {
		var stored = this.records.find(evidenceId)
			.filter(found -> staffMaySee.test(found.evidence().organisationId()))
			.orElseThrow(() -> new NotFoundException("Evidence"));
		return open(stored);
	}

	/** Describes a file for platform staff, on the terms of {@link #openForReview}. */
	public Evidence describeForReview(UUID evidenceId, Predicate<UUID> staffMaySee) {
		return this.records.find(evidenceId)
			.filter(found -> staffMaySee.test(found.evidence().organisationId()))
			.orElseThrow(() -> new NotFoundException("Evidence"))
			.evidence();
	}

	/** The organisation's files, newest first (any member). */
	@Transactional(readOnly = true)
	public List<Evidence> list(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.records.ofOrganisation(organisationId);
	}

	/**
	 * Sets or clears the day a file stops counting (owners and admins). Saving the date
	 * it already has changes nothing.
	 * @param expectedVersion the file's version the person read
	 * @param expiresOn {@code null} if it does not expire
	 * @throws OptimisticLockingFailureException if someone changed it meanwhile
	 */
	@Transactional
	public Evidence changeExpiry(UUID organisationId, UUID evidenceId, int expectedVersion, LocalDate expiresOn) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var current = find(organisationId, evidenceId).evidence();
		if (Objects.equals(current.expiresOn(), expiresOn)) {
			return current;
		}
		if (!this.records.changeExpiry(organisationId, evidenceId, expectedVersion, expiresOn)) {
			throw new OptimisticLockingFailureException("Evidence " + evidenceId + " was changed by someone else");
		}
		this.audit.record(AuditEntry.of("evidence.expiry-changed", "evidence", evidenceId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary((expiresOn == null ? "Cleared the expiry date" : "Set the expiry date to " + expiresOn) + " of "
					+ current.filename() + (current.expiresOn() == null ? "" : " (was " + current.expiresOn() + ")")));
		return find(organisationId, evidenceId).evidence();
	}

	/**
	 * Every file with an expiry date, for the service's own checks (such as warning
	 * before it expires); no member check.
	 */
	@Transactional(readOnly = true)
	public List<Evidence> expiringForService() {
		return this.records.expiring();
	}

	/** The largest file accepted. */
	public DataSize maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * The refusal of a file larger than {@link #maxFileSize()}, however it was noticed.
	 */
	public EvidenceRefusedException tooLarge() {
		return new EvidenceRefusedException(Reason.TOO_LARGE,
				"The selected file must be smaller than " + Sizes.describe(this.maxFileSize));
	}

	private Stored find(UUID organisationId, UUID evidenceId) {
		return this.records.find(organisationId, evidenceId).orElseThrow(() -> new NotFoundException("Evidence"));
	}

	private EvidenceContent open(Stored stored) {
		try {
			return new EvidenceContent(stored.evidence(), this.store.open(stored.storageKey()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String scanInWords(ScanResult result) {
		return switch (result) {
			case CLEAN -> "clean";
			case INFECTED -> "infected";
			case NOT_SCANNED -> "not scanned, as no scanner is configured";
		};
	}

	/** Removes a refused upload; a failure here must not hide why it was refused. */
	private void discard(String key) {
		try {
			this.store.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remove refused evidence {}", key, ex);
		}
	}

}
