package digital.onboarding.agreement;

import digital.onboarding.support.Administrators;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators publish versions of the agreement's wording; a published version never
 * changes, and only administrators reach the pages.
 */
@ServiceTest
class AgreementTextPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgreementTexts texts;

	@Test
	void theServiceStartsWithATemplateVersionMarkedForTheOperatorToReplace() {
		var first = this.texts.find(1).orElseThrow();
		assertThat(first.coreClauses()).startsWith("TEMPLATE - replace with your own agreement before use.");
		assertThat(first.termsFor("nhs-login")).startsWith("TEMPLATE - NHS login");
	}

	@Test
	void administratorsPublishANewVersionAndBadInputPublishesNothing() {
		var email = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, email);
		var administrator = People.signedIn(this.mvc, email);
		assertThat(administrator.page("/admin/agreements")).contains("Connection agreement texts", "Version 1");
		assertThat(administrator.page("/admin/agreements/new")).contains("Core clauses", "Terms for NHS login",
				"TEMPLATE - replace with your own agreement");

		var before = this.texts.current().version();
		var refused = Visitor
			.text(administrator.post("/admin/agreements", "coreClauses", " ", "terms-nhs-login", "Patients only."));
		assertThat(refused).contains("There is a problem", "Enter the core clauses");
		assertThat(this.texts.current().version()).isEqualTo(before);

		var published = administrator.post("/admin/agreements", "coreClauses", "1. Be good.\r\n2. Be safe.",
				"terms-nhs-login", "Patients only.", "terms-national-record-locator", "");
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/admin/agreements");
		var current = this.texts.current();
		assertThat(current.version()).isEqualTo(before + 1);
		assertThat(current.coreClauses()).isEqualTo("1. Be good.\n2. Be safe.");
		assertThat(current.apiTerms()).containsOnlyKeys("nhs-login");
		assertThat(administrator.page("/admin/agreements/" + current.version())).contains("Be safe.", "Patients only.");
		assertThat(AuditLog.about(this.jdbc, "agreement", "version-" + current.version()))
			.extracting(AuditLog.Event::action)
			.containsExactly("agreement-text.published");

		assertThatThrownBy(() -> this.jdbc.sql("update agreement_texts set core_clauses = 'changed' where version = ?")
			.param(current.version())
			.update()).as("a published version never changes").hasMessageContaining("cannot be changed");
	}

	@Test
	void onlyAdministratorsReachThePages() {
		var member = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(member.get("/admin/agreements").getResponse().getStatus()).isEqualTo(403);
		var before = this.texts.current().version();
		assertThat(member.post("/admin/agreements", "coreClauses", "Mine now").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.texts.current().version()).isEqualTo(before);
	}

}
