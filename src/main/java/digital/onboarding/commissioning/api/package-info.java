/** The JSON API for commissions. */
package digital.onboarding.commissioning.api;
