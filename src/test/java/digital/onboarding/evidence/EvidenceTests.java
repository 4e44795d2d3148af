package digital.onboarding.evidence;

import digital.onboarding.support.EvidenceUploads;
import digital.onboarding.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static digital.onboarding.support.EvidenceUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the JSON API: what is accepted, what is refused and why, and what is
 * recorded and given back.
 */
@ServiceTest
class EvidenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceProperties properties;

	private UUID organisation;

	private ApiClient api;

	private String ownerEmail;

	@BeforeEach
	void organisationWithToken() {
		this.ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, this.ownerEmail);
		this.organisation = Organisations.register(owner, "Evident Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(owner, this.organisation));
	}

	@Test
	void eachAcceptedKindIsRecognisedByItsContentWhateverItsName() {
		assertThat(accepted("report.pdf", Samples.pdf())).isEqualTo("application/pdf");
		assertThat(accepted("screenshot", Samples.png())).isEqualTo("image/png");
		assertThat(accepted("test-results.bin", Samples.docx()))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(accepted("notes.odt", Samples.odt())).isEqualTo("application/vnd.oasis.opendocument.text");
		assertThat(accepted("old.doc", Samples.doc())).isEqualTo("application/msword");
		assertThat(accepted("bundle.zip", Samples.zip("notes.txt", Samples.ascii("notes"))))
			.isEqualTo("application/zip");
	}

	@Test
	void theRecordHoldsTheSha256SizeUploaderAndScanResultAndTheContentComesBackUnchanged() throws Exception {
		var content = Samples.png();
		var created = upload(this.api, this.organisation, "C:\\Users\\ada\\screen shot.png", content);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		var body = Visitor.text(created);
		String id = JsonPath.read(body, "$.id");
		assertThat(created.getResponse().getHeader("Location"))
			.isEqualTo(EvidenceUploads.path(this.organisation) + "/" + id);
		assertThat((String) JsonPath.read(body, "$.sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		assertThat((Integer) JsonPath.read(body, "$.size")).isEqualTo(content.length);
		assertThat((String) JsonPath.read(body, "$.filename")).isEqualTo("screen shot.png");
		assertThat((String) JsonPath.read(body, "$.scanResult")).isEqualTo("NOT_SCANNED");
		assertThat(body).doesNotContain("storage");

		var row = this.jdbc.sql("""
				select e.sha256 || ' ' || e.size || ' ' || a.email from evidence_files e
				join accounts a on a.id = e.uploaded_by where e.id = ?::uuid
				""").param(id).query(String.class).single();
		assertThat(row).isEqualTo(JsonPath.read(body, "$.sha256") + " " + content.length + " " + this.ownerEmail);
		assertThat(Visitor.text(this.api.get(EvidenceUploads.path(this.organisation) + "/" + id))).isEqualTo(body);
		var download = this.api.get(EvidenceUploads.path(this.organisation) + "/" + id + "/content");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
		assertThat(
				this.jdbc.sql("select summary from audit_events where action = 'evidence.uploaded' and object_id = ?")
					.param(id)
					.query(String.class)
					.single())
			.contains("screen shot.png")
			.contains((String) JsonPath.read(body, "$.sha256"));
	}

	@Test
	void downloadsAreAttachmentsWithSafeHeaders() {
		var body = Visitor
			.text(upload(this.api, this.organisation, "Prüfbericht \"final\";\r\nX-Evil: 1.pdf", Samples.pdf()));
		String id = JsonPath.read(body, "$.id");
		var response = this.api.get(EvidenceUploads.path(this.organisation) + "/" + id + "/content").getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"Pr_fbericht _final____X-Evil_ 1.pdf\"; filename*=UTF-8''Pr%C3%BCfbericht%20_final_%3B__X-Evil_%201.pdf");
		assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getContentLength()).isEqualTo(Samples.pdf().length);
		assertThat(response.getHeader("X-Evil")).isNull();
	}

	@Test
	void aFileThatIsNotAnAcceptedKindIsRefusedWhateverItsName() {
		assertRefused(upload(this.api, this.organisation, "report.pdf", Samples.executable()), 415,
				"File type not accepted", "The selected file must be a PDF, image, office document or ZIP");
		assertRefused(upload(this.api, this.organisation, "results.docx", Samples.ascii("plain text, renamed")), 415,
				"File type not accepted", "The selected file must be a PDF, image, office document or ZIP");
		assertNothingKept();
	}

	@Test
	void anEmptyFileIsAValidationErrorNotAnUnacceptedKind() {
		assertRefused(upload(this.api, this.organisation, "empty.pdf", new byte[0]), 400, "Empty file",
				"The selected file is empty");
		assertNothingKept();
	}

	@Test
	void aStoreThatCannotKeepTheFileAnswersThatNothingWasKept() throws Exception {
		// The organisation's folder cannot be made: a file has its name.
		var blocker = this.properties.folder().resolve(this.organisation.toString());
		Files.createDirectories(blocker.getParent());
		Files.write(blocker, new byte[0]);
		try {
			assertRefused(upload(this.api, this.organisation, "report.pdf", Samples.pdf()), 503,
					"Evidence store unavailable",
					"The file could not be stored just now. Nothing was kept: try again in a few minutes");
			assertThat(this.jdbc.sql("select count(*) from evidence_files where organisation_id = ?")
				.param(this.organisation)
				.query(Integer.class)
				.single()).isZero();
		}
		finally {
			Files.delete(blocker);
		}
		assertThat(upload(this.api, this.organisation, "report.pdf", Samples.pdf()).getResponse().getStatus())
			.as("kept once the store can keep it")
			.isEqualTo(201);
	}

	@Test
	void aFileOverTheLimitIsRefusedWhileItStreams() {
		var tooLarge = new byte[(int) this.properties.maxFileSize().toBytes() + 1];
		System.arraycopy(Samples.pdf(), 0, tooLarge, 0, Samples.pdf().length);
		assertRefused(upload(this.api, this.organisation, "huge.pdf", tooLarge), 413, "File too large",
				"The selected file must be smaller than 2 MB");
		assertNothingKept();
	}

	@Test
	void anUnsafeZipIsRefused() {
		assertRefused(
				upload(this.api, this.organisation, "bundle.zip", Samples.zip("../../escape.sh", Samples.ascii("x"))),
				422, "Unsafe archive", "The ZIP file contains a path that leaves its folder: ../../escape.sh");
		assertRefused(
				upload(this.api, this.organisation, "bundle.zip", Samples.zip("zeros", new byte[5 * 1024 * 1024])), 422,
				"Unsafe archive", "The ZIP file must unpack to no more than 4 MB");
		assertNothingKept();
	}

	@Test
	void anUploadWithoutAFilePartIsABadRequest() {
		var result = EvidenceUploads.send(this.api, this.organisation,
				new EvidenceUploads.Body().field("other", "x").file("attachment", "a.pdf", Samples.pdf()).end());
		assertRefused(result, 400, "Bad Request", "Send the file in a multipart/form-data part named \"file\"");
		assertNothingKept();
	}

	@Test
	void otherFormFieldsAroundTheFileAreIgnored() {
		var result = EvidenceUploads.send(this.api, this.organisation,
				new EvidenceUploads.Body().field("description", "Our test report")
					.file("file", "report.pdf", Samples.pdf())
					.field("file", "a second part named file")
					.end());
		assertThat(result.getResponse().getStatus()).as(Visitor.text(result)).isEqualTo(201);
		var body = Visitor.text(result);
		assertThat((String) JsonPath.read(body, "$.filename")).isEqualTo("report.pdf");
		assertThat((Integer) JsonPath.read(body, "$.size")).isEqualTo(Samples.pdf().length);
	}

	@Test
	void aRequestCutShortInTheFileIsABadRequestAndNothingIsKept() {
		var result = EvidenceUploads.send(this.api, this.organisation,
				new EvidenceUploads.Body().file("file", "report.pdf", Samples.pdf()).cutShort());
		assertRefused(result, 400, "Bad Request",
				"The body is not valid multipart/form-data: it ends before its closing boundary");
		assertNothingKept();
	}

	@Test
	void aRequestOverTheLimitIsRefusedEvenIfItsFileIsNot() {
		// The limit is the file's and 1 MB for other fields and headers.
		var result = EvidenceUploads.send(this.api, this.organisation,
				new EvidenceUploads.Body()
					.field("padding", "x".repeat((int) this.properties.maxFileSize().toBytes() + 1024 * 1024))
					.file("file", "report.pdf", Samples.pdf())
					.end());
		assertRefused(result, 413, "File too large", "The selected file must be smaller than 2 MB");
		assertNothingKept();
	}

	private String accepted(String filename, byte[] content) {
		var result = upload(this.api, this.organisation, filename, content);
		assertThat(result.getResponse().getStatus()).as(filename + ": " + Visitor.text(result)).isEqualTo(201);
		return JsonPath.read(Visitor.text(result), "$.mediaType");
	}

	private static void assertRefused(MvcResult result, int status, String title, String detail) {
		assertThat(result.getResponse().getStatus()).as(Visitor.text(result)).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		var body = Visitor.text(result);
		assertThat((String) JsonPath.read(body, "$.title")).isEqualTo(title);
		assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo(detail);
	}

	/**
	 * A refused file leaves no record and nothing in the store, not even a partial file.
	 */
	private void assertNothingKept() {
		assertThat(this.jdbc.sql("select count(*) from evidence_files where organisation_id = ?")
			.param(this.organisation)
			.query(Integer.class)
			.single()).isZero();
		Path folder = this.properties.folder().resolve(this.organisation.toString());
		if (Files.exists(folder)) {
			assertThat(folder).isEmptyDirectory();
		}
	}

}
