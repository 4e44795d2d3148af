/**
 * Platform staff: the reviewer, approver and programme author roles that administrators
 * grant and withdraw for each API.
 */
package digital.onboarding.staff;
