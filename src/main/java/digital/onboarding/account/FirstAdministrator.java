package digital.onboarding.account;

import java.time.Clock;
import java.util.UUID;

import digital.onboarding.account.Account.Status;
import digital.onboarding.account.OneTimeLinks.Purpose;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.platform.ServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to become the first administrator: while there is none, each start prints
 * a single-use link that creates one. Whoever can read the service's log is trusted to
 * run it.
 */
@Service
public class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	/**
	 * Serialises creation across nodes, so two links used at once cannot make two first
	 * administrators.
	 */
	private static final long CREATION_LOCK = 0x41444D494EL;

	/** What became of an attempt to create the first administrator. */
	public enum Outcome {

		CREATED,

		/** The email address already has an account. */
		EMAIL_TAKEN,

		/** The link is not valid (any more), or an administrator exists already. */
		LINK_NOT_VALID

	}

	private final Accounts accounts;

	private final OneTimeLinks links;

	private final AuditTrail audit;

	private final PasswordEncoder passwordEncoder;

	private final ServiceProperties service;

	private final AccountProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	FirstAdministrator(Accounts accounts, OneTimeLinks links, AuditTrail audit, PasswordEncoder passwordEncoder,
			ServiceProperties service, AccountProperties properties, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.service = service;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void offerLinkIfNoAdministrator() {
		if (this.accounts.administratorExists()) {
			return;
		}
		var validity = this.properties.firstAdministratorLinkValidity();
		var token = this.links.issue(Purpose.FIRST_ADMINISTRATOR, null, validity);
		this.audit.record(AuditEntry.of("first-administrator-link.issued", "first-administrator-link", null)
			.summary("Single-use link to create the first administrator printed in the log, valid for "
					+ AccountEmails.inWords(validity)));
		log.warn(
				"""

						  There is no administrator yet. To create the first one, open this link (it works once and expires in {}):

						    {}
						""",
				AccountEmails.inWords(validity), this.service.link("/setup/administrator/" + token));
	}

	@Transactional(readOnly = true)
	public boolean isLinkValid(String token) {
		return !this.accounts.administratorExists() && this.links.check(Purpose.FIRST_ADMINISTRATOR, token).isValid();
	}

	@Transactional
	public Outcome create(String token, String firstName, String lastName, String email, String password) {
		if (!PasswordPolicy.check(password, password).isEmpty()) {
			throw new IllegalArgumentException("The password does not meet the password policy");
		}
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CREATION_LOCK).query((rs, n) -> 1).list();
		if (this.accounts.administratorExists()) {
			return Outcome.LINK_NOT_VALID;
		}
		if (this.accounts.findByEmail(email).isPresent()) {
			return Outcome.EMAIL_TAKEN;
		}
		if (!this.links.redeem(Purpose.FIRST_ADMINISTRATOR, token).isValid()) {
			return Outcome.LINK_NOT_VALID;
		}
		var now = this.clock.instant();
		var account = new Account(UUID.randomUUID(), EmailAddress.normalise(email), firstName.strip(), lastName.strip(),
				this.passwordEncoder.encode(password), Status.ACTIVE, TermsOfUse.CURRENT_VERSION, now, now, now, 0);
		if (!this.accounts.insert(account)) {
			return Outcome.EMAIL_TAKEN;
		}
		this.accounts.grantAdministrator(account.id(), now);
		this.audit.record(AuditEntry.of("account.created", "account", account.id())
			.by(account.id())
			.summary("First administrator account created from the start-up link; terms of use version "
					+ TermsOfUse.CURRENT_VERSION + " accepted"));
		this.audit.record(AuditEntry.of("administrator.granted", "account", account.id())
			.by(account.id())
			.summary("Administrator role given to " + account.fullName() + ", the first administrator"));
		return Outcome.CREATED;
	}

}
