package digital.onboarding.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes events as CSV rows under a header, one row at a time. Every cell that a
 * spreadsheet would read as a formula is neutralised, since summaries, file names and
 * actions carry text that people typed.
 */
final class AuditCsv {

	static final String[] COLUMNS = { "seq", "occurred_at", "action", "object_type", "object_id", "actor_id",
			"organisation_id", "summary", "request_id", "address", "previous_hash", "hash" };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();

	/**
	 * What spreadsheets take as the start of a formula, or of a cell to evaluate; and the
	 * quote itself, so that removing one leading quote always gives back the value.
	 */
	private static final String GUARDED_STARTS = "=+-@\t\r'";

	private final CSVPrinter printer;

	/** Starts the CSV with its header; the writer stays open for the caller to close. */
	AuditCsv(Writer writer) {
		try {
			this.printer = new CSVPrinter(writer, FORMAT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void write(AuditEvent event) {
		try {
			this.printer.printRecord(event.seq(), DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()),
					cell(event.action()), cell(event.objectType()), cell(event.objectId()), cell(event.actorId()),
					cell(event.organisationId()), cell(event.summary()), cell(event.requestId()), cell(event.address()),
					cell(event.previousHash()), cell(event.hash()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The value as text a spreadsheet shows as it is: one starting like a formula gets a
	 * leading single quote, which spreadsheets read as "this is text". One starting with
	 * a quote gets another, so a reader that removes one leading quote from any cell
	 * starting with one always has the value that was recorded, and can check its hash.
	 */
	static String neutralised(String value) {
		if (value == null || value.isEmpty() || GUARDED_STARTS.indexOf(value.charAt(0)) < 0) {
			return value;
		}
		return "'" + value;
	}

	private static String cell(Object value) {
		return value == null ? "" : neutralised(Objects.toString(value));
	}

}
