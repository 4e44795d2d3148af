/**
 * Commissioning: end user organisations commission suppliers' certified product versions
 * and take them live.
 */
package digital.onboarding.commissioning;
