package digital.onboarding.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.ProgrammeFiles.ProgrammeFile;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The APIs the service onboards for, with their onboarding programmes. The APIs and the
 * shipped programme versions are read once at start-up from the programme files; newer
 * programme versions may be published in the service by programme authors.
 */
@Service
public class Catalogue {

	private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

	private final List<Api> apis;

	private final Map<String, Api> byId;

	private final Map<String, Programme> programmes;

	private final Map<String, String> programmeTexts;

	private final SharedSections shared;

	/** The versions written in the service; {@code null} when only files are read. */
	private final ProgrammeVersionRows authored;

	/** Published versions read from their text, which never changes, by id. */
	private final Map<UUID, Optional<Programme>> authoredProgrammes = new ConcurrentHashMap<>();

	/**
	 * @throws InvalidProgrammeFilesException listing every problem in the files, which
	 * stops the service from starting
	 */
	@Autowired
	Catalogue(ProgrammeVersionRows authored) {
		this(ProgrammeFiles.LOCATION, authored);
	}

	/** The catalogue of the shipped programme files alone, for tests. */
	Catalogue() {
		this(ProgrammeFiles.LOCATION, null);
	}

	/** The catalogue of the programme files in another folder, for tests. */
	Catalogue(String location) {
		this(location, null);
	}

	private Catalogue(String location, ProgrammeVersionRows authored) {
		var files = ProgrammeFiles.read(location);
		this.apis = files.stream()
			.map(ProgrammeFile::api)
			.sorted(Comparator.comparing(Api::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		this.byId = this.apis.stream().collect(Collectors.toUnmodifiableMap(Api::id, Function.identity()));
		this.programmes = files.stream()
			.filter(file -> file.programme() != null)
			.collect(Collectors.toUnmodifiableMap(file -> file.api().id(), ProgrammeFile::programme));
		this.programmeTexts = files.stream()
			.filter(file -> file.programmeText() != null)
			.collect(Collectors.toUnmodifiableMap(file -> file.api().id(), ProgrammeFile::programmeText));
		this.shared = ProgrammeFiles.sharedSections(location);
		this.authored = authored;
		log.info("API catalogue: {}", this.apis.stream().map(Api::id).collect(Collectors.joining(", ")));
	}

	/** Every API, deprecated ones included, alphabetically by name. */
	public List<Api> all() {
		return this.apis;
	}

	public Optional<Api> find(String id) {
		return Optional.ofNullable(id).map(this.byId::get);
	}

	/**
	 * @throws NotFoundException if no API has this id
	 */
	public Api get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("API " + id));
	}

	/**
	 * The current version of an API's onboarding programme, which an application starts
	 * on: the newest of the version in its file and those published in the service; empty
	 * for an unknown API or one whose programme is not written yet.
	 */
	public Optional<Programme> programme(String apiId) {
		var shipped = Optional.ofNullable(apiId).map(this.programmes::get);
		var authored = publishedInService(apiId).stream()
			.max(Comparator.comparing(ProgrammeVersionRows.Published::programmeVersion, ProgrammeText.BY_NUMBER))
			.filter(newest -> shipped.isEmpty()
					|| ProgrammeText.BY_NUMBER.compare(newest.programmeVersion(), shipped.get().version()) > 0)
			.flatMap(this::read);
		return authored.or(() -> shipped);
	}

	/**
	 * A version of an API's programme, as an application started on it answers it, older
	 * ones included; empty if the API has no such version.
	 */
	public Optional<Programme> programme(String apiId, String version) {
		var shipped = Optional.ofNullable(apiId).map(this.programmes::get).filter(p -> p.version().equals(version));
		return shipped.or(() -> publishedInService(apiId).stream()
			.filter(row -> row.programmeVersion().equals(version))
			.findFirst()
			.flatMap(this::read));
	}

	/**
	 * The API as its catalogue pages show it: with the version of its programme that
	 * applications start on now, which may be newer than its file's.
	 */
	public Api withCurrentProgramme(Api api) {
		return programme(api.id()).map(Programme::version)
			.filter(version -> !version.equals(api.programmeVersion()))
			.map(api::withProgrammeVersion)
			.orElse(api);
	}

	/** The file's text from its programme block on, which a new version starts from. */
	Optional<String> programmeText(String apiId) {
		return Optional.ofNullable(apiId).map(this.programmeTexts::get);
	}

	SharedSections shared() {
		return this.shared;
	}

	private List<ProgrammeVersionRows.Published> publishedInService(String apiId) {
		return this.authored == null || apiId == null || !this.byId.containsKey(apiId) ? List.of()
				: this.authored.publishedNumbers(apiId);
	}

	/** A published version's programme, read once, dated the day it was published. */
	private Optional<Programme> read(ProgrammeVersionRows.Published published) {
		return this.authoredProgrammes.computeIfAbsent(published.id(), id -> {
			var row = this.authored.find(id).orElseThrow();
			var reading = ProgrammeText.read(row.apiId(), row.yaml(), null, this.shared);
			if (reading.programme() == null) {
				// Only a later change to the shared sections can make a published text
				// unreadable.
				log.warn("Published programme {} {} no longer reads: {}", row.apiId(), row.programmeVersion(),
						reading.problems());
				return Optional.empty();
			}
			var read = reading.programme();
			return Optional.of(new Programme(read.apiId(), read.version(),
					LocalDate.ofInstant(row.publishedAt(), England.TIME_ZONE), read.review(),
					read.turnaroundWorkingDays(), read.gates(), read.stages(), read.rules()));
		});
	}

}
