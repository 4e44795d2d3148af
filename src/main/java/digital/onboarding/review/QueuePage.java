package digital.onboarding.review;

import java.util.List;
import java.util.Set;

/**
 * One page of a reviewer's queue.
 *
 * @param apiIds the APIs the person reviews, which the queue covers
 * @param stageIds the stages those APIs' programmes have, for the filter
 * @param next the cursor of the next page; {@code null} on the last
 */
public record QueuePage(List<QueueItem> items, Set<String> apiIds, Set<String> stageIds, String next) {
}
