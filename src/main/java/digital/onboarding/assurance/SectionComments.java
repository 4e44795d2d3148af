package digital.onboarding.assurance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Section;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation on each section, threaded per question.
 */
@Repository
class SectionComments {

	private final JdbcClient jdbc;

	SectionComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A section's threads in the order they were started, each oldest message first. */
	List<CommentThread> threads(UUID responseId, Section section) {
		var byThread = new LinkedHashMap<UUID, List<Comment>>();
		this.jdbc.sql("select * from section_comments where section_response_id = ? order by created_at, id")
			.param(responseId)
			.query(Comment.class)
			.list()
			.forEach(comment -> byThread.computeIfAbsent(comment.threadId(), id -> new ArrayList<>()).add(comment));
		return byThread.entrySet().stream().map(thread -> {
			var questionId = thread.getValue().get(0).questionId();
			var subject = questionId == null ? section.title()
					: section.question(questionId).map(Question::label).orElse(questionId);
			return new CommentThread(thread.getKey(), questionId, subject, List.copyOf(thread.getValue()));
		}).toList();
	}

	/**
	 * Adds a comment to a thread, or starts one when {@code threadId} is null.
	 * @throws IllegalArgumentException if the body is empty or too long, or the thread is
	 * not this section's
	 */
	Comment add(UUID responseId, UUID threadId, String questionId, int revisionNumber, UUID authorId, String authorName,
			boolean fromStaff, String body, Instant now) {
		var text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Enter a comment");
		}
		if (text.length() > Comment.MAX_LENGTH) {
			throw new IllegalArgumentException("A comment must be " + Comment.MAX_LENGTH + " characters or fewer");
		}
		var about = questionId;
		if (threadId != null) {
			// A thread about the whole section has no question, so the row is what is
			// looked for.
			var start = this.jdbc.sql("""
					select question_id from section_comments
					where section_response_id = ? and id = ? and thread_id = id
					""").params(responseId, threadId).query((rs, n) -> Optional.ofNullable(rs.getString(1))).list();
			if (start.isEmpty()) {
				throw new IllegalArgumentException("That conversation is not on this section");
			}
			about = start.get(0).orElse(null);
		}
		var id = UUID.randomUUID();
		var comment = new Comment(id, threadId == null ? id : threadId, about, revisionNumber, authorId, authorName,
				fromStaff, text, now);
		this.jdbc.sql("""
				insert into section_comments (id, section_response_id, thread_id, question_id, revision_number,
				  author_id, author_name, from_staff, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(comment.id(), responseId, comment.threadId(), comment.questionId(), revisionNumber, authorId,
					authorName, fromStaff, text, Timestamp.from(now))
			.update();
		return comment;
	}

}
