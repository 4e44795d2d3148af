/**
 * People: creating a developer account, activation, signing in, forgotten passwords and
 * the first administrator.
 */
package digital.onboarding.account;
