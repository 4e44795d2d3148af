package digital.onboarding.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviews of submitted revisions, and the queue over them.
 */
@Repository
class Reviews {

	/** Where a page of the queue ends: the next starts after this review. */
	record Cursor(Instant submittedAt, UUID revisionId) {
	}

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Review review) {
		this.jdbc.sql("""
				insert into reviews (revision_id, section_response_id, organisation_id, product_id, product_version_id,
				  section_id, section_title, stage_id, api_ids, revision_number, organisation_name, ods_code,
				  product_name, version_number, has_findings, four_eyes, deferral_allowed, turnaround_working_days,
				  submitted_at, due_on, state, assignee_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(review.revisionId(), review.sectionResponseId(), review.organisationId(), review.productId(),
					review.productVersionId(), review.sectionId(), review.sectionTitle(), review.stageId(),
					review.apiIds().toArray(String[]::new), review.revisionNumber(), review.organisationName(),
					review.odsCode(), review.productName(), review.versionNumber(), review.hasFindings(),
					review.fourEyes(), review.deferrable(), review.turnaroundWorkingDays(),
					Timestamp.from(review.submittedAt()), Date.valueOf(review.dueOn()), review.state().name(),
					review.assigneeId())
			.update();
	}

	Optional<Review> find(UUID revisionId) {
		return this.jdbc.sql("select * from reviews where revision_id = ?")
			.param(revisionId)
			.query(Reviews::review)
			.optional();
	}

	/** Every review of a section, the first revision's first. */
	List<Review> ofSection(UUID sectionResponseId) {
		return this.jdbc.sql("select * from reviews where section_response_id = ? order by revision_number")
			.param(sectionResponseId)
			.query(Reviews::review)
			.list();
	}

	/**
	 * One page of the queue, oldest first, over the given APIs.
	 * @param after the last review of the previous page; {@code null} for the first
	 */
	List<Review> queue(Set<String> apiIds, QueueFilter filter, UUID me, LocalDate today, Cursor after, int limit) {
		var sql = new StringBuilder("select * from reviews where api_ids && cast(:apis as text[])");
		var params = new LinkedHashMap<String, Object>();
		params.put("apis", apiIds.toArray(String[]::new));
		if (filter.stageId() != null) {
			sql.append(" and stage_id = :stage");
			params.put("stage", filter.stageId());
		}
		var state = filter.state() == null ? "open" : filter.state();
		if (state.equals("open")) {
			sql.append(" and state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL')");
		}
		else if (!state.equals("all")) {
			sql.append(" and state = :state");
			params.put("state", ReviewState.valueOf(state).name());
		}
		if ("overdue".equals(filter.age())) {
			sql.append(" and due_on < :today");
			params.put("today", Date.valueOf(today));
		}
		else if ("on-time".equals(filter.age())) {
			sql.append(" and due_on >= :today");
			params.put("today", Date.valueOf(today));
		}
		if ("me".equals(filter.assignee())) {
			sql.append(" and assignee_id = :me");
			params.put("me", me);
		}
		else if ("unassigned".equals(filter.assignee())) {
			sql.append(" and assignee_id is null");
		}
		if ("yes".equals(filter.findings()) || "no".equals(filter.findings())) {
			sql.append(" and has_findings = :findings");
			params.put("findings", "yes".equals(filter.findings()));
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			sql.append(
					" and (organisation_name ilike :search or ods_code ilike :search or product_name ilike :search)");
			params.put("search", "%" + likeEscaped(filter.search().strip()) + "%");
		}
		if (after != null) {
			sql.append(" and (submitted_at, revision_id) > (:afterAt, :afterId)");
			params.put("afterAt", Timestamp.from(after.submittedAt()));
			params.put("afterId", after.revisionId());
		}
		sql.append(" order by submitted_at, revision_id limit :limit");
		params.put("limit", limit);
		// Which plan is right depends on the values: how many reviews the APIs, the
		// stage or the search match. After five runs of a prepared statement PostgreSQL
		// switches to a generic plan made without them, which takes "api_ids && $1" to
		// match 1% of the reviews rather than most, and reads the API index whole: in
		// ReviewQueueBenchmark a search then took 7.5-20 ms (median) instead of 3-6.
		// Planning for the values took 0.1-0.8 ms in EXPLAIN. SET LOCAL lasts until
		// the caller's transaction ends.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		return this.jdbc.sql(sql.toString()).params(params).query(Reviews::review).list();
	}

	/** The open reviews past their target over any of the APIs, oldest first. */
	List<Review> overdue(LocalDate today) {
		return this.jdbc.sql("""
				select * from reviews where state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL') and due_on < ?
				order by submitted_at, revision_id
				""").param(Date.valueOf(today)).query(Reviews::review).list();
	}

	/**
	 * Sets or clears the assignee of an open review.
	 * @return whether it was open
	 */
	boolean assign(UUID revisionId, UUID assigneeId) {
		return this.jdbc.sql("""
				update reviews set assignee_id = ?, version = version + 1
				where revision_id = ? and state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL')
				""").params(assigneeId, revisionId).update() == 1;
	}

	/**
	 * @return whether the review was still as the recommender saw it
	 */
	boolean recommend(UUID revisionId, int expectedVersion, Decision decision, String reason, UUID by, Instant at) {
		return this.jdbc.sql("""
				update reviews set state = 'AWAITING_APPROVAL', recommendation = ?, recommendation_reason = ?,
				  recommended_by = ?, recommended_at = ?, version = version + 1
				where revision_id = ? and version = ? and state = 'AWAITING_REVIEW'
				""").params(decision.name(), reason, by, Timestamp.from(at), revisionId, expectedVersion).update() == 1;
	}

	/**
	 * @return whether the review was still as the decider saw it
	 */
	boolean decide(UUID revisionId, int expectedVersion, Decision decision, String reason, UUID by, Instant at) {
		return this.jdbc.sql("""
				update reviews set state = 'DECIDED', outcome = ?, reason = ?, decided_by = ?, decided_at = ?,
				  version = version + 1
				where revision_id = ? and version = ? and state in ('AWAITING_REVIEW', 'AWAITING_APPROVAL')
				""").params(decision.name(), reason, by, Timestamp.from(at), revisionId, expectedVersion).update() == 1;
	}

	void withdraw(UUID revisionId) {
		this.jdbc.sql("""
				update reviews set state = 'WITHDRAWN', version = version + 1
				where revision_id = ? and state = 'AWAITING_REVIEW'
				""").param(revisionId).update();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").toLowerCase(Locale.ROOT);
	}

	private static Review review(ResultSet rs, int rowNumber) throws SQLException {
		return new Review(rs.getObject("revision_id", UUID.class), rs.getObject("section_response_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("product_version_id", UUID.class), rs.getString("section_id"),
				rs.getString("section_title"), rs.getString("stage_id"),
				Arrays.asList((String[]) rs.getArray("api_ids").getArray()), rs.getInt("revision_number"),
				rs.getString("organisation_name"), rs.getString("ods_code"), rs.getString("product_name"),
				rs.getString("version_number"), rs.getBoolean("has_findings"), rs.getBoolean("four_eyes"),
				rs.getBoolean("deferral_allowed"), rs.getInt("turnaround_working_days"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getDate("due_on").toLocalDate(),
				ReviewState.valueOf(rs.getString("state")), rs.getObject("assignee_id", UUID.class),
				decision(rs.getString("recommendation")), rs.getObject("recommended_by", UUID.class),
				instant(rs.getTimestamp("recommended_at")), rs.getString("recommendation_reason"),
				decision(rs.getString("outcome")), rs.getObject("decided_by", UUID.class),
				instant(rs.getTimestamp("decided_at")), rs.getString("reason"), rs.getInt("version"));
	}

	private static Decision decision(String name) {
		return name == null ? null : Decision.valueOf(name);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
