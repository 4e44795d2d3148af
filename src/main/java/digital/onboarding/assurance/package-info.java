/**
 * Applications for assurance: answers to a programme's sections, the rules and gates they
 * meet, findings, and immutable revisions submitted for review.
 */
package digital.onboarding.assurance;
