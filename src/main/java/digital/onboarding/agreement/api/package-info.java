/** The JSON API for a product's connection agreements. */
package digital.onboarding.agreement.api;
