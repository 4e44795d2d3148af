package digital.onboarding.organisation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import digital.onboarding.organisation.Contact;
import digital.onboarding.organisation.ContactDetails;
import digital.onboarding.organisation.OrganisationContacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/contacts")
@Tag(name = "Contacts", description = "An organisation's named contacts")
@SecurityRequirement(name = "accessToken")
class ContactsApi {

	private final OrganisationContacts contacts;

	ContactsApi(OrganisationContacts contacts) {
		this.contacts = contacts;
	}

	/**
	 * A contact's details with the version they were read at, for a change that must not
	 * overwrite another.
	 */
	record ContactChange(ContactDetails details, int version) {
	}

	@GetMapping
	@Operation(summary = "Every contact of the organisation")
	List<Contact> list(@PathVariable UUID organisationId) {
		return this.contacts.list(organisationId);
	}

	@GetMapping("/{contactId}")
	@Operation(summary = "One contact")
	Contact get(@PathVariable UUID organisationId, @PathVariable UUID contactId) {
		return this.contacts.get(organisationId, contactId);
	}

	@PostMapping
	@Operation(summary = "Add a contact (owners and admins)")
	ResponseEntity<Contact> add(@PathVariable UUID organisationId, @RequestBody ContactDetails details) {
		var contact = this.contacts.add(organisationId, details);
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/contacts/" + contact.id()))
			.body(contact);
	}

	@PutMapping("/{contactId}")
	@Operation(summary = "Change a contact (owners and admins); 409 if it changed since the version given")
	Contact change(@PathVariable UUID organisationId, @PathVariable UUID contactId, @RequestBody ContactChange change) {
		return this.contacts.change(organisationId, contactId, change.version(), change.details());
	}

	@DeleteMapping("/{contactId}")
	@Operation(summary = "Remove a contact (owners and admins)")
	ResponseEntity<Void> remove(@PathVariable UUID organisationId, @PathVariable UUID contactId) {
		this.contacts.remove(organisationId, contactId);
		return ResponseEntity.noContent().build();
	}

}
