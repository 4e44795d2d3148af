package digital.onboarding.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session. Kept in the session store, so it holds only what pages
 * need; the password hash is erased once sign-in has checked it.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String email;

	private final String firstName;

	private final String lastName;

	private final boolean active;

	private final boolean administrator;

	private String passwordHash;

	SignedInAccount(Account account, boolean administrator) {
		this.id = account.id();
		this.email = account.email();
		this.firstName = account.firstName();
		this.lastName = account.lastName();
		this.active = account.isActive();
		this.administrator = administrator;
		this.passwordHash = account.passwordHash();
	}

	public UUID getId() {
		return this.id;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFullName() {
		return this.firstName + " " + this.lastName;
	}

	public boolean isAdministrator() {
		return this.administrator;
	}

	/**
	 * Whether the person signed in for this request is this account and an administrator.
	 * Staff act only through the pages, so the one asking is the one signed in.
	 */
	public static boolean isSignedInAdministrator(UUID accountId) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				&& account.getId().equals(accountId) && account.isAdministrator();
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.administrator ? List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR")) : List.of();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
