/**
 * Programme authoring: programme authors of an API write, check, preview and publish new
 * versions of its onboarding programme.
 */
package digital.onboarding.authoring;
