/**
 * Technical conformance certificates: issued when a product version's technical stage is
 * approved for an API, signed by the service, verifiable by anyone, suspended, reinstated
 * or revoked by staff.
 */
package digital.onboarding.certification;
