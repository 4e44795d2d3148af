/** The radar in the JSON API. */
package digital.onboarding.radar.api;
