package digital.onboarding.organisation.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import digital.onboarding.organisation.Contact;
import digital.onboarding.organisation.ContactDetails;
import digital.onboarding.organisation.ContactKind;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationContacts;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's named contacts: everyone in it reads them, owners and admins change
 * them.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/contacts")
class ContactController {

	private final OrganisationContacts contacts;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	ContactController(OrganisationContacts contacts, OrganisationManagement organisations, OrganisationAccess access) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.access = access;
	}

	record ContactForm(ContactKind kind, String name, String jobTitle, String email, String profession,
			String registration, Integer version) {

		/**
		 * A form posted without its version is treated as out of date rather than
		 * refused.
		 */
		int versionOrStale() {
			return this.version == null ? -1 : this.version;
		}

		ContactDetails details() {
			return new ContactDetails(this.kind, this.name, this.jobTitle, this.email, this.profession,
					this.registration);
		}

	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("kinds", ContactKind.values());
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, Model model) {
		var byKind = new EnumMap<ContactKind, List<Contact>>(ContactKind.class);
		for (var kind : ContactKind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		this.contacts.list(organisationId).forEach(contact -> byKind.get(contact.kind()).add(contact));
		model.addAttribute("contactsByKind", byKind);
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		return "organisation/contacts";
	}

	@GetMapping("/new")
	String addForm(@PathVariable UUID organisationId, @RequestParam(required = false) ContactKind kind, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("form", new ContactForm(kind, "", "", "", "", "", 0));
		return "organisation/contact";
	}

	@PostMapping
	String add(@PathVariable UUID organisationId, @ModelAttribute("form") ContactForm form, BindingResult result) {
		this.access.require(organisationId, Need.CHANGE);
		if (reject(form, result)) {
			return "organisation/contact";
		}
		try {
			this.contacts.add(organisationId, form.details());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("kind", "taken", ex.getMessage());
			return "organisation/contact";
		}
		return "redirect:/organisations/" + organisationId + "/contacts";
	}

	@GetMapping("/{contactId}")
	String changeForm(@PathVariable UUID organisationId, @PathVariable UUID contactId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var contact = this.contacts.get(organisationId, contactId);
		model.addAttribute("form", new ContactForm(contact.kind(), contact.name(), contact.jobTitle(), contact.email(),
				contact.profession(), contact.registration(), contact.version()));
		model.addAttribute("contactId", contactId);
		return "organisation/contact";
	}

	@PostMapping("/{contactId}")
	String change(@PathVariable UUID organisationId, @PathVariable UUID contactId,
			@ModelAttribute("form") ContactForm form, BindingResult result, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("contactId", contactId);
		var current = this.contacts.get(organisationId, contactId);
		var submitted = new ContactForm(current.kind(), form.name(), form.jobTitle(), form.email(), form.profession(),
				form.registration(), form.version());
		if (reject(submitted, result)) {
			return "organisation/contact";
		}
		try {
			this.contacts.change(organisationId, contactId, submitted.versionOrStale(), submitted.details());
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this person typed and let them save it over the newer version
			// once they have looked.
			model.addAttribute("form", new ContactForm(current.kind(), form.name(), form.jobTitle(), form.email(),
					form.profession(), form.registration(), current.version()));
			model.addAttribute("conflict", current);
			return "organisation/contact";
		}
		return "redirect:/organisations/" + organisationId + "/contacts";
	}

	@GetMapping("/{contactId}/remove")
	String confirmRemoval(@PathVariable UUID organisationId, @PathVariable UUID contactId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("contact", this.contacts.get(organisationId, contactId));
		return "organisation/contact-remove";
	}

	@PostMapping("/{contactId}/remove")
	String remove(@PathVariable UUID organisationId, @PathVariable UUID contactId) {
		this.contacts.remove(organisationId, contactId);
		return "redirect:/organisations/" + organisationId + "/contacts";
	}

	private static boolean reject(ContactForm form, BindingResult result) {
		form.details().problems().forEach((field, message) -> result.rejectValue(field, "invalid", message));
		return result.hasErrors();
	}

}
