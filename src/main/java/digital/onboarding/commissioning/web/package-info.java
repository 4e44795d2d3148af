/**
 * Pages for commissions: commissioning, the supplier's answer, INT testing, sign-off and
 * the go decision.
 */
package digital.onboarding.commissioning.web;
