package digital.onboarding.assurance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a product version's applications hold, as it stood when exported: the
 * organisation, the product and, for each API chosen, its programme's stages and sections
 * with their statuses and answers. The JSON export is this record; the SCAL workbook is
 * written from it.
 *
 * @param generatedAt when the export was made
 * @param apis in the order the task list shows them
 */
public record ExportedVersion(Instant generatedAt, ExportedOrganisation organisation, ExportedProduct product,
		List<ExportedApi> apis) {

	public ExportedVersion {
		apis = List.copyOf(apis);
	}

	/**
	 * The organisation applying.
	 *
	 * @param kind as people read it, e.g. "Supplier (data processor)"
	 */
	public record ExportedOrganisation(UUID id, String legalName, String odsCode, String kind,
			List<ExportedContact> contacts) {

		public ExportedOrganisation {
			contacts = List.copyOf(contacts);
		}

	}

	/**
	 * One of the organisation's named contacts.
	 *
	 * @param kind as people read it, e.g. "Technical contact"
	 */
	public record ExportedContact(String kind, String name, String jobTitle, String email) {
	}

	/**
	 * The product and the version exported.
	 *
	 * @param module the part of a larger product being onboarded; {@code null} if none
	 * @param version the significant version, e.g. {@code 3.2}
	 */
	public record ExportedProduct(UUID id, String name, String module, UUID versionId, String version) {
	}

	/** One API's application. */
	public record ExportedApi(String apiId, String name, String programmeVersion, List<ExportedStage> stages) {

		public ExportedApi {
			stages = List.copyOf(stages);
		}

	}

	/** One stage of an API's programme. */
	public record ExportedStage(String id, String title, List<ExportedSection> sections) {

		public ExportedStage {
			sections = List.copyOf(sections);
		}

	}

	/**
	 * One section with where it stands and its answers.
	 *
	 * @param shared whether every API using it shares the one set of answers
	 * @param statusLabel the status in the task list's words
	 * @param answers every question shown given the answers so far, by question id, in
	 * the order they are asked
	 */
	public record ExportedSection(String id, String title, boolean shared, SectionStatus status, String statusLabel,
			Map<String, ExportedAnswer> answers) {
	}

	/**
	 * One question and its answer.
	 *
	 * @param reference the number people know the question by; {@code null} if none
	 * @param type the question type as programme files write it
	 * @param value the answer as stored (string, list, person map or list of entries);
	 * {@code null} if unanswered
	 * @param text the answer as a person reads it: options by their labels, dates written
	 * out, files by name; empty if unanswered
	 */
	public record ExportedAnswer(String reference, String label, String type, Object value, String text) {
	}

}
