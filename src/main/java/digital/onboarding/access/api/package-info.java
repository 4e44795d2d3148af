/**
 * Environment access, credentials, certificates, allowlists and endpoints in the JSON
 * API.
 */
package digital.onboarding.access.api;
