/** The environments pages for suppliers and the production access requests for staff. */
package digital.onboarding.access.web;
