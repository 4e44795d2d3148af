package digital.onboarding.product;

import java.util.Set;
import java.util.UUID;

/**
 * The APIs a significant version is to use were set; the assurance of the ones newly
 * chosen can begin.
 */
public record ApisChosen(UUID organisationId, UUID productId, UUID versionId, Set<String> apiIds) {

	public ApisChosen {
		apiIds = Set.copyOf(apiIds);
	}

}
