/**
 * The pages staff review on: the queue and a revision with its decision.
 */
package digital.onboarding.review.web;
