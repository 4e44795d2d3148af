/**
 * The administrators' pages of the audit trail: recent events, CSV download and checking
 * the chain.
 */
package digital.onboarding.audit.web;
