/**
 * The public register: per API, the products holding a valid technical conformance
 * certificate, and the live end user organisation services.
 */
package digital.onboarding.register;
