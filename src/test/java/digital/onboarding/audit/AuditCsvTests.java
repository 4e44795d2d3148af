package digital.onboarding.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

	private final AuditHistory history = new AuditHistory(null);

	@Test
	void eachEventIsOneRowUnderAHeaderWithTimesInUtc() throws IOException {
		var actor = UUID.randomUUID();
		var organisation = UUID.randomUUID();
		var event = event("Product renamed from \"Old, Name\" to New\nName", actor, organisation);

		var rows = parse(write(List.of(event)));

		assertThat(rows.get(0).values()).containsExactly("seq", "occurred_at", "action", "object_type", "object_id",
				"actor_id", "organisation_id", "summary", "request_id", "address", "previous_hash", "hash");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).values()).containsExactly("42", "2026-11-22T10:15:30.123456Z", "product.changed",
				"product", "p-1", actor.toString(), organisation.toString(),
				"Product renamed from \"Old, Name\" to New\nName", "request-1", "192.0.2.1", AuditEvent.GENESIS,
				event.hash());
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
			"@SUM(A1:A2)", "\t=1+1", "\r=1+1" })
	void aCellThatASpreadsheetWouldRunIsWrittenAsText(String summary) throws IOException {
		var rows = parse(write(List.of(event(summary, null, null))));

		assertThat(rows.get(1).get("summary")).isEqualTo("'" + summary);
	}

	@Test
	void everyTextColumnIsGuardedNotOnlyTheSummary() throws IOException {
		var event = new AuditEvent(1, Instant.parse("2026-11-22T10:15:30Z"), "=cmd", "+type", "-1", null, null, "@x",
				"=request", "-address", AuditEvent.GENESIS, null)
			.sealed();

		var row = parse(write(List.of(event))).get(1);

		assertThat(List.of(row.get("action"), row.get("object_type"), row.get("object_id"), row.get("summary"),
				row.get("request_id"), row.get("address")))
			.containsExactly("'=cmd", "'+type", "'-1", "'@x", "'=request", "'-address");
		assertThat(row.get("actor_id")).isEmpty();
	}

	@Test
	void removingOneLeadingQuoteAlwaysGivesBackTheRecordedValue() throws IOException {
		for (var summary : List.of("'=1+1", "=1+1", "'quoted'", "plain")) {
			var cell = parse(write(List.of(event(summary, null, null)))).get(1).get("summary");
			assertThat(cell.startsWith("'") ? cell.substring(1) : cell).isEqualTo(summary);
		}
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(AuditCsv.neutralised("Role of Ada Lovelace changed from Viewer to Admin"))
			.isEqualTo("Role of Ada Lovelace changed from Viewer to Admin");
		assertThat(AuditCsv.neutralised("a=b")).isEqualTo("a=b");
		assertThat(AuditCsv.neutralised("")).isEmpty();
		assertThat(AuditCsv.neutralised(null)).isNull();
	}

	@Test
	void noEventsIsJustTheHeader() throws IOException {
		assertThat(parse(write(List.of()))).hasSize(1);
	}

	private String write(List<AuditEvent> events) {
		var out = new StringWriter();
		this.history.writeCsv(events, out);
		return out.toString();
	}

	static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader(AuditCsv.COLUMNS).get().parse(new StringReader(csv)).getRecords();
	}

	private static AuditEvent event(String summary, UUID actor, UUID organisation) {
		return new AuditEvent(42, Instant.parse("2026-11-22T10:15:30.123456Z"), "product.changed", "product", "p-1",
				actor, organisation, summary, "request-1", "192.0.2.1", AuditEvent.GENESIS, null)
			.sealed();
	}

}
