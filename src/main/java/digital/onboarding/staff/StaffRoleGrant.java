package digital.onboarding.staff;

import java.time.Instant;

import digital.onboarding.account.Person;

/**
 * A role one person holds for one API.
 *
 * @param person who holds it
 * @param apiId the API's catalogue id
 * @param apiName the API's name, or its id if the API has left the catalogue since
 * @param role what they may do for that API
 * @param grantedAt when an administrator granted it
 */
public record StaffRoleGrant(Person person, String apiId, String apiName, StaffRole role, Instant grantedAt) {

}
