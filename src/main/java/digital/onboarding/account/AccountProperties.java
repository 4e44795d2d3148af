package digital.onboarding.account;

import java.time.Duration;

import digital.onboarding.account.RateLimits.Limit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long emailed links stay valid and how often people may try things.
 *
 * @param activationLinkValidity how long an activation link works
 * @param passwordResetLinkValidity how long a password reset link works
 * @param firstAdministratorLinkValidity how long the printed first-administrator link
 * works
 * @param signInFailuresPerAccount failed sign-ins for one email address before it is
 * paused
 * @param signInFailuresPerAddress failed sign-ins from one IP address before it is paused
 * @param requestsPerAddress sign-ups and password reset requests from one IP address
 * @param emailsPerAccount account emails (activation, reset) sent to one address
 */
@ConfigurationProperties("onboarding.accounts")
record AccountProperties(Duration activationLinkValidity, Duration passwordResetLinkValidity,
		Duration firstAdministratorLinkValidity, Limit signInFailuresPerAccount, Limit signInFailuresPerAddress,
		Limit requestsPerAddress, Limit emailsPerAccount) {
}
