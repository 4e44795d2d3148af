package digital.onboarding.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.ProgrammeFiles.ProgrammeFile;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The APIs the service onboards for, with their onboarding programmes. Read once at
 * start-up from the programme files, which ship with the service, so the catalogue
 * changes only with a new release.
 */
@Service
public class Catalogue {

	private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

	private final List<Api> apis;

	private final Map<String, Api> byId;

	private final Map<String, Programme> programmes;

	/**
	 * @throws InvalidProgrammeFilesException listing every problem in the files, which
	 * stops the service from starting
	 */
	Catalogue() {
		this(ProgrammeFiles.LOCATION);
	}

	/** The catalogue of the programme files in another folder, for tests. */
	Catalogue(String location) {
		var files = ProgrammeFiles.read(location);
		this.apis = files.stream()
			.map(ProgrammeFile::api)
			.sorted(Comparator.comparing(Api::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		this.byId = this.apis.stream().collect(Collectors.toUnmodifiableMap(Api::id, Function.identity()));
		this.programmes = files.stream()
			.filter(file -> file.programme() != null)
			.collect(Collectors.toUnmodifiableMap(file -> file.api().id(), ProgrammeFile::programme));
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
	 * on; empty for an unknown API or one whose programme is not written yet.
	 */
	public Optional<Programme> programme(String apiId) {
		return Optional.ofNullable(apiId).map(this.programmes::get);
	}

}
