/**
 * Access to the APIs' sandbox, integration and production environments, with credentials,
 * certificates, allowlists and endpoints.
 */
package digital.onboarding.access;
