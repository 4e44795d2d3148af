package digital.onboarding.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.TechnicalApproval;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.People;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Programme authors write, check and publish new versions of their API's programme; an
 * application moves to a newer version keeping every answer whose question did not
 * change. Each test works on an API of its own, since a published version stays the
 * newest.
 */
@AuthoringTest
class ProgrammeAuthoringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	Catalogue catalogue;

	@Test
	void everyProblemInADraftIsShownAtOnceWithItsPath() {
		var api = "summary-care-record";
		var author = author(api);
		var draft = startDraft(author, api);
		var text = draftText(draft);
		assertThat(text).startsWith("programme:").contains("version: \"1.0\"");
		var broken = text.replaceFirst("version: \"1.0\"", "version: \"1.0\"\n  colour: blue")
			.replaceFirst("turnaroundWorkingDays: \\d+", "turnaroundWorkingDays: 900")
			.replaceFirst("type: yes-no", "type: maybe");

		var saved = author.post(draftPath(api, draft), "version", String.valueOf(rowVersion(draft)), "text", broken);
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		var page = author.page(draftPath(api, draft));
		assertThat(page).contains("There are 4 problems in this draft")
			.contains("programme.colour: is not a known field")
			.contains("programme.turnaroundWorkingDays: must be")
			.contains("programme.version: must be greater than 1.0, the newest version of this programme")
			.containsPattern("programme\\.stages\\[\\d+\\]\\.sections\\[\\d+\\]\\.questions\\[\\d+\\]\\.type: ")
			.doesNotContain(">Publish<");
		assertThat(draftText(draft)).as("a draft keeps its problems until they are corrected").isEqualTo(broken);

		var stale = author.post(draftPath(api, draft), "version", "0", "text", text);
		assertThat(Visitor.text(stale)).contains("Someone saved this draft since you opened it");
		assertThat(draftText(draft)).as("a save from an older version changes nothing").isEqualTo(broken);

		var refused = author.post(draftPath(api, draft) + "/publish", "version", String.valueOf(rowVersion(draft)));
		assertThat(Visitor.text(refused)).contains("cannot be published until every problem below is corrected");
		assertThat(status(draft)).isEqualTo("DRAFT");
		assertThat(AuditLog.about(this.jdbc, "programme-version", draft)).extracting(AuditLog.Event::action)
			.containsExactly("programme-draft.started", "programme-draft.saved");
	}

	/**
	 * A file is read as a stream, not as a form field, so its text is checked where the
	 * draft is saved.
	 */
	@Test
	void anUploadedProgrammeWithTextThatCannotBeStoredIsRefusedAndTheDraftKept() {
		var api = "summary-care-record";
		var author = author(api);
		var draft = startDraft(author, api);
		var text = draftText(draft);
		var body = "--b\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + rowVersion(draft)
				+ "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"programme.yaml\"\r\n"
				+ "Content-Type: application/yaml\r\n\r\n" + text + "\n# \u0000\r\n--b--\r\n";
		var refused = author.perform(MockMvcRequestBuilders.post(draftPath(api, draft) + "/upload")
			.contentType("multipart/form-data; boundary=b")
			.content(body.getBytes(StandardCharsets.UTF_8))
			.with(SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(Visitor.text(refused)).contains("text: Remove the control character (U+0000): it cannot be stored");
		assertThat(draftText(draft)).isEqualTo(text);
	}

	@Test
	void aPublishedVersionNeverChangesAndTheNextMustBeGreater() {
		var api = "nhs-login";
		var author = author(api);
		var draft = startDraft(author, api);
		var current = this.catalogue.programme(api).orElseThrow().version();
		var next = nextVersion(current);
		save(author, api, draft,
				draftText(draft).replaceFirst("version: \"" + current + "\"", "version: \"" + next + "\""));
		assertThat(author.page(draftPath(api, draft))).contains("This draft has no problems");
		publish(author, api, draft);
		assertThat(status(draft)).isEqualTo("PUBLISHED");
		assertThat(this.catalogue.programme(api).orElseThrow().version()).isEqualTo(next);
		assertThat(this.catalogue.programme(api).orElseThrow().isPublished()).isTrue();
		assertThat(this.catalogue.programme(api, current)).as("the earlier version stays for its applications")
			.isPresent();

		var publishedText = draftText(draft);
		var changed = author.post(draftPath(api, draft), "version", String.valueOf(rowVersion(draft)), "text",
				publishedText + "\n# changed\n");
		assertThat(Visitor.text(changed)).contains("is published and cannot change");
		assertThat(draftText(draft)).isEqualTo(publishedText);
		assertThatThrownBy(() -> this.jdbc.sql("update programme_versions set yaml = 'programme: {}' where id = ?")
			.param(draft)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed or removed");
		assertThatThrownBy(() -> this.jdbc.sql("delete from programme_versions where id = ?").param(draft).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be changed or removed");

		var second = startDraft(author, api);
		assertThat(draftText(second)).as("a new version starts from the newest").isEqualTo(publishedText);
		for (var notGreater : new String[] { next, current }) {
			save(author, api, second,
					publishedText.replaceFirst("version: \"" + next + "\"", "version: \"" + notGreater + "\""));
			var refused = author.post(draftPath(api, second) + "/publish", "version",
					String.valueOf(rowVersion(second)));
			assertThat(Visitor.text(refused)).contains("cannot be published")
				.contains("programme.version: must be greater than " + next);
			assertThat(status(second)).isEqualTo("DRAFT");
		}
		assertThat(AuditLog.about(this.jdbc, "programme-version", draft)).extracting(AuditLog.Event::action)
			.containsExactly("programme-draft.started", "programme-draft.saved", "programme-version.published");
	}

	@Test
	void onlyTheProgrammeAuthorsOfAnApiMayChangeItsProgramme() {
		var api = "national-imaging-registry";
		var otherApisAuthor = author("national-record-locator");
		var nobody = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var draft = startDraft(author(api), api);
		for (var outsider : new Visitor[] { otherApisAuthor, nobody }) {
			assertThat(outsider.get("/programme-authoring/" + api).getResponse().getStatus()).isEqualTo(403);
			assertThat(outsider.post("/programme-authoring/" + api + "/drafts").getResponse().getStatus())
				.isEqualTo(403);
			assertThat(outsider.get(draftPath(api, draft)).getResponse().getStatus()).isEqualTo(403);
			assertThat(outsider.get(draftPath(api, draft) + "/preview").getResponse().getStatus()).isEqualTo(403);
			assertThat(outsider.post(draftPath(api, draft), "version", "1", "text", "programme: {}")
				.getResponse()
				.getStatus()).isEqualTo(403);
			assertThat(outsider.post(draftPath(api, draft) + "/publish", "version", "1").getResponse().getStatus())
				.isEqualTo(403);
		}
		assertThat(rowVersion(draft)).as("nothing was saved").isZero();
		assertThat(otherApisAuthor.page("/programme-authoring")).contains("National Record Locator")
			.doesNotContain("National Imaging Registry");
		assertThat(new Visitor(this.mvc).get("/programme-authoring/" + api).getResponse().getRedirectedUrl())
			.endsWith("/sign-in");
	}

	/**
	 * The done-when of programme authoring: an author changes one question and adds one
	 * in one section; an application with approved sections moves to the new version and
	 * is asked only those two questions.
	 */
	@Test
	void anApplicationMovedToAChangedVersionIsAskedOnlyTheChangedQuestions() {
		var api = TechnicalApproval.API;
		var supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Meridian Imaging Ltd");
		var ids = supplier.newProduct("Meridian PACS", "2.0");
		supplier.approveUpToTechnical(ids[0], ids[1], "2.0", "provider");
		var applications = supplier.products() + "/" + ids[0] + "/versions/" + ids[1] + "/applications";
		var before = read(supplier.api.get(applications));
		var approvedBefore = statuses(before);
		assertThat(approvedBefore).containsEntry("governance", "APPROVED")
			.containsEntry("setup", "APPROVED")
			.containsEntry("eligibility-product", "APPROVED")
			.containsEntry("technical-conformance", "APPROVED");
		var governanceBefore = read(supplier.api.get(applications + "/" + api + "/sections/governance"));
		var current = this.catalogue.programme(api).orElseThrow().version();

		var author = author(api);
		var draft = startDraft(author, api);
		var next = nextVersion(current);
		var text = draftText(draft).replaceFirst("version: \"" + current + "\"", "version: \"" + next + "\"")
			.replace("label: When was your organisation's DSPT status published?",
					"label: On what date was your organisation's latest DSPT status published?")
			.replace("            - id: uk-only-processing\n", """
					            - id: governance-lead-email
					              label: What is the email address of your information governance lead?
					              type: email
					            - id: uk-only-processing
					""");
		save(author, api, draft, text);
		publish(author, api, draft);

		var stayed = read(supplier.api.get(applications));
		assertThat(apiTasks(stayed).get("programmeVersion").asString())
			.as("applications in flight stay on their version")
			.isEqualTo(current);
		assertThat(apiTasks(stayed).get("newerProgrammeVersion").asString()).isEqualTo(next);
		assertThat(supplier.owner.page(applications.replace("/api/v1", "")))
			.contains("A newer version of this programme is available");

		var move = read(supplier.api.get(applications + "/" + api + "/programme-move"));
		assertThat(move.get("fromVersion").asString()).isEqualTo(current);
		assertThat(move.get("toVersion").asString()).isEqualTo(next);
		assertThat(move.get("changes")).hasSize(1);
		var changes = move.get("changes").get(0);
		assertThat(changes.get("sectionId").asString()).isEqualTo("governance");
		var kinds = new ArrayList<String>();
		changes.get("questions")
			.forEach(change -> kinds.add(change.get("questionId").asString() + " " + change.get("kind").asString() + " "
					+ change.get("what")));
		assertThat(kinds).containsExactly("dspt-published CHANGED [\"wording\"]", "governance-lead-email NEW []");
		assertThat(move.get("sectionsToAnswerAgain")).hasSize(1);
		assertThat(move.get("sectionsToAnswerAgain").get(0).asString())
			.isEqualTo("Governance assurance for the National Imaging Registry");
		var page = supplier.owner.page(applications.replace("/api/v1", "") + "/" + api + "/newer-programme");
		assertThat(page).contains("On what date was your organisation&#39;s latest DSPT status published?")
			.contains("What is the email address of your information governance lead?")
			.contains("Governance assurance for the National Imaging Registry")
			.contains(">Confirm<");

		var body = "{\"fromVersion\":\"" + current + "\",\"toVersion\":\"" + next + "\"}";
		var moved = read(supplier.api.post(applications + "/" + api + "/programme-move", body));
		assertThat(moved.get("movedNow").asBoolean()).isTrue();
		var again = read(supplier.api.post(applications + "/" + api + "/programme-move", body));
		assertThat(again.get("movedNow").asBoolean()).as("a double click moves it once").isFalse();

		var after = read(supplier.api.get(applications));
		assertThat(apiTasks(after).get("programmeVersion").asString()).isEqualTo(next);
		assertThat(apiTasks(after).get("newerProgrammeVersion").isNull()).isTrue();
		var approvedAfter = statuses(after);
		var expected = new LinkedHashMap<>(approvedBefore);
		expected.put("governance", "CHANGES_TO_ANSWER");
		assertThat(approvedAfter).as("only the changed section goes back").isEqualTo(expected);
		assertThat(task(after, "governance").get("changedQuestions")).extracting(JsonNode::asString)
			.containsExactly("On what date was your organisation's latest DSPT status published?",
					"What is the email address of your information governance lead?");
		assertThat(task(after, "setup").get("changedQuestions")).isEmpty();

		var governance = read(supplier.api.get(applications + "/" + api + "/sections/governance"));
		var kept = this.json.convertValue(governanceBefore.get("answers"), Map.class);
		kept.remove("dspt-published");
		assertThat(this.json.convertValue(governance.get("answers"), Map.class))
			.as("answers to unchanged questions are kept, the changed one is cleared")
			.isEqualTo(kept);
		assertThat(this.json.convertValue(governance.get("incomplete"), Map.class).keySet())
			.containsExactlyInAnyOrder("dspt-published", "governance-lead-email");
		assertThat(governance.get("status").asString()).isEqualTo("CHANGES_TO_ANSWER");
		assertThat(supplier.owner.page(applications.replace("/api/v1", "") + "/" + api + "/sections/governance"))
			.contains("These questions are new or changed")
			.contains("What is the email address of your information governance lead?");

		var answers = new LinkedHashMap<String, Object>(kept);
		answers.put("dspt-published", governanceBefore.get("answers").get("dspt-published").asString());
		answers.put("governance-lead-email", "ig.lead@example.org");
		var section = applications + "/" + api + "/sections/governance";
		var saved = read(supplier.api.put(section, this.json
			.writeValueAsString(Map.of("version", governance.get("version").asInt(), "answers", answers))));
		assertThat(saved.get("incomplete").isEmpty()).as("the two answers are all it asks for").isTrue();
		read(supplier.api.post(section + "/submission", "{\"version\":" + saved.get("version").asInt() + "}"));
		var resubmitted = read(supplier.api.get(applications));
		assertThat(statuses(resubmitted)).containsEntry("governance", "SUBMITTED");
		assertThat(task(resubmitted, "governance").get("changedQuestions")).isEmpty();

		assertThat(AuditLog.last(this.jdbc, supplier.organisationId, "application.moved").summary())
			.contains("from programme version " + current + " to " + next)
			.contains("2 new or changed questions")
			.contains("Governance assurance for the National Imaging Registry");
		assertThat(AuditLog.inOrganisation(this.jdbc, supplier.organisationId))
			.filteredOn(event -> event.action().equals("application.moved"))
			.hasSize(1);

		var newProduct = supplier.newProduct("Meridian Viewer", "1.0");
		var fresh = read(supplier.api
			.get(supplier.products() + "/" + newProduct[0] + "/versions/" + newProduct[1] + "/applications"));
		assertThat(apiTasks(fresh).get("programmeVersion").asString()).as("new applications start on the newest")
			.isEqualTo(next);
	}

	/**
	 * Answers are kept per section: a question moved to another section unchanged takes
	 * its answer with it.
	 */
	@Test
	void aQuestionMovedToAnotherSectionKeepsItsAnswer() {
		var api = TechnicalApproval.API;
		var supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Kestrel Imaging Ltd");
		var ids = supplier.newProduct("Kestrel PACS", "1.0");
		supplier.approveUpToTechnical(ids[0], ids[1], "1.0", "provider");
		var applications = supplier.products() + "/" + ids[0] + "/versions/" + ids[1] + "/applications";
		var answer = read(supplier.api.get(applications + "/" + api + "/sections/setup")).get("answers")
			.get("developer-community-registered");
		assertThat(answer).as("answered before the move").isNotNull();
		var current = this.catalogue.programme(api).orElseThrow().version();

		var author = author(api);
		var draft = startDraft(author, api);
		var next = nextVersion(current);
		var question = """
				            - id: developer-community-registered
				              label: Have key members of your team registered with the NHS Developer Community?
				              hint: Recommended for everyone involved, during onboarding and after.
				              type: yes-no
				""";
		var text = draftText(draft).replaceFirst("version: \"" + current + "\"", "version: \"" + next + "\"");
		assertThat(text).contains(question);
		text = text.replace(question, "").replace("    - id: technical\n", question + "    - id: technical\n");
		save(author, api, draft, text);
		publish(author, api, draft);

		var body = "{\"fromVersion\":\"" + current + "\",\"toVersion\":\"" + next + "\"}";
		assertThat(
				read(supplier.api.post(applications + "/" + api + "/programme-move", body)).get("movedNow").asBoolean())
			.isTrue();

		var governance = read(supplier.api.get(applications + "/" + api + "/sections/governance"));
		assertThat(governance.get("answers").get("developer-community-registered")).isEqualTo(answer);
		assertThat(read(supplier.api.get(applications + "/" + api + "/sections/setup")).get("answers")
			.has("developer-community-registered")).as("no longer asked there").isFalse();
	}

	private Visitor author(String apiId) {
		var email = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, email, apiId, "PROGRAMME_AUTHOR");
		return People.signedIn(this.mvc, email);
	}

	private UUID startDraft(Visitor author, String apiId) {
		var started = author.post("/programme-authoring/" + apiId + "/drafts");
		assertThat(started.getResponse().getStatus()).as(Visitor.text(started)).isEqualTo(302);
		var location = started.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private void save(Visitor author, String apiId, UUID draft, String text) {
		var saved = author.post(draftPath(apiId, draft), "version", String.valueOf(rowVersion(draft)), "text", text);
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(302);
		assertThat(draftText(draft)).isEqualTo(text);
	}

	private void publish(Visitor author, String apiId, UUID draft) {
		var published = author.post(draftPath(apiId, draft) + "/publish", "version", String.valueOf(rowVersion(draft)));
		assertThat(published.getResponse().getStatus()).as(Visitor.text(published)).isEqualTo(302);
		assertThat(status(draft)).isEqualTo("PUBLISHED");
	}

	private static String draftPath(String apiId, UUID draft) {
		return "/programme-authoring/" + apiId + "/drafts/" + draft;
	}

	private String draftText(UUID draft) {
		return column("yaml", draft, String.class);
	}

	private int rowVersion(UUID draft) {
		return column("version", draft, Integer.class);
	}

	private String status(UUID draft) {
		return column("status", draft, String.class);
	}

	private <T> T column(String column, UUID draft, Class<T> type) {
		return this.jdbc.sql("select " + column + " from programme_versions where id = ?")
			.param(draft)
			.query(type)
			.single();
	}

	/** The version after, like 1.1 after 1.0. */
	static String nextVersion(String version) {
		var dot = version.indexOf('.');
		return version.substring(0, dot) + "." + (Integer.parseInt(version.substring(dot + 1)) + 1);
	}

	private JsonNode read(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as(Visitor.text(result)).isEqualTo(200);
		return this.json.readTree(Visitor.text(result));
	}

	private static JsonNode apiTasks(JsonNode taskList) {
		return taskList.get("apis").get(0);
	}

	/** Every section's status, shared sections included, by section id. */
	private static Map<String, String> statuses(JsonNode taskList) {
		var statuses = new LinkedHashMap<String, String>();
		taskList.get("sharedSections")
			.forEach(task -> statuses.put(task.get("sectionId").asString(), task.get("status").asString()));
		apiTasks(taskList).get("stages")
			.forEach(stage -> stage.get("sections")
				.forEach(task -> statuses.put(task.get("sectionId").asString(), task.get("status").asString())));
		return statuses;
	}

	private static JsonNode task(JsonNode taskList, String sectionId) {
		for (var stage : apiTasks(taskList).get("stages")) {
			for (var task : stage.get("sections")) {
				if (task.get("sectionId").asString().equals(sectionId)) {
					return task;
				}
			}
		}
		throw new AssertionError("No task " + sectionId);
	}

}
