package digital.onboarding.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears about an organisation's applications: its owners and admins, and its
 * onboarding contact, who may have no account. The service asks this itself when it tells
 * an organisation of a decision, so no member's permission is checked.
 */
@Service
public class OrganisationRecipients {

	/**
	 * Someone to tell.
	 *
	 * @param accountId {@code null} for a contact without an account in the service
	 */
	public record Recipient(UUID accountId, String email, String name) {
	}

	private final JdbcClient jdbc;

	OrganisationRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The owners and admins, then the onboarding contact unless they are one of them.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> ofApplications(UUID organisationId) {
		return this.jdbc.sql("""
				select a.id as account_id, a.email, a.first_name || ' ' || a.last_name as name, 0 as rank
				from memberships m join accounts a on a.id = m.account_id
				where m.organisation_id = :organisation and m.role in ('OWNER', 'ADMIN')
				union all
				select null, c.email, c.name, 1 from contacts c
				where c.organisation_id = :organisation and c.kind = 'ONBOARDING'
				  and lower(c.email) not in (
				    select lower(a.email) from memberships m join accounts a on a.id = m.account_id
				    where m.organisation_id = :organisation and m.role in ('OWNER', 'ADMIN'))
				order by rank, name
				""")
			.param("organisation", organisationId)
			.query((rs, n) -> new Recipient(rs.getObject("account_id", UUID.class), rs.getString("email"),
					rs.getString("name")))
			.list();
	}

	/**
	 * The owners and admins, then every contact of the kind given (such as the IG lead
	 * for the DSPT) unless they are one of them; the onboarding contact if no kind is
	 * given.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> withContact(UUID organisationId, ContactKind kind) {
		if (kind == null) {
			return ofApplications(organisationId);
		}
		return this.jdbc.sql("""
				select a.id as account_id, a.email, a.first_name || ' ' || a.last_name as name, 0 as rank
				from memberships m join accounts a on a.id = m.account_id
				where m.organisation_id = :organisation and m.role in ('OWNER', 'ADMIN')
				union all
				select null, c.email, c.name, 1 from contacts c
				where c.organisation_id = :organisation and c.kind = :kind
				  and lower(c.email) not in (
				    select lower(a.email) from memberships m join accounts a on a.id = m.account_id
				    where m.organisation_id = :organisation and m.role in ('OWNER', 'ADMIN'))
				order by rank, name
				""")
			.param("organisation", organisationId)
			.param("kind", kind.name())
			.query((rs, n) -> new Recipient(rs.getObject("account_id", UUID.class), rs.getString("email"),
					rs.getString("name")))
			.list();
	}

}
