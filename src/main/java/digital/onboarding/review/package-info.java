/**
 * Reviewing submitted sections: the queue with turnaround targets, comments, findings
 * overridden, decisions taken by one person or by four eyes, and who is told.
 */
package digital.onboarding.review;
