package digital.onboarding.organisation;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who is calling the JSON API with a personal access token: the token's owner, limited to
 * the token's organisation and to the role they held when the token was made.
 */
public record ApiCaller(UUID tokenId, UUID accountId, UUID organisationId, String name) implements Serializable {
}
