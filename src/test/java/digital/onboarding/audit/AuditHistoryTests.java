package digital.onboarding.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import digital.onboarding.support.ServiceTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@ServiceTest
class AuditHistoryTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditHistory history;

	@Test
	void theHistoryOfObjectsHoldsOnlyTheirEventsOldestFirst() {
		var first = UUID.randomUUID().toString();
		var second = UUID.randomUUID().toString();
		var other = UUID.randomUUID().toString();
		this.trail.record(AuditEntry.of("widget.made", "widget", first).summary("first made"));
		this.trail.record(AuditEntry.of("widget.made", "widget", other).summary("other made"));
		this.trail.record(AuditEntry.of("widget.made", "widget", second).summary("second made"));
		this.trail.record(AuditEntry.of("gadget.made", "gadget", first).summary("a gadget with the same id"));
		this.trail.record(AuditEntry.of("widget.changed", "widget", first).summary("first changed"));

		assertThat(this.history.about("widget", List.of(first, second))).extracting(AuditEvent::summary)
			.containsExactly("first made", "second made", "first changed");
		assertThat(this.history.about("widget", List.of())).isEmpty();
	}

	@Test
	void pagesGoBackFromTheNewestEventBySequenceNumber() {
		var organisation = UUID.randomUUID();
		var recorded = IntStream.rangeClosed(1, 5)
			.mapToObj(n -> this.trail
				.record(AuditEntry.of("widget.made", "widget", n).inOrganisation(organisation).summary("widget " + n)))
			.toList();
		var filter = AuditFilter.everything().inOrganisation(organisation);

		var newest = this.history.newest(filter, null, 2);
		assertThat(newest.events()).extracting(AuditEvent::summary).containsExactly("widget 5", "widget 4");
		assertThat(newest.olderBefore()).isEqualTo(recorded.get(3).seq());

		var older = this.history.newest(filter, newest.olderBefore(), 2);
		assertThat(older.events()).extracting(AuditEvent::summary).containsExactly("widget 3", "widget 2");

		var oldest = this.history.newest(filter, older.olderBefore(), 2);
		assertThat(oldest.events()).extracting(AuditEvent::summary).containsExactly("widget 1");
		assertThat(oldest.hasOlder()).isFalse();

		assertThatIllegalArgumentException().isThrownBy(() -> this.history.newest(filter, null, 0));
	}

	@Test
	void anActionPrefixIsTextNotAPattern() {
		var organisation = UUID.randomUUID();
		this.trail.record(AuditEntry.of("widget.made", "widget", 1).inOrganisation(organisation).summary("made"));
		this.trail.record(AuditEntry.of("widget.changed", "widget", 1).inOrganisation(organisation).summary("changed"));
		var filter = AuditFilter.everything().inOrganisation(organisation);

		assertThat(this.history.newest(filter.actionStartingWith("widget.ch"), null, 10).events())
			.extracting(AuditEvent::summary)
			.containsExactly("changed");
		assertThat(this.history.newest(filter.actionStartingWith("widget._"), null, 10).events()).isEmpty();
		assertThat(this.history.newest(filter.actionStartingWith("%"), null, 10).events()).isEmpty();
	}

	@Test
	void theExportStreamsEveryMatchingEventOldestFirstAcrossManyFetches() throws IOException {
		var organisation = UUID.randomUUID();
		int count = AuditEvents.FETCH_SIZE + 3;
		for (int n = 1; n <= count; n++) {
			this.trail.record(AuditEntry.of(n % 2 == 0 ? "widget.made" : "gadget.made", "widget", n)
				.inOrganisation(organisation)
				.summary("=number " + n));
		}
		this.trail.record(AuditEntry.of("widget.made", "widget", 0).summary("in no organisation"));

		var all = export(AuditFilter.everything().inOrganisation(organisation));
		assertThat(all).hasSize(count);
		assertThat(all.get(0).get("summary")).isEqualTo("'=number 1");
		assertThat(all.get(count - 1).get("summary")).isEqualTo("'=number " + count);
		assertThat(all).extracting(row -> Long.parseLong(row.get("seq"))).isSorted();

		var widgets = export(AuditFilter.everything().inOrganisation(organisation).actionStartingWith("widget."));
		assertThat(widgets).hasSize(count / 2)
			.allSatisfy(row -> assertThat(row.get("action")).isEqualTo("widget.made"));
	}

	@Test
	void theWholeTrailExportsWithTheChainColumnsThatLinkUp() throws IOException {
		this.trail.record(AuditEntry.of("widget.made", "widget", 1).summary("made"));

		var rows = export(AuditFilter.everything());

		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).get("previous_hash")).isEqualTo(rows.get(i - 1).get("hash"));
		}
	}

	private List<CSVRecord> export(AuditFilter filter) throws IOException {
		var out = new StringWriter();
		this.history.exportCsv(filter, out);
		var rows = AuditCsvTests.parse(out.toString());
		return rows.subList(1, rows.size());
	}

}
