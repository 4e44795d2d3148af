/**
 * Connection agreements: versioned agreement texts, issuing an agreement to an
 * organisation's legal signatory once its application is otherwise approved, and its
 * acceptance through an emailed single-use link.
 */
package digital.onboarding.agreement;
