package digital.onboarding.catalogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.UnstorableTextException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme versions written in the service: one draft per API, started from the current
 * version's text, changed and checked until it is published as a new version that never
 * changes. Who may do this is for the caller to check (programme authors of the API).
 */
@Service
public class ProgrammeVersions {

	/** Far more than any programme needs, and little enough to read at once. */
	public static final int MAX_CHARACTERS = 500_000;

	private static final String EMPTY_PROGRAMME = "programme:\n  version: \"1.0\"\n";

	private final ProgrammeVersionRows rows;

	private final Catalogue catalogue;

	private final Clock clock;

	ProgrammeVersions(ProgrammeVersionRows rows, Catalogue catalogue, Clock clock) {
		this.rows = rows;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** A draft started now, or the one started before. */
	public record StartedDraft(ProgrammeVersion draft, boolean started) {
	}

	public Optional<ProgrammeVersion> draft(String apiId) {
		return this.rows.draft(apiId);
	}

	/**
	 * @throws NotFoundException if the API has no programme version with this id
	 */
	public ProgrammeVersion get(String apiId, UUID id) {
		return this.rows.find(id)
			.filter(row -> row.apiId().equals(apiId))
			.orElseThrow(() -> new NotFoundException("Programme version"));
	}

	/** The versions published in the service, newest first. */
	public List<ProgrammeVersion> published(String apiId) {
		return this.rows.published(apiId)
			.stream()
			.sorted(Comparator.comparing(ProgrammeVersion::programmeVersion, ProgrammeText.BY_NUMBER).reversed())
			.toList();
	}

	/**
	 * Starts the API's draft from the current version's text; a draft already started (by
	 * a double click or another author) is returned instead.
	 */
	@Transactional
	public StartedDraft startDraft(String apiId, UUID authorId) {
		this.catalogue.get(apiId);
		var existing = this.rows.draft(apiId);
		if (existing.isPresent()) {
			return new StartedDraft(existing.get(), false);
		}
		var text = currentText(apiId);
		var started = this.rows.insertDraft(apiId, ProgrammeText.versionOf(text), text, authorId, this.clock.instant());
		return new StartedDraft(this.rows.draft(apiId).orElseThrow(), started);
	}

	/** Every problem in the version's text, and its programme when there are none. */
	public ProgrammeCheck check(ProgrammeVersion version) {
		return reading(version.apiId(), version.yaml(), !version.isPublished()).check();
	}

	/**
	 * Saves a draft's text, problems and all: a draft may be unfinished.
	 * @throws IllegalArgumentException if the text is longer than {@link #MAX_CHARACTERS}
	 * @throws UnstorableTextException if the text has a character that cannot be stored,
	 * such as one in an uploaded file
	 * @throws OptimisticLockingFailureException if someone saved it meanwhile
	 * @throws ConflictException if it is published
	 */
	@Transactional
	public ProgrammeVersion save(String apiId, UUID id, int expectedVersion, String text, UUID by) {
		var draft = get(apiId, id);
		if (draft.isPublished()) {
			throw new ConflictException("Version " + draft.programmeVersion() + " is published and cannot change; "
					+ "start a new draft to change the programme");
		}
		if (text.length() > MAX_CHARACTERS) {
			throw new IllegalArgumentException("The programme must be at most " + MAX_CHARACTERS + " characters");
		}
		UnstorableTextException.requireStorable("text", text);
		if (!this.rows.saveDraft(id, expectedVersion, ProgrammeText.versionOf(text), text, by, this.clock.instant())) {
			throw new OptimisticLockingFailureException("The draft changed since version " + expectedVersion);
		}
		return get(apiId, id);
	}

	/**
	 * Publishes a draft with no problems as a new version. Publishing what was just
	 * published, as a double click does, returns it again.
	 * @throws ConflictException listing the problems if it has any, including a version
	 * not greater than the newest
	 * @throws OptimisticLockingFailureException if someone saved it meanwhile
	 */
	@Transactional
	public Published publish(String apiId, UUID id, int expectedVersion, UUID by) {
		var draft = get(apiId, id);
		if (draft.isPublished() && draft.version() == expectedVersion + 1) {
			return new Published(draft, false);
		}
		if (draft.isPublished() || draft.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The draft changed since version " + expectedVersion);
		}
		var reading = reading(apiId, draft.yaml(), true);
		if (!reading.problems().isEmpty()) {
			throw new ConflictException("Version " + Optional.ofNullable(draft.programmeVersion()).orElse("")
					+ " cannot be published: " + String.join("; ", reading.problems()));
		}
		if (!this.rows.publish(id, expectedVersion, reading.fingerprint(), by, this.clock.instant())) {
			throw new OptimisticLockingFailureException("The draft changed since version " + expectedVersion);
		}
		return new Published(get(apiId, id), true);
	}

	/** A version published now, or one published already by an earlier request. */
	public record Published(ProgrammeVersion version, boolean now) {
	}

	private ProgrammeText.Reading reading(String apiId, String text, boolean mustBeNewer) {
		var newest = mustBeNewer ? this.catalogue.programme(apiId).map(Programme::version).orElse(null) : null;
		return ProgrammeText.read(apiId, text, newest, this.catalogue.shared());
	}

	/** The text of the current version: published in the service, or its file's. */
	private String currentText(String apiId) {
		var current = this.catalogue.programme(apiId).map(Programme::version);
		return current
			.flatMap(version -> this.rows.published(apiId)
				.stream()
				.filter(row -> row.programmeVersion().equals(version))
				.findFirst()
				.map(ProgrammeVersion::yaml))
			.or(() -> this.catalogue.programmeText(apiId).map(ProgrammeText::asDraft))
			.orElse(EMPTY_PROGRAMME);
	}

}
