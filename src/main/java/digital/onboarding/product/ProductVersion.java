package digital.onboarding.product;

import java.util.List;
import java.util.UUID;

/**
 * A significant version, the patch versions that share its assurance, and the ids of the
 * APIs it is to use, alphabetically by API name.
 */
public record ProductVersion(UUID id, String number, List<String> patches, List<String> apiIds) {
}
