/**
 * The service's edge: security of every request, the page layout, the home page, and the
 * error pages and problem details every error is answered with.
 */
package digital.onboarding.web;
