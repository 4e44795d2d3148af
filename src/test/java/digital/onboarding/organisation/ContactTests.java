package digital.onboarding.organisation;

import java.util.UUID;

import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ContactTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void contactsAreAddedChangedAndRemovedWithEveryChangeAudited() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Contactable Ltd");
		var base = "/organisations/" + organisation + "/contacts";

		assertThat(owner.page(base)).contains("Technical contact").contains("Not given");
		assertThat(owner
			.post(base, "kind", "TECHNICAL", "name", "Tim Berners", "jobTitle", "CTO", "email", "Tim@Example.org",
					"version", "0")
			.getResponse()
			.getRedirectedUrl()).isEqualTo(base);
		assertThat(owner.page(base)).contains("Tim Berners").contains("tim@example.org");

		var id = contactId(organisation, "Tim Berners");
		owner.post(base + "/" + id, "kind", "TECHNICAL", "name", "Tim Berners-Lee", "jobTitle", "CTO", "email",
				"tim@example.org", "version", "0");
		assertThat(owner.page(base)).contains("Tim Berners-Lee");

		owner.post(base + "/" + id + "/remove");
		assertThat(owner.page(base)).doesNotContain("Tim Berners-Lee");
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ? order by seq")
			.param(organisation)
			.query(String.class)
			.list()).containsSubsequence("contact.added", "contact.changed", "contact.removed");
	}

	@Test
	void onlyClinicalSafetyOfficersMayBeSeveralAndTheyNeedProfessionalDetails() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Safe Systems");
		var base = "/organisations/" + organisation + "/contacts";

		var missing = Visitor.text(owner.post(base, "kind", "CLINICAL_SAFETY_OFFICER", "name", "Florence", "jobTitle",
				"CSO", "email", "flo@example.org", "version", "0"));
		assertThat(missing).contains("Enter the clinical safety officer&#39;s profession")
			.contains("Enter the professional body and registration number");

		for (var name : new String[] { "Florence", "Mary" }) {
			owner.post(base, "kind", "CLINICAL_SAFETY_OFFICER", "name", name, "jobTitle", "CSO", "email",
					name.toLowerCase() + "@example.org", "profession", "Nurse", "registration", "NMC 12A3456E",
					"version", "0");
		}
		owner.post(base, "kind", "SIRO", "name", "Sam", "jobTitle", "SIRO", "email", "sam@example.org", "version", "0");
		var second = Visitor.text(owner.post(base, "kind", "SIRO", "name", "Other", "jobTitle", "SIRO", "email",
				"other@example.org", "version", "0"));
		assertThat(second).contains("already has a senior information risk owner (siro)");
		assertThat(owner.page(base)).contains("Florence").contains("Mary").contains("Nurse, NMC 12A3456E");
	}

	@Test
	void aChangeMadeOnAnOutdatedCopyIsNotLostAndOverwritesNothingUnseen() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Busy Ltd");
		var base = "/organisations/" + organisation + "/contacts";
		owner.post(base, "kind", "ONBOARDING", "name", "Ann", "jobTitle", "PM", "email", "ann@example.org", "version",
				"0");
		var id = contactId(organisation, "Ann");

		owner.post(base + "/" + id, "kind", "ONBOARDING", "name", "Ann Other", "jobTitle", "PM", "email",
				"ann@example.org", "version", "0");
		var stale = Visitor.text(owner.post(base + "/" + id, "kind", "ONBOARDING", "name", "Ann Stale", "jobTitle",
				"Lead", "email", "ann@example.org", "version", "0"));

		assertThat(stale).contains("Someone else changed this contact")
			.contains("Ann Other")
			.contains("value=\"Ann Stale\"")
			.contains("name=\"version\" value=\"1\"");
		assertThat(this.jdbc.sql("select name from contacts where id = ?").param(id).query(String.class).single())
			.isEqualTo("Ann Other");
	}

	private UUID contactId(UUID organisation, String name) {
		return this.jdbc.sql("select id from contacts where organisation_id = ? and name = ?")
			.params(organisation, name)
			.query(UUID.class)
			.single();
	}

}
