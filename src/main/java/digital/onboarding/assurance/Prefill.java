package digital.onboarding.assurance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.organisation.Contact;
import digital.onboarding.organisation.ContactKind;
import digital.onboarding.organisation.OrganisationContacts;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.product.Product;
import digital.onboarding.product.ProductVersion;

import org.springframework.stereotype.Component;

/**
 * The first answers of a section nobody has saved yet, taken from what the service holds
 * about the organisation, its contacts and the product, where the programme says so.
 * Sources the service holds nothing for (such as a DSPT status not yet given) are left
 * unanswered.
 */
@Component
class Prefill {

	private final OrganisationManagement organisations;

	private final OrganisationContacts contacts;

	Prefill(OrganisationManagement organisations, OrganisationContacts contacts) {
		this.organisations = organisations;
		this.contacts = contacts;
	}

	Map<String, Object> answers(UUID organisationId, Product product, ProductVersion version, Section section) {
		var organisation = this.organisations.get(organisationId);
		var contacts = this.contacts.list(organisationId);
		var answers = new LinkedHashMap<String, Object>();
		for (var question : section.questions()) {
			if (question.prefill() == null) {
				continue;
			}
			Optional<Object> value = switch (question.prefill()) {
				case ORGANISATION_LEGAL_NAME -> Optional.of(organisation.legalName());
				case ORGANISATION_ODS_CODE -> Optional.of(organisation.odsCode());
				case PRODUCT_NAME -> Optional.of(product.name());
				case PRODUCT_MODULE -> Optional.ofNullable(product.module());
				case PRODUCT_VERSION -> Optional.of(version.number());
				case CONTACT_TECHNICAL -> person(contacts, ContactKind.TECHNICAL);
				case CONTACT_ONBOARDING -> person(contacts, ContactKind.ONBOARDING);
				case CONTACT_CLINICAL_SAFETY_OFFICER -> person(contacts, ContactKind.CLINICAL_SAFETY_OFFICER);
				case CONTACT_IG_LEAD -> person(contacts, ContactKind.IG_LEAD);
				case CONTACT_SIRO -> person(contacts, ContactKind.SIRO);
				case CONTACT_CALDICOTT_GUARDIAN -> person(contacts, ContactKind.CALDICOTT_GUARDIAN);
				case CONTACT_LEGAL_SIGNATORY -> person(contacts, ContactKind.LEGAL_SIGNATORY);
				case ORGANISATION_DSPT_STATUS -> organisation.dspt().map(dspt -> dspt.status().value());
				case ORGANISATION_DSPT_PUBLISHED -> organisation.dspt().map(dspt -> dspt.published().toString());
			};
			value.ifPresent(answer -> answers.put(question.id(), answer));
		}
		return answers;
	}

	private static Optional<Object> person(List<Contact> contacts, ContactKind kind) {
		return contacts.stream()
			.filter(contact -> contact.kind() == kind)
			.findFirst()
			.map(contact -> Map.of("name", contact.name(), "role", contact.jobTitle(), "email", contact.email()));
	}

}
