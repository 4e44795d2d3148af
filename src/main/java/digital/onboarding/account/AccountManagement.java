package digital.onboarding.account;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import digital.onboarding.account.Account.Status;
import digital.onboarding.account.OneTimeLinks.Check;
import digital.onboarding.account.OneTimeLinks.Purpose;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.notification.Email;
import digital.onboarding.notification.EmailOutbox;
import digital.onboarding.platform.RequestOrigin;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and activating accounts and resetting passwords. Whatever the email address,
 * the caller is told the same thing, so nobody can learn from the service who has an
 * account; what differs goes by email to the address's owner.
 */
@Service
public class AccountManagement {

	private final Accounts accounts;

	private final OneTimeLinks links;

	private final AccountEmails emails;

	private final EmailOutbox outbox;

	private final AuditTrail audit;

	private final RateLimits rateLimits;

	private final AccountProperties properties;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	AccountManagement(Accounts accounts, OneTimeLinks links, AccountEmails emails, EmailOutbox outbox, AuditTrail audit,
			RateLimits rateLimits, AccountProperties properties, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<?> sessions, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.emails = emails;
		this.outbox = outbox;
		this.audit = audit;
		this.rateLimits = rateLimits;
		this.properties = properties;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Takes what a person entered on the Create account page, already checked, and keeps
	 * it until they agree to the terms of use.
	 * @throws TooManyAttemptsException if too many accounts were started from the
	 * caller's address
	 */
	public PendingSignUp startSignUp(String firstName, String lastName, String email, String password) {
		requireValidPassword(password);
		if (!this.rateLimits.tryAcquire("sign-up:" + RequestOrigin.current().address(),
				this.properties.requestsPerAddress())) {
			throw new TooManyAttemptsException();
		}
		return new PendingSignUp(firstName.strip(), lastName.strip(), EmailAddress.normalise(email),
				this.passwordEncoder.encode(password));
	}

	/**
	 * The person agreed to the terms of use: creates their account and emails the
	 * activation link. If the address already has an account, its owner is told by email
	 * instead.
	 */
	@Transactional
	public void completeSignUp(PendingSignUp pending) {
		var existing = this.accounts.findByEmail(pending.email());
		if (existing.isPresent()) {
			var account = existing.get();
			if (mayEmail(account)) {
				if (account.isActive()) {
					this.outbox.queue(this.emails.alreadyRegistered(account));
				}
				else {
					sendActivationAgain(account, "after another sign-up with this address");
				}
			}
			return;
		}
		var now = this.clock.instant();
		var account = new Account(UUID.randomUUID(), pending.email(), pending.firstName(), pending.lastName(),
				pending.passwordHash(), Status.PENDING_ACTIVATION, TermsOfUse.CURRENT_VERSION, now, now, null, 0);
		if (!this.accounts.insert(account)) {
			return;
		}
		this.audit.record(AuditEntry.of("account.created", "account", account.id())
			.by(account.id())
			.summary("Account created; terms of use version " + TermsOfUse.CURRENT_VERSION + " accepted"));
		this.rateLimits.hit(emailBucket(account));
		this.outbox.queue(newActivationEmail(account));
	}

	@Transactional(readOnly = true)
	public LinkStatus checkActivationLink(String token) {
		return this.links.check(Purpose.ACTIVATION, token).status();
	}

	/** Activates the account the link belongs to, once. */
	@Transactional
	public LinkStatus activate(String token) {
		var check = this.links.redeem(Purpose.ACTIVATION, token);
		if (check.isValid()) {
			var account = this.accounts.findById(check.accountId()).orElseThrow();
			if (!account.isActive()) {
				this.accounts.activate(account, this.clock.instant());
				this.audit.record(AuditEntry.of("account.activated", "account", account.id())
					.by(account.id())
					.summary("Account activated from the emailed link"));
			}
		}
		return check.status();
	}

	/** Whether the account an old activation link belongs to is active already. */
	@Transactional(readOnly = true)
	public boolean isActivatedByLink(String token) {
		return accountOf(this.links.check(Purpose.ACTIVATION, token)).map(Account::isActive).orElse(false);
	}

	/**
	 * Sends a fresh activation link for the account an expired or replaced link belongs
	 * to, if it still needs one.
	 */
	@Transactional
	public void resendActivation(String expiredToken) {
		accountOf(this.links.check(Purpose.ACTIVATION, expiredToken))
			.filter(account -> !account.isActive() && mayEmail(account))
			.ifPresent(account -> sendActivationAgain(account, "from an expired or replaced link"));
	}

	/**
	 * Emails a reset link if the address has an account; the caller learns nothing either
	 * way.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		if (!this.rateLimits.tryAcquire("reset:" + RequestOrigin.current().address(),
				this.properties.requestsPerAddress())) {
			throw new TooManyAttemptsException();
		}
		this.accounts.findByEmail(email).filter(this::mayEmail).ifPresent(account -> {
			this.links.revokeAll(Purpose.PASSWORD_RESET, account.id());
			var validity = this.properties.passwordResetLinkValidity();
			var token = this.links.issue(Purpose.PASSWORD_RESET, account.id(), validity);
			this.audit.record(AuditEntry.of("account.password-reset-requested", "account", account.id())
				.summary("Password reset link emailed, valid for " + AccountEmails.inWords(validity)
						+ "; earlier reset links withdrawn"));
			this.outbox.queue(this.emails.passwordReset(account, token, validity));
		});
	}

	@Transactional(readOnly = true)
	public LinkStatus checkPasswordResetLink(String token) {
		return this.links.check(Purpose.PASSWORD_RESET, token).status();
	}

	/**
	 * Sets a new password through a reset link and signs the account out everywhere.
	 * Following the link proves the person holds the mailbox, so an account still waiting
	 * for activation is activated too.
	 */
	@Transactional
	public LinkStatus resetPassword(String token, String newPassword) {
		requireValidPassword(newPassword);
		var check = this.links.redeem(Purpose.PASSWORD_RESET, token);
		if (check.isValid()) {
			var account = this.accounts.findById(check.accountId()).orElseThrow();
			this.accounts.changePassword(account, this.passwordEncoder.encode(newPassword));
			if (!account.isActive()) {
				this.accounts.activate(this.accounts.findById(account.id()).orElseThrow(), this.clock.instant());
			}
			this.audit.record(AuditEntry.of("account.password-reset", "account", account.id())
				.by(account.id())
				.summary("Password changed through a reset link; every other session signed out" + (account.isActive()
						? "" : "; account activated, since the link proves the mailbox is theirs")));
			this.outbox.queue(this.emails.passwordChanged(account));
			this.sessions.findByPrincipalName(account.email()).keySet().forEach(this.sessions::deleteById);
		}
		return check.status();
	}

	/**
	 * The person whose active account has this email address. Only for administrators
	 * naming someone on a staff page: shown to anyone else, it would tell who has an
	 * account.
	 */
	@Transactional(readOnly = true)
	public Optional<Person> findActivePerson(String email) {
		return this.accounts.findByEmail(email).filter(Account::isActive).map(Person::of);
	}

	/** The people holding these accounts, by account id; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, Person> findPeople(Collection<UUID> accountIds) {
		return this.accounts.findByIds(accountIds)
			.stream()
			.collect(Collectors.toUnmodifiableMap(Account::id, Person::of));
	}

	/**
	 * Whether the account holds the administrator role now, read from the database rather
	 * than from a session that may be older than a change.
	 */
	@Transactional(readOnly = true)
	public boolean isAdministrator(UUID accountId) {
		return this.accounts.isAdministrator(accountId);
	}

	private Optional<Account> accountOf(Check check) {
		return Optional.ofNullable(check.accountId()).flatMap(this.accounts::findById);
	}

	/**
	 * Emails a fresh activation link. Issuing a link that activates an account is
	 * recorded even though nobody is signed in, so the trail shows every link that could
	 * have.
	 */
	private void sendActivationAgain(Account account, String why) {
		this.outbox.queue(newActivationEmail(account));
		this.audit.record(AuditEntry.of("account.activation-link-sent", "account", account.id())
			.summary("Activation link emailed again " + why + ", valid for "
					+ AccountEmails.inWords(this.properties.activationLinkValidity()) + "; earlier links withdrawn"));
	}

	private Email newActivationEmail(Account account) {
		this.links.revokeAll(Purpose.ACTIVATION, account.id());
		var validity = this.properties.activationLinkValidity();
		return this.emails.activation(account, this.links.issue(Purpose.ACTIVATION, account.id(), validity), validity);
	}

	/**
	 * Counts an email to the account's owner against their limit, so nobody can flood a
	 * mailbox.
	 */
	private boolean mayEmail(Account account) {
		return this.rateLimits.tryAcquire(emailBucket(account), this.properties.emailsPerAccount());
	}

	private static String emailBucket(Account account) {
		return "email:" + account.id();
	}

	private static void requireValidPassword(String password) {
		if (!PasswordPolicy.check(password, password).isEmpty()) {
			throw new IllegalArgumentException("The password does not meet the password policy");
		}
	}

}
