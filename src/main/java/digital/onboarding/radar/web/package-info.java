/** The radar's pages for an organisation and for staff. */
package digital.onboarding.radar.web;
