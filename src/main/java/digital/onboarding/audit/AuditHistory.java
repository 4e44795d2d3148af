package digital.onboarding.audit;

import java.io.Writer;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the history of objects, pages of recent events and CSV exports.
 * Who may read it is for the calling module to decide, since only it knows who its staff
 * are; the administrator pages of this module are for administrators only.
 */
@Service
public class AuditHistory {

	/** The most events one page holds. */
	public static final int MAX_PAGE_SIZE = 200;

	private final AuditEvents events;

	AuditHistory(AuditEvents events) {
		this.events = events;
	}

	/**
	 * The events recorded on these objects, oldest first.
	 * @param objectType the type the events were recorded with, e.g.
	 * {@code product-version}
	 * @param objectIds the ids of the objects, as text
	 */
	@Transactional(readOnly = true)
	public List<AuditEvent> about(String objectType, Collection<String> objectIds) {
		if (objectIds.isEmpty()) {
			return List.of();
		}
		return this.events.about(objectType, objectIds);
	}

	/**
	 * The newest events that match the filter, newest first; pass the page's
	 * {@link AuditPage#olderBefore()} as {@code before} for the page after it.
	 * @param before only events with a lower sequence number; null for the newest
	 * @param size how many events at most, from 1 to {@value #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public AuditPage newest(AuditFilter filter, Long before, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("A page holds from 1 to " + MAX_PAGE_SIZE + " events");
		}
		// One more than asked for tells whether an older page exists.
		var found = this.events.newest(filter, before == null ? Long.MAX_VALUE : before, size + 1);
		if (found.size() <= size) {
			return new AuditPage(found, null);
		}
		var page = found.subList(0, size);
		return new AuditPage(page, page.get(size - 1).seq());
	}

	/**
	 * Writes the events as CSV with a header row, in the order given. Cells that a
	 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
	 * return), and cells starting with a single quote, are prefixed with a single quote;
	 * removing one leading quote gives back the recorded value. The writer is flushed,
	 * not closed.
	 * @throws java.io.UncheckedIOException if the writer fails
	 */
	public void writeCsv(List<AuditEvent> events, Writer writer) {
		var csv = new AuditCsv(writer);
		events.forEach(csv::write);
		csv.flush();
	}

	/**
	 * Writes every event that matches the filter as CSV, oldest first, as
	 * {@link #writeCsv} does. Events are read from the database a batch at a time and
	 * written as they arrive, so a trail of any length streams in constant memory.
	 * @throws java.io.UncheckedIOException if the writer fails
	 */
	@Transactional(readOnly = true)
	public void exportCsv(AuditFilter filter, Writer writer) {
		var csv = new AuditCsv(writer);
		this.events.each(filter, csv::write);
		csv.flush();
	}

}
