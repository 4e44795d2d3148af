package digital.onboarding.radar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import digital.onboarding.support.Agreements;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signatory's link to accept a connection agreement lasts 30 days: the organisation
 * hears a week before it stops working and on the day, and afresh for a new link.
 */
@ServiceTest
class AgreementLinkExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiryRadar radar;

	@Test
	void theOrganisationIsWarnedAWeekBeforeTheSignatorysLinkExpiresAndOnTheDay() {
		var ownerEmail = People.activeAccount(this.mvc);
		var organisation = Organisations.register(People.signedIn(this.mvc, ownerEmail), "Tern Health Ltd");
		var agreement = issuedAgreement(organisation);
		var expires = LocalDate
			.ofInstant(this.jdbc.sql("select link_expires_at from connection_agreements where id = ?")
				.param(agreement)
				.query(Timestamp.class)
				.single()
				.toInstant(), ZoneId.of("Europe/London"));

		// The link works until its moment on the day it expires: the first day it no
		// longer works is the next.
		var lapses = expires.plusDays(1);
		assertThat(this.radar.run(lapses.minusDays(30), organisation)).as("not when the link is sent").isZero();
		assertThat(this.radar.run(lapses.minusDays(7), organisation)).isEqualTo(1);
		assertThat(this.radar.run(lapses.minusDays(6), organisation)).isZero();
		assertThat(this.radar.run(expires, organisation)).as("the link still works that day").isZero();
		assertThat(this.radar.run(lapses, organisation)).isEqualTo(1);

		this.jdbc
			.sql("update connection_agreements set link_expires_at = link_expires_at + interval '30 days' "
					+ "where id = ?")
			.param(agreement)
			.update();
		assertThat(this.radar.run(lapses.plusDays(23), organisation)).as("a new link warns afresh").isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select n.subject from notifications n join accounts a on a.id = n.account_id
				where a.email = ? and n.topic = 'EXPIRY' order by n.created_at
				""").param(ownerEmail).query(String.class).list()).hasSize(3)
			.allSatisfy(subject -> assertThat(subject).startsWith("Connection agreement signatory link"));
	}

	/** An agreement issued and waiting for its signatory, whose link lasts 30 days. */
	private UUID issuedAgreement(UUID organisation) {
		var product = UUID.randomUUID();
		var version = UUID.randomUUID();
		this.jdbc.sql("insert into products (id, organisation_id, name, created_at) values (?, ?, 'Tern', now())")
			.params(product, organisation)
			.update();
		this.jdbc.sql("insert into product_versions (id, product_id, number, created_at) values (?, ?, '1.0', now())")
			.params(version, product)
			.update();
		return Agreements.issued(this.jdbc, organisation, product, version, "national-imaging-registry");
	}

}
