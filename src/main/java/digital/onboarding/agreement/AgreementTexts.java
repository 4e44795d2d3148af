package digital.onboarding.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published versions of the agreement's wording. Publishing adds a version and never
 * changes one (the table refuses it too); the newest is current, and every active
 * agreement's signatory is asked to accept it.
 */
@Service
public class AgreementTexts {

	/** The longest text a clause block or an API's terms may have. */
	public static final int MAX_LENGTH = 50_000;

	private static final TypeReference<Map<String, String>> TERMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementTexts(JdbcClient jdbc, JsonMapper json, Catalogue catalogue, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.catalogue = catalogue;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The newest published version, which new agreements are issued under. */
	@Transactional(readOnly = true)
	public AgreementText current() {
		return this.jdbc.sql("select * from agreement_texts order by version desc limit 1")
			.query(this::text)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No agreement text is published"));
	}

	/** Every published version, the newest first. */
	@Transactional(readOnly = true)
	public List<AgreementText> all() {
		return this.jdbc.sql("select * from agreement_texts order by version desc").query(this::text).list();
	}

	@Transactional(readOnly = true)
	public Optional<AgreementText> find(int version) {
		return this.jdbc.sql("select * from agreement_texts where version = ?")
			.param(version)
			.query(this::text)
			.optional();
	}

	/**
	 * Publishes the next version. Terms left blank are left out: that API's agreements
	 * then hold only the core clauses.
	 * @param apiTerms terms by API id; ids of APIs the catalogue does not have are
	 * refused
	 * @param administratorId who publishes it (the pages allow administrators only)
	 * @throws IllegalArgumentException if the core clauses are blank, or a text is too
	 * long or names an unknown API
	 */
	@Transactional
	public AgreementText publish(String coreClauses, Map<String, String> apiTerms, UUID administratorId) {
		if (coreClauses == null || coreClauses.isBlank()) {
			throw new IllegalArgumentException("Enter the core clauses");
		}
		if (coreClauses.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("The core clauses must be " + MAX_LENGTH + " characters or fewer");
		}
		var terms = new LinkedHashMap<String, String>();
		apiTerms.forEach((apiId, text) -> {
			if (this.catalogue.find(apiId).isEmpty()) {
				throw new IllegalArgumentException("There is no API " + apiId);
			}
			if (text != null && !text.isBlank()) {
				if (text.length() > MAX_LENGTH) {
					throw new IllegalArgumentException(
							"The terms for " + apiId + " must be " + MAX_LENGTH + " characters or fewer");
				}
				terms.put(apiId, normalised(text));
			}
		});
		// Publishing one version at a time keeps version numbers gapless and in order.
		this.jdbc.sql("lock table agreement_texts in exclusive mode").update();
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from agreement_texts")
			.query(Integer.class)
			.single();
		var now = this.clock.instant();
		this.jdbc.sql("""
				insert into agreement_texts (version, core_clauses, api_terms, published_at, published_by)
				values (?, ?, ?::jsonb, ?, ?)
				""")
			.params(version, normalised(coreClauses), this.json.writeValueAsString(terms), Timestamp.from(now),
					administratorId)
			.update();
		this.audit.record(AuditEntry.of("agreement-text.published", "agreement", "version-" + version)
			.by(administratorId)
			.summary("Published connection agreement version " + version + " with terms for "
					+ (terms.isEmpty() ? "no API" : String.join(", ", terms.keySet()))));
		this.events.publishEvent(new AgreementTextPublished(version));
		return find(version).orElseThrow();
	}

	/** Line endings as browsers send them differ; the hash of a text must not. */
	static String normalised(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private AgreementText text(ResultSet rs, int rowNumber) throws SQLException {
		return new AgreementText(rs.getInt("version"), rs.getString("core_clauses"),
				this.json.readValue(rs.getString("api_terms"), TERMS), rs.getTimestamp("published_at").toInstant(),
				rs.getObject("published_by", UUID.class));
	}

}
