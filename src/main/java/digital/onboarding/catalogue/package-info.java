/**
 * The API catalogue: the national APIs people can onboard to, read from the programme
 * data files shipped with the service.
 */
package digital.onboarding.catalogue;
