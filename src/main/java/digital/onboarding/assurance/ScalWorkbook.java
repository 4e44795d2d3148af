package digital.onboarding.assurance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import digital.onboarding.assurance.ExportedVersion.ExportedApi;
import digital.onboarding.assurance.ExportedVersion.ExportedSection;
import digital.onboarding.platform.England;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a product version's answers as a Supplier Conformance Assessment List workbook,
 * in the tabs the SCAL template has: guidance and process, supplier and product,
 * architecture, then one per API.
 *
 * <p>
 * Every value is written as a string cell, never as a formula. A value that a spreadsheet
 * would take for a formula if it were typed in (one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is also marked "quote prefixed", the
 * workbook form of a leading apostrophe: the text is kept exactly as answered, and
 * editing the cell cannot turn it into a formula either.
 */
final class ScalWorkbook {

	static final String GUIDANCE = "Guidance and process";

	static final String SUPPLIER = "Supplier and product";

	static final String ARCHITECTURE = "Architecture";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** Rows kept in memory while writing; the rest go to a temporary file. */
	private static final int ROWS_IN_MEMORY = 200;

	private static final int MAX_CELL_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final List<String> ANSWER_COLUMNS = List.of("Section", "Reference", "Question", "Answer",
			"Section status");

	private static final int[] ANSWER_WIDTHS = { 35, 12, 60, 70, 20 };

	private final SXSSFWorkbook workbook;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle quoted;

	private final Set<String> sheetNames = new HashSet<>();

	private ScalWorkbook(SXSSFWorkbook workbook) {
		this.workbook = workbook;
		var bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.TOP);
		this.text = workbook.createCellStyle();
		this.text.setWrapText(true);
		this.text.setVerticalAlignment(VerticalAlignment.TOP);
		this.quoted = workbook.createCellStyle();
		this.quoted.cloneStyleFrom(this.text);
		this.quoted.setQuotePrefixed(true);
	}

	static void write(ExportedVersion export, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			var writer = new ScalWorkbook(workbook);
			writer.guidance(export);
			writer.supplierAndProduct(export);
			writer.architecture(export);
			export.apis().forEach(writer::api);
			workbook.write(out);
		}
	}

	/** Whether a spreadsheet would read the text as the start of a formula. */
	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	private void guidance(ExportedVersion export) {
		var tab = new Tab(GUIDANCE, List.of("Item", "Detail"), new int[] { 30, 90, 45, 20 });
		var product = export.product();
		var organisation = export.organisation();
		tab.row("What this workbook is", "A Supplier Conformance Assessment List (SCAL) for one version of one "
				+ "product: what the organisation has told the Digital Onboarding Service about itself, its product "
				+ "and how the product uses each API it connects to.");
		tab.row("How it was made", "Written out from the answers held by the service, not filled in by hand. To "
				+ "change an answer, change it in the service and download the workbook again. Questions that do not "
				+ "apply, given earlier answers, are left out; questions not answered yet are left empty.");
		tab.row("Who it is for",
				"The organisation's own records, and the end user organisations that use the "
						+ "product, to help them evaluate it. One workbook covers every API the product version uses; "
						+ "another product has its own.");
		tab.row("How onboarding works", "Each API has an onboarding programme made of stages. The sections of a "
				+ "stage are answered, submitted and reviewed, and later stages open as earlier ones are approved. A "
				+ "section that several APIs share is answered once, and its decision counts for each of them.");
		tab.row("The tabs", "Supplier and product: the organisation, its contacts and its eligibility answers. "
				+ "Architecture: how the product is built, hosted and connected. Then one tab for each API, stage by "
				+ "stage, with each section's status.");
		tab.row("Organisation", organisation.legalName() + " (ODS code " + organisation.odsCode() + ")");
		tab.row("Product", product.module() == null || product.module().isBlank() ? product.name()
				: product.name() + " (module " + product.module() + ")");
		tab.row("Version", product.version());
		tab.row("APIs", export.apis().stream().map(ExportedApi::name).collect(Collectors.joining(", ")));
		tab.row("Generated", LocalDate.ofInstant(export.generatedAt(), England.TIME_ZONE).format(DATE));
		tab.row();
		tab.headerRow("API", "Stage", "Section", "Status");
		for (var api : export.apis()) {
			for (var stage : api.stages()) {
				for (var section : stage.sections()) {
					tab.row(api.name(), stage.title(), section.title(), section.statusLabel());
				}
			}
		}
	}

	private void supplierAndProduct(ExportedVersion export) {
		var tab = new Tab(SUPPLIER, ANSWER_COLUMNS, ANSWER_WIDTHS);
		var organisation = export.organisation();
		tab.row("Organisation", "", "Legal name", organisation.legalName(), "");
		tab.row("Organisation", "", "ODS code", organisation.odsCode(), "");
		tab.row("Organisation", "", "Kind of organisation", organisation.kind(), "");
		for (var contact : organisation.contacts()) {
			tab.row("Organisation", "", contact.kind(),
					String.join(", ", contact.name(), contact.jobTitle(), contact.email()), "");
		}
		var product = export.product();
		tab.row("Product", "", "Product name", product.name(), "");
		tab.row("Product", "", "Module", product.module() == null ? "" : product.module(), "");
		tab.row("Product", "", "Version", product.version(), "");
		for (var section : sharedSections(export).values()) {
			if (section.id().startsWith("eligibility-")) {
				section.answers()
					.values()
					.forEach(answer -> tab.row(section.title(), nullToEmpty(answer.reference()), answer.label(),
							answer.text(), section.statusLabel()));
			}
		}
	}

	/**
	 * The shared product section's own questions, and any other question that asks about
	 * architecture or hosting.
	 */
	private void architecture(ExportedVersion export) {
		var tab = new Tab(ARCHITECTURE, ANSWER_COLUMNS, ANSWER_WIDTHS);
		var written = new HashSet<String>();
		for (var api : export.apis()) {
			for (var stage : api.stages()) {
				for (var section : stage.sections()) {
					var sectionKey = section.shared() ? section.id() : api.apiId() + ":" + section.id();
					var sectionName = section.shared() ? section.title() : api.name() + ": " + section.title();
					section.answers().forEach((questionId, answer) -> {
						var label = answer.label().toLowerCase(Locale.UK);
						boolean aboutArchitecture = section.shared() && questionId.startsWith("product-")
								|| label.contains("architecture") || label.contains("hosting");
						if (aboutArchitecture && written.add(sectionKey + "/" + questionId)) {
							tab.row(sectionName, nullToEmpty(answer.reference()), answer.label(), answer.text(),
									section.statusLabel());
						}
					});
				}
			}
		}
	}

	private void api(ExportedApi api) {
		var tab = new Tab(uniqueSheetName(api.name()),
				List.of("Stage", "Section", "Reference", "Question", "Answer", "Section status"),
				new int[] { 30, 35, 12, 60, 70, 20 });
		tab.row("API", api.name(), "", "Programme version " + api.programmeVersion(), "", "");
		for (var stage : api.stages()) {
			for (var section : stage.sections()) {
				if (section.answers().isEmpty()) {
					tab.row(stage.title(), section.title(), "", "", "", section.statusLabel());
				}
				section.answers()
					.values()
					.forEach(answer -> tab.row(stage.title(), section.title(), nullToEmpty(answer.reference()),
							answer.label(), answer.text(), section.statusLabel()));
			}
		}
	}

	/** Each shared section once, as the first API using it has it. */
	private static LinkedHashMap<String, ExportedSection> sharedSections(ExportedVersion export) {
		var shared = new LinkedHashMap<String, ExportedSection>();
		export.apis()
			.forEach(api -> api.stages()
				.forEach(stage -> stage.sections()
					.stream()
					.filter(ExportedSection::shared)
					.forEach(section -> shared.putIfAbsent(section.id(), section))));
		return shared;
	}

	/**
	 * A legal sheet name (at most 31 characters, none of {@code []*?/\:}) that no other
	 * tab has, ignoring case as spreadsheets do.
	 */
	private String uniqueSheetName(String wanted) {
		var base = WorkbookUtil.createSafeSheetName(wanted);
		var name = base;
		for (int n = 2; this.sheetNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
			var suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
		}
		return name;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** One tab being written, row by row. */
	private final class Tab {

		private final Sheet sheet;

		private int nextRow;

		Tab(String name, List<String> columns, int[] widths) {
			ScalWorkbook.this.sheetNames.add(name.toLowerCase(Locale.ROOT));
			this.sheet = ScalWorkbook.this.workbook.createSheet(name);
			for (int column = 0; column < widths.length; column++) {
				this.sheet.setColumnWidth(column, widths[column] * 256);
			}
			headerRow(columns.toArray(String[]::new));
			this.sheet.createFreezePane(0, 1);
		}

		void headerRow(String... values) {
			write(ScalWorkbook.this.header, values);
		}

		void row(String... values) {
			write(null, values);
		}

		private void write(CellStyle style, String... values) {
			var row = this.sheet.createRow(this.nextRow++);
			for (int column = 0; column < values.length; column++) {
				var value = values[column] == null ? "" : values[column];
				if (value.length() > MAX_CELL_LENGTH) {
					value = value.substring(0, MAX_CELL_LENGTH);
				}
				var cell = row.createCell(column);
				// A string cell is never evaluated; the quote prefix keeps it so when
				// edited.
				cell.setCellValue(value);
				cell.setCellStyle((style != null) ? style
						: looksLikeFormula(value) ? ScalWorkbook.this.quoted : ScalWorkbook.this.text);
			}
		}

	}

}
