package digital.onboarding.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.Person;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granting and withdrawing staff roles, and asking who holds them. Only administrators
 * change roles, checked here against the database so no page or caller can forget it;
 * anyone may ask whether a person holds a role, since later permission checks rest on it.
 */
@Service
public class StaffRoles {

	private final Grants grants;

	private final AccountManagement accounts;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	StaffRoles(Grants grants, AccountManagement accounts, Catalogue catalogue, AuditTrail audit, Clock clock) {
		this.grants = grants;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Outcome {

		GRANTED,

		/** Nothing changed: the person held the role already. */
		ALREADY_HELD,

		/** No active account has the email address, so nobody was given the role. */
		NO_ACTIVE_ACCOUNT

	}

	/**
	 * Gives the person with this email address a role for an API.
	 * @throws ForbiddenException if the actor is not an administrator
	 * @throws digital.onboarding.platform.NotFoundException if the API is not in the
	 * catalogue
	 */
	@Transactional
	public Outcome grant(UUID actorId, String email, String apiId, StaffRole role) {
		requireAdministrator(actorId);
		var api = this.catalogue.get(apiId);
		var person = this.accounts.findActivePerson(email);
		if (person.isEmpty()) {
			return Outcome.NO_ACTIVE_ACCOUNT;
		}
		var accountId = person.get().id();
		if (!this.grants.insert(accountId, api.id(), role, actorId, this.clock.instant())) {
			return Outcome.ALREADY_HELD;
		}
		this.audit.record(AuditEntry.of("staff-role.granted", "account", accountId)
			.by(actorId)
			.summary(role.label() + " role for " + api.name() + " (" + api.id() + ") granted to "
					+ person.get().fullName()));
		return Outcome.GRANTED;
	}

	/**
	 * Takes a role away. Works for an API that has left the catalogue too, so no role is
	 * stranded.
	 * @return whether the person held the role
	 * @throws ForbiddenException if the actor is not an administrator
	 */
	@Transactional
	public boolean withdraw(UUID actorId, UUID accountId, String apiId, StaffRole role) {
		requireAdministrator(actorId);
		if (!this.grants.delete(accountId, apiId, role)) {
			return false;
		}
		var person = this.accounts.findPeople(List.of(accountId)).get(accountId);
		var apiName = this.catalogue.find(apiId).map(Api::name).orElse(apiId);
		this.audit.record(AuditEntry.of("staff-role.withdrawn", "account", accountId)
			.by(actorId)
			.summary(role.label() + " role for " + apiName + " (" + apiId + ") withdrawn from "
					+ (person == null ? "account " + accountId : person.fullName())));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean holds(UUID accountId, String apiId, StaffRole role) {
		return this.grants.exists(accountId, apiId, role);
	}

	/** The roles the person holds for any API. */
	@Transactional(readOnly = true)
	public Set<StaffRole> rolesOf(UUID accountId) {
		return this.grants.rolesOf(accountId);
	}

	/** The APIs for which the person holds any of the roles. */
	@Transactional(readOnly = true)
	public Set<String> apisWhere(UUID accountId, Set<StaffRole> roles) {
		return this.grants.apisOf(accountId, roles);
	}

	/** The people holding any of the roles for any of the APIs, each once. */
	@Transactional(readOnly = true)
	public List<Person> holders(Collection<String> apiIds, Set<StaffRole> roles) {
		var people = this.accounts.findPeople(this.grants.holders(apiIds, roles));
		return people.values().stream().sorted(Comparator.comparing(Person::fullName)).toList();
	}

	/** One role held, if it is. */
	@Transactional(readOnly = true)
	public Optional<StaffRoleGrant> find(UUID accountId, String apiId, StaffRole role) {
		return this.grants.find(accountId, apiId, role)
			.map(row -> toGrant(row, this.accounts.findPeople(List.of(accountId)).get(accountId)));
	}

	/** Every role held, by person's name, then API name, then role. */
	@Transactional(readOnly = true)
	public List<StaffRoleGrant> all() {
		var rows = this.grants.findAll();
		var people = this.accounts.findPeople(rows.stream().map(Grants.Row::accountId).distinct().toList());
		return rows.stream()
			.map(row -> toGrant(row, people.get(row.accountId())))
			.sorted(Comparator
				.comparing((StaffRoleGrant grant) -> grant.person().fullName(), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(grant -> grant.person().email())
				.thenComparing(StaffRoleGrant::apiName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(StaffRoleGrant::role))
			.toList();
	}

	private StaffRoleGrant toGrant(Grants.Row row, Person person) {
		var apiName = this.catalogue.find(row.apiId()).map(Api::name).orElse(row.apiId());
		return new StaffRoleGrant(person, row.apiId(), apiName, row.role(), row.grantedAt());
	}

	private void requireAdministrator(UUID actorId) {
		if (actorId == null || !this.accounts.isAdministrator(actorId)) {
			throw new ForbiddenException("Only administrators can grant and withdraw staff roles");
		}
	}

}
