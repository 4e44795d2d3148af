package digital.onboarding.assurance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.assurance.ExportedVersion.ExportedAnswer;
import digital.onboarding.assurance.ExportedVersion.ExportedApi;
import digital.onboarding.assurance.ExportedVersion.ExportedContact;
import digital.onboarding.assurance.ExportedVersion.ExportedOrganisation;
import digital.onboarding.assurance.ExportedVersion.ExportedProduct;
import digital.onboarding.assurance.ExportedVersion.ExportedSection;
import digital.onboarding.assurance.ExportedVersion.ExportedStage;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Visibility;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationContacts;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.ProductManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static digital.onboarding.assurance.AssuranceManagement.key;

/**
 * A product version's answers taken out of the service: as one JSON document, and as a
 * Supplier Conformance Assessment List (SCAL) workbook in the layout suppliers and end
 * user organisations know from the self-declared route. Any member may export, viewers
 * included, since an export shows nothing the task list does not.
 */
@Service
public class AnswersExport {

	/** The workbook's media type, for the response that carries it. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AssuranceManagement assurance;

	private final OrganisationAccess access;

	private final OrganisationManagement organisations;

	private final OrganisationContacts contacts;

	private final ProductManagement products;

	private final Catalogue catalogue;

	private final EvidenceFiles evidence;

	private final Clock clock;

	AnswersExport(AssuranceManagement assurance, OrganisationAccess access, OrganisationManagement organisations,
			OrganisationContacts contacts, ProductManagement products, Catalogue catalogue, EvidenceFiles evidence,
			Clock clock) {
		this.assurance = assurance;
		this.access = access;
		this.organisations = organisations;
		this.contacts = contacts;
		this.products = products;
		this.catalogue = catalogue;
		this.evidence = evidence;
		this.clock = clock;
	}

	/**
	 * The version's organisation, product and, for each open application, every stage and
	 * section with its status and the answers to the questions shown.
	 * @throws NotFoundException if the caller is not a member of the organisation, or the
	 * product or version is not the organisation's
	 */
	@Transactional(readOnly = true)
	public ExportedVersion export(UUID organisationId, UUID productId, UUID versionId) {
		this.access.require(organisationId, Need.READ);
		var organisation = this.organisations.get(organisationId);
		var product = this.products.get(organisationId, productId);
		var version = product.versionById(versionId);
		var state = this.assurance.context(organisationId, productId, versionId);
		var filenames = new HashMap<String, String>();
		var apis = new ArrayList<ExportedApi>();
		for (var application : state.applications()) {
			var programme = application.programme();
			var visibility = Visibility.of(programme, state.answers(application), state.today());
			var stages = new ArrayList<ExportedStage>();
			for (var stage : programme.stages()) {
				var sections = new ArrayList<ExportedSection>();
				for (var section : stage.sections()) {
					var response = state.responses().get(key(application.apiId(), section));
					Map<String, Object> given = (response != null) ? response.answers() : Map.of();
					var answers = new LinkedHashMap<String, ExportedAnswer>();
					for (var question : visibility.shownQuestions(section)) {
						var value = given.get(question.id());
						answers.put(question.id(),
								new ExportedAnswer(question.reference(), question.label(), question.type().value(),
										value, AnswerText.of(question, value, id -> filenames.computeIfAbsent(id,
												evidenceId -> filename(organisationId, evidenceId)))));
					}
					var status = state.task(application, section).status();
					sections.add(new ExportedSection(section.id(), section.title(), section.shared(), status,
							status.label(), answers));
				}
				stages.add(new ExportedStage(stage.id(), stage.title(), sections));
			}
			apis.add(new ExportedApi(application.apiId(), this.catalogue.get(application.apiId()).name(),
					programme.version(), stages));
		}
		var people = this.contacts.list(organisationId)
			.stream()
			.map(contact -> new ExportedContact(contact.kind().label(), contact.name(), contact.jobTitle(),
					contact.email()))
			.toList();
		return new ExportedVersion(this.clock.instant(),
				new ExportedOrganisation(organisation.id(), organisation.legalName(), organisation.odsCode(),
						organisation.kind().label(), people),
				new ExportedProduct(product.id(), product.name(), product.module(), version.id(), version.number()),
				apis);
	}

	/**
	 * Writes an export as a SCAL workbook: guidance and process, supplier and product,
	 * architecture, then one tab per API. It needs nothing more from the database, so it
	 * may be written after the request's checks and transaction are over, as the response
	 * streams.
	 */
	public void writeScalWorkbook(ExportedVersion export, OutputStream out) throws IOException {
		ScalWorkbook.write(export, out);
	}

	/**
	 * The name to download the workbook as: the product and version, then "SCAL", with
	 * only characters every file system and browser accept.
	 */
	@Transactional(readOnly = true)
	public String workbookFilename(UUID organisationId, UUID productId, UUID versionId) {
		var product = this.products.get(organisationId, productId);
		var name = product.name() + "-" + product.versionById(versionId).number();
		var safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
		return (safe.isEmpty() ? "product" : safe) + "-SCAL.xlsx";
	}

	/** A file no longer on record is still named, by its id, so the gap is visible. */
	private String filename(UUID organisationId, String evidenceId) {
		try {
			return this.evidence.describe(organisationId, UUID.fromString(evidenceId)).filename();
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			return "File " + evidenceId + " (no longer available)";
		}
	}

}
