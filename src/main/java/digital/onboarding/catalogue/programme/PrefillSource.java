package digital.onboarding.catalogue.programme;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an answer may be pre-filled from: data the service already holds about the
 * applicant's organisation and product. A closed list, so a programme file cannot reach
 * into anything else; the application fills the answers in.
 */
public enum PrefillSource {

	ORGANISATION_LEGAL_NAME("organisation.legalName", QuestionType.TEXT),

	ORGANISATION_ODS_CODE("organisation.odsCode", QuestionType.ODS_CODE),

	ORGANISATION_DSPT_STATUS("organisation.dsptStatus", QuestionType.SINGLE_CHOICE),

	ORGANISATION_DSPT_PUBLISHED("organisation.dsptPublished", QuestionType.DATE),

	CONTACT_TECHNICAL("contact.technical", QuestionType.PERSON),

	CONTACT_ONBOARDING("contact.onboarding", QuestionType.PERSON),

	CONTACT_CLINICAL_SAFETY_OFFICER("contact.clinicalSafetyOfficer", QuestionType.PERSON),

	CONTACT_IG_LEAD("contact.igLead", QuestionType.PERSON),

	CONTACT_SIRO("contact.siro", QuestionType.PERSON),

	CONTACT_CALDICOTT_GUARDIAN("contact.caldicottGuardian", QuestionType.PERSON),

	CONTACT_LEGAL_SIGNATORY("contact.legalSignatory", QuestionType.PERSON),

	PRODUCT_NAME("product.name", QuestionType.TEXT),

	PRODUCT_MODULE("product.module", QuestionType.TEXT),

	PRODUCT_VERSION("product.version", QuestionType.VERSION);

	private final String value;

	private final QuestionType fills;

	PrefillSource(String value, QuestionType fills) {
		this.value = value;
		this.fills = fills;
	}

	/** As written in programme files and the JSON API. */
	public String value() {
		return this.value;
	}

	/** The type of question this source's data fits. */
	public QuestionType fills() {
		return this.fills;
	}

	/** Text from the service fits a long-text question as well as a short one. */
	public boolean fits(QuestionType type) {
		return type == this.fills || (this.fills == QuestionType.TEXT && type == QuestionType.LONG_TEXT);
	}

	public static Optional<PrefillSource> fromValue(String value) {
		return Arrays.stream(values()).filter(source -> source.value.equals(value)).findFirst();
	}

	/** Every source, as a programme file names them, for messages. */
	public static String valuesList() {
		return Arrays.stream(values()).map(PrefillSource::value).collect(Collectors.joining(", "));
	}

}
