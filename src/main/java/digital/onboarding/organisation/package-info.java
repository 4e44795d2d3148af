/**
 * Organisations, their ODS codes, members and roles, invitations, named contacts and the
 * access tokens their members use with the JSON API; and the one policy every module asks
 * before showing or changing an organisation's objects.
 */
package digital.onboarding.organisation;
