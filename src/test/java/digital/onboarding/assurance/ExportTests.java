package digital.onboarding.assurance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product version's answers exported as a SCAL workbook, read back with Apache POI, and
 * as JSON.
 */
@ServiceTest
class ExportTests {

	private static final String FORMULA = "=HYPERLINK(\"https://attacker.example\",\"Click here\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	private ApiClient api;

	private String version;

	private String page;

	private String odsCode;

	private String ownerEmail;

	@BeforeEach
	void productUsingNirAndNrlWithAnswers() {
		this.ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, this.ownerEmail);
		var organisation = Organisations.register(owner, "Beacon Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var organisationPath = "/api/v1/organisations/" + organisation;
		this.odsCode = read(this.api.get(organisationPath)).get("odsCode").asString();
		ok(this.api.post(organisationPath + "/contacts",
				"{\"kind\":\"IG_LEAD\",\"name\":\"Ida Wells\",\"jobTitle\":\"IG lead\",\"email\":\"ida@example.org\"}"));
		var product = read(this.api.post(organisationPath + "/products",
				"{\"name\":\"Beacon PACS\",\"module\":\"Viewer\",\"version\":\"3.2\"}"));
		var productId = product.get("id").asString();
		var versionId = product.get("versions").get(0).get("id").asString();
		this.version = organisationPath + "/products/" + productId + "/versions/" + versionId;
		this.page = "/organisations/" + organisation + "/products/" + productId + "/versions/" + versionId;
		ok(this.api.put(this.version + "/apis",
				"{\"apiIds\":[\"national-imaging-registry\",\"national-record-locator\"]}"));
		var sections = this.version + "/applications/national-imaging-registry/sections/";
		ok(this.api.put(sections + "eligibility-product", """
				{"version":0,"answers":{"product-has-version":"yes","product-version":"3.2",
				 "product-architecture":%s,"product-hosting":"supplier-hosted","product-hscn":"no",
				 "product-nhs-apis":["nrl","nir"]}}""".formatted(this.json.writeValueAsString(FORMULA))));
		ok(this.api.put(sections + "eligibility-organisation", """
				{"version":0,"answers":{"organisation-name":"Beacon Ltd","organisation-has-ods-code":"yes",
				 "submitting-contact":{"name":"Ada Lovelace","role":"Director","email":"ada@example.org"}}}"""));
		ok(this.api.put(sections + "setup", """
				{"version":0,"answers":{"setup-role":"data-processor","more-technical-contacts":[
				 {"contact":{"name":"Grace Hopper","role":"Engineer","email":"grace@example.org"}},
				 {"contact":{"name":"Alan Turing","role":"Architect","email":"alan@example.org"}}]}}"""));
		ok(this.api.put(sections + "governance",
				"{\"version\":0,\"answers\":{\"dspt-status\":\"standards-met\",\"dspt-published\":\"2026-01-01\"}}"));
	}

	@Test
	void theWorkbookHasTheScalTabsInOrder() throws IOException {
		try (var workbook = workbook(this.api.get(this.version + "/export.xlsx"))) {
			var names = new ArrayList<String>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Guidance and process", "Supplier and product", "Architecture",
					"National Imaging Registry", "National Record Locator v3.0");
			for (var sheet : workbook) {
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
					.as("bold header on " + sheet.getSheetName())
					.isTrue();
				assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
			}
		}
	}

	@Test
	void eachTabHoldsTheAnswersAsPeopleReadThem() throws IOException {
		try (var workbook = workbook(this.api.get(this.version + "/export.xlsx"))) {
			var guidance = rows(workbook.getSheet("Guidance and process"));
			assertThat(guidance).contains(List.of("Product", "Beacon PACS (module Viewer)"), List.of("Version", "3.2"),
					List.of("APIs", "National Imaging Registry, National Record Locator v3.0"));
			assertThat(guidance).anySatisfy(row -> {
				assertThat(row.get(0)).isEqualTo("Generated");
				assertThat(row.get(1)).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
			});
			assertThat(guidance).contains(List.of("National Imaging Registry", "Stage 2: governance assurance",
					"Governance assurance for the National Imaging Registry", "In progress"));

			var supplier = rows(workbook.getSheet("Supplier and product"));
			assertThat(supplier)
				.contains(List.of("Organisation", "", "Legal name", "Beacon Ltd", ""),
						List.of("Organisation", "", "ODS code", this.odsCode, ""),
						List.of("Organisation", "", "Kind of organisation", "Supplier (data processor)", ""),
						List.of("Organisation", "", "Information governance lead",
								"Ida Wells, IG lead, ida@example.org", ""),
						List.of("Product", "", "Module", "Viewer", ""));
			assertThat(supplier).anySatisfy(row -> assertThat(row).containsSubsequence(
					"Who is responsible for submitting the onboarding details for the organisation?",
					"Ada Lovelace, Director, ada@example.org", "In progress"));
			assertThat(supplier).anySatisfy(row -> assertThat(row).containsSubsequence("Where does your product run?",
					"We host it and provide it as a service"));

			var architecture = rows(workbook.getSheet("Architecture"));
			assertThat(architecture).anySatisfy(row -> assertThat(row).containsSubsequence(
					"Which other NHS England APIs does your product use, or plan to use?",
					"National Record Locator (NRL); National Imaging Registry (NIR)"));
			assertThat(architecture).anySatisfy(row -> assertThat(row)
				.containsSubsequence("Describe your product's technical architecture", FORMULA));
			assertThat(architecture).anySatisfy(row -> assertThat(row)
				.containsSubsequence("Does your product connect to the Health and Social Care Network (HSCN)?", "No"));
			assertThat(architecture).as("organisation answers are not about architecture")
				.noneSatisfy(row -> assertThat(row.get(2)).startsWith("What is the name of the organisation"));

			var nir = rows(workbook.getSheet("National Imaging Registry"));
			assertThat(nir.get(0)).containsExactly("Stage", "Section", "Reference", "Question", "Answer",
					"Section status");
			assertThat(nir).anySatisfy(row -> assertThat(row.get(4)).isEqualTo("1 January 2026"));
			assertThat(nir).anySatisfy(row -> assertThat(row.get(4))
				.isEqualTo("Contact: Grace Hopper, Engineer, grace@example.org\n"
						+ "Contact: Alan Turing, Architect, alan@example.org")
				.as("one entry per line"));
			assertThat(nir).anySatisfy(row -> assertThat(row).containsSubsequence("Stage 1: set-up and preparation",
					"Set-up and preparation for the National Imaging Registry"));
			assertThat(nir).anySatisfy(row -> assertThat(row.get(4)).startsWith("Data processor"));
			assertThat(nir).as("an unanswered question is empty")
				.anySatisfy(row -> assertThat(row).containsSubsequence("What is the use case for your product?", ""));
			var nrl = rows(workbook.getSheet("National Record Locator v3.0"));
			assertThat(nrl).anySatisfy(row -> assertThat(row).containsSubsequence("Stage 0: prerequisites",
					"Check your eligibility – product details"));
		}
	}

	@Test
	void aFormulaLikeAnswerComesBackAsTextNotAFormula() throws IOException {
		try (var workbook = workbook(this.api.get(this.version + "/export.xlsx"))) {
			Cell cell = null;
			for (var row : workbook.getSheet("Architecture")) {
				for (var each : row) {
					if (each.getCellType() != CellType.FORMULA && each.getStringCellValue().equals(FORMULA)) {
						cell = each;
					}
				}
			}
			assertThat(cell).as("the answer is in the workbook as text").isNotNull();
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(cell.getCellStyle().getQuotePrefixed()).as("kept as text when edited").isTrue();
		}
	}

	@Test
	void thePageDownloadsTheWorkbookNamedAfterTheProductAndTheTaskListLinksToIt() throws Exception {
		var owner = People.signedIn(this.mvc, this.ownerEmail);
		var result = owner.get(this.page + "/export.xlsx");
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Beacon-PACS-3.2-SCAL.xlsx\"");
		try (var workbook = workbook(result)) {
			assertThat(workbook.getSheet("National Record Locator v3.0")).isNotNull();
		}
		assertThat(owner.get(this.page + "/applications").getResponse().getContentAsString())
			.contains("Download answers as a SCAL workbook (XLSX)")
			.contains(this.page + "/export.xlsx");
	}

	@Test
	void theJsonExportHoldsEachApisStagesSectionsAndAnswers() {
		var export = read(this.api.get(this.version + "/export"));
		assertThat(export.get("organisation").get("legalName").asString()).isEqualTo("Beacon Ltd");
		assertThat(export.get("organisation").get("odsCode").asString()).isEqualTo(this.odsCode);
		assertThat(export.get("product").get("name").asString()).isEqualTo("Beacon PACS");
		assertThat(export.get("product").get("version").asString()).isEqualTo("3.2");
		assertThat(export.get("apis").findValuesAsString("apiId")).containsExactly("national-imaging-registry",
				"national-record-locator");
		var nir = export.get("apis").get(0);
		var eligibility = nir.get("stages").get(0).get("sections");
		var product = eligibility.get(0);
		assertThat(product.get("id").asString()).isEqualTo("eligibility-product");
		assertThat(product.get("status").asString()).isEqualTo("IN_PROGRESS");
		var hosting = product.get("answers").get("product-hosting");
		assertThat(hosting.get("label").asString()).isEqualTo("Where does your product run?");
		assertThat(hosting.get("value").asString()).isEqualTo("supplier-hosted");
		assertThat(hosting.get("text").asString()).isEqualTo("We host it and provide it as a service");
		var contact = eligibility.get(1).get("answers").get("submitting-contact");
		assertThat(contact.get("value").get("email").asString()).isEqualTo("ada@example.org");
		assertThat(contact.get("text").asString()).isEqualTo("Ada Lovelace, Director, ada@example.org");
		assertThat(nir.toString()).contains("\"text\":\"1 January 2026\"");
	}

	private XSSFWorkbook workbook(MvcResult result) throws IOException {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	/** Every row as its cells' text, blank cells as empty strings. */
	private static List<List<String>> rows(Sheet sheet) {
		var rows = new ArrayList<List<String>>();
		for (Row row : sheet) {
			var cells = new ArrayList<String>();
			for (int column = 0; column < row.getLastCellNum(); column++) {
				var cell = row.getCell(column);
				cells.add(cell == null ? "" : cell.getStringCellValue());
			}
			rows.add(cells);
		}
		return rows;
	}

	private JsonNode read(MvcResult result) {
		try {
			return this.json.readTree(result.getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void ok(MvcResult result) {
		try {
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
