/**
 * The expiry radar: everything of an organisation with an end date, warnings before each
 * ends, and what happens when it lapses.
 */
package digital.onboarding.radar;
