package digital.onboarding.assurance;

import java.util.List;
import java.util.UUID;

/**
 * A conversation about one question of a section, or about the whole section.
 *
 * @param questionId {@code null} when it is about the whole section
 * @param subject the question's label, or the section's title
 * @param comments oldest first; the first started the thread
 */
public record CommentThread(UUID id, String questionId, String subject, List<Comment> comments) {
}
