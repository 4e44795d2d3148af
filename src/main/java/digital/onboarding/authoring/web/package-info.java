/**
 * The programme authors' pages.
 */
package digital.onboarding.authoring.web;
