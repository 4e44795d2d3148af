package digital.onboarding.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import digital.onboarding.account.EmailAddress;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.audit.ChangedFields;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's named contacts, which later answers pre-fill from.
 */
@Service
public class OrganisationContacts {

	private final JdbcClient jdbc;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	OrganisationContacts(JdbcClient jdbc, OrganisationAccess access, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every contact, in the order of their kinds, then by name. */
	@Transactional(readOnly = true)
	public List<Contact> list(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.jdbc.sql("select * from contacts where organisation_id = ? order by name")
			.param(organisationId)
			.query(Contact.class)
			.stream()
			.sorted(Comparator.comparing(Contact::kind))
			.toList();
	}

	@Transactional(readOnly = true)
	public Contact get(UUID organisationId, UUID contactId) {
		this.access.require(organisationId, Need.READ);
		return find(organisationId, contactId);
	}

	/**
	 * Adds a contact.
	 * @throws IllegalArgumentException if the details have problems, or the organisation
	 * already has a contact of a kind that allows only one
	 */
	@Transactional
	public Contact add(UUID organisationId, ContactDetails details) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		requireValid(details);
		var id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						insert into contacts (id, organisation_id, kind, name, job_title, email, profession, registration, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(id, organisationId, details.kind().name(), details.name().strip(), details.jobTitle().strip(),
						EmailAddress.normalise(details.email()), professional(details, details.profession()),
						professional(details, details.registration()), Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("The organisation already has a "
					+ details.kind().label().toLowerCase(Locale.ROOT) + "; change that contact instead");
		}
		record(membership, "contact.added", id, details.kind().label() + " added: " + details.name().strip() + ", "
				+ details.jobTitle().strip() + ", " + EmailAddress.normalise(details.email()));
		return find(organisationId, id);
	}

	/**
	 * Changes a contact, if nobody changed it since the caller read it.
	 * @param version the version the caller read
	 */
	@Transactional
	public Contact change(UUID organisationId, UUID contactId, int version, ContactDetails details) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var existing = find(organisationId, contactId);
		if (details.kind() != existing.kind()) {
			throw new IllegalArgumentException("A contact's kind cannot change; add a new contact instead");
		}
		requireValid(details);
		int updated = this.jdbc
			.sql("""
					update contacts set name = ?, job_title = ?, email = ?, profession = ?, registration = ?, version = version + 1
					where id = ? and organisation_id = ? and version = ?
					""")
			.params(details.name().strip(), details.jobTitle().strip(), EmailAddress.normalise(details.email()),
					professional(details, details.profession()), professional(details, details.registration()),
					contactId, organisationId, version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Contact " + contactId + " was changed by someone else");
		}
		var changes = new ChangedFields().compare("name", existing.name(), details.name())
			.compare("job title", existing.jobTitle(), details.jobTitle())
			.compare("email", existing.email(), EmailAddress.normalise(details.email()))
			.compare("profession", existing.profession(), professional(details, details.profession()))
			.compare("registration", existing.registration(), professional(details, details.registration()));
		record(membership, "contact.changed", contactId, existing.kind().label() + " " + existing.name() + ": "
				+ (changes.isEmpty() ? "saved without changes" : changes.toString()));
		return find(organisationId, contactId);
	}

	@Transactional
	public void remove(UUID organisationId, UUID contactId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var existing = find(organisationId, contactId);
		this.jdbc.sql("delete from contacts where id = ?").param(contactId).update();
		record(membership, "contact.removed", contactId,
				existing.kind().label() + " " + existing.name() + " (" + existing.email() + ") removed");
	}

	private Contact find(UUID organisationId, UUID contactId) {
		return this.jdbc.sql("select * from contacts where id = ? and organisation_id = ?")
			.params(contactId, organisationId)
			.query(Contact.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Contact"));
	}

	private void record(Membership membership, String action, UUID contactId, String summary) {
		this.audit.record(AuditEntry.of(action, "contact", contactId)
			.by(membership.accountId())
			.inOrganisation(membership.organisationId())
			.summary(summary));
	}

	private static void requireValid(ContactDetails details) {
		var problems = details.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems.values()));
		}
	}

	/** Profession and registration are kept for clinical safety officers only. */
	private static String professional(ContactDetails details, String value) {
		return details.kind() == ContactKind.CLINICAL_SAFETY_OFFICER ? value.strip() : null;
	}

}
