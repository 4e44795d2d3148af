/**
 * Pages for connection agreements: acceptance by the signatory, the product's agreements,
 * and publishing agreement texts.
 */
package digital.onboarding.agreement.web;
