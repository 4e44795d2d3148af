/**
 * The service's edge in the browser: security of every request, the page layout, the home
 * page and error pages.
 */
package digital.onboarding.web;
