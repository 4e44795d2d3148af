package digital.onboarding.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.ProgrammeVersion;
import digital.onboarding.catalogue.ProgrammeVersions;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and publishing new versions of an API's onboarding programme, for the programme
 * authors of that API alone; every change is in the audit trail.
 */
@Service
public class ProgrammeAuthoring {

	private final ProgrammeVersions versions;

	private final Catalogue catalogue;

	private final StaffRoles roles;

	private final AuditTrail audit;

	ProgrammeAuthoring(ProgrammeVersions versions, Catalogue catalogue, StaffRoles roles, AuditTrail audit) {
		this.versions = versions;
		this.catalogue = catalogue;
		this.roles = roles;
		this.audit = audit;
	}

	/** Where an API's programme stands, for its authors. */
	public record Overview(Api api, String currentVersion, Optional<ProgrammeVersion> draft,
			List<ProgrammeVersion> publishedInService) {
	}

	/** The APIs whose programmes the person writes, by name. */
	public List<Api> apis(UUID actorId) {
		var apiIds = this.roles.apisWhere(actorId, Set.of(StaffRole.PROGRAMME_AUTHOR));
		return this.catalogue.all()
			.stream()
			.filter(api -> apiIds.contains(api.id()))
			.sorted(Comparator.comparing(Api::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public Overview overview(UUID actorId, String apiId) {
		var api = requireAuthor(actorId, apiId);
		return new Overview(api, currentVersion(apiId), this.versions.draft(apiId), this.versions.published(apiId));
	}

	/**
	 * Starts a new version from the current one's text, or returns the draft already
	 * started.
	 */
	@Transactional
	public ProgrammeVersion startDraft(UUID actorId, String apiId) {
		var api = requireAuthor(actorId, apiId);
		var started = this.versions.startDraft(apiId, actorId);
		if (started.started()) {
			this.audit.record(AuditEntry.of("programme-draft.started", "programme-version", started.draft().id())
				.by(actorId)
				.summary("Started a new version of the " + api.name() + " programme from version "
						+ currentVersion(apiId)));
		}
		return started.draft();
	}

	@Transactional(readOnly = true)
	public AuthoredDraft draft(UUID actorId, String apiId, UUID id) {
		var api = requireAuthor(actorId, apiId);
		var draft = this.versions.get(apiId, id);
		return new AuthoredDraft(api, draft, this.versions.check(draft), currentVersion(apiId));
	}

	/**
	 * Saves the draft's text, problems and all.
	 * @throws IllegalArgumentException if the text is too long
	 * @throws OptimisticLockingFailureException if someone saved it meanwhile
	 * @throws ConflictException if it was published
	 */
	@Transactional
	public AuthoredDraft save(UUID actorId, String apiId, UUID id, int expectedVersion, String text) {
		var api = requireAuthor(actorId, apiId);
		var saved = this.versions.save(apiId, id, expectedVersion, text, actorId);
		var check = this.versions.check(saved);
		this.audit.record(AuditEntry.of("programme-draft.saved", "programme-version", id)
			.by(actorId)
			.summary("Saved the draft of version " + Optional.ofNullable(saved.programmeVersion()).orElse("(none)")
					+ " of the " + api.name() + " programme, with " + check.problems().size() + " problems"));
		return new AuthoredDraft(api, saved, check, currentVersion(apiId));
	}

	/**
	 * Publishes the draft as a new version applications may move to.
	 * @throws ConflictException listing its problems, a version not greater than the
	 * newest among them
	 * @throws OptimisticLockingFailureException if someone saved it meanwhile
	 */
	@Transactional
	public ProgrammeVersion publish(UUID actorId, String apiId, UUID id, int expectedVersion) {
		var api = requireAuthor(actorId, apiId);
		var published = this.versions.publish(apiId, id, expectedVersion, actorId);
		if (published.now()) {
			this.audit.record(AuditEntry.of("programme-version.published", "programme-version", id)
				.by(actorId)
				.summary("Published version " + published.version().programmeVersion() + " of the " + api.name()
						+ " programme; fingerprint " + published.version().fingerprint()));
		}
		return published.version();
	}

	private Api requireAuthor(UUID actorId, String apiId) {
		var api = this.catalogue.get(apiId);
		if (!this.roles.holds(actorId, apiId, StaffRole.PROGRAMME_AUTHOR)) {
			throw new ForbiddenException("Only the programme authors of " + api.name() + " may change its programme");
		}
		return api;
	}

	private String currentVersion(String apiId) {
		return this.catalogue.programme(apiId).map(Programme::version).orElse(null);
	}

}
