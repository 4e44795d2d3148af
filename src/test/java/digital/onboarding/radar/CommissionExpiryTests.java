package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.UUID;

import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commission with an end date is on the radar of both sides, the end user organisation
 * that gave the date and the supplier, and each is warned once per threshold; one without
 * an end date is not on it.
 */
@ServiceTest
class CommissionExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiryRadar radar;

	@Autowired
	CommissionSource source;

	@Test
	void bothSidesAreWarnedBeforeACommissionEnds() {
		var supplierOwner = People.activeAccount(this.mvc);
		var supplier = Organisations.register(People.signedIn(this.mvc, supplierOwner), "Kestrel Imaging Ltd");
		var endUserOwner = People.activeAccount(this.mvc);
		var endUser = Organisations.registerEndUserOrganisation(People.signedIn(this.mvc, endUserOwner),
				"Kestrel Valley Hospitals NHS Trust");
		var lastDay = LocalDate.of(2027, 3, 31);
		var commission = commission(supplier, endUser, Members.accountId(this.jdbc, endUserOwner), lastDay);
		commission(supplier, endUser, Members.accountId(this.jdbc, endUserOwner), null);

		assertThat(this.source.of(endUser)).extracting(Expiry::key)
			.containsExactly("commission:" + commission + ":end-user-organisation");
		assertThat(this.source.of(supplier)).extracting(Expiry::key)
			.containsExactly("commission:" + commission + ":supplier");
		var endsOn = lastDay.plusDays(1);
		assertThat(this.source.of(supplier).get(0).endsOn()).isEqualTo(endsOn);

		assertThat(this.radar.run(endsOn.minusDays(91), endUser)).isZero();
		assertThat(this.radar.run(endsOn.minusDays(90), endUser)).isEqualTo(1);
		assertThat(this.radar.run(endsOn.minusDays(90), endUser)).as("once").isZero();
		assertThat(this.radar.run(endsOn.minusDays(30), supplier)).as("the supplier's own warning").isEqualTo(1);
		assertThat(this.radar.run(endsOn, endUser)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from notifications n join accounts a on a.id = n.account_id
				where a.email in (?, ?) and n.topic = 'EXPIRY' and n.subject like 'Commission%'
				""").params(supplierOwner, endUserOwner).query(Integer.class).single()).isEqualTo(3);
	}

	private UUID commission(UUID supplier, UUID endUser, UUID by, LocalDate lastDay) {
		var product = UUID.randomUUID();
		var version = UUID.randomUUID();
		var commission = UUID.randomUUID();
		this.jdbc
			.sql("insert into products (id, organisation_id, name, created_at) values (?, ?, 'Kestrel PACS', now())")
			.params(product, supplier)
			.update();
		this.jdbc.sql("insert into product_versions (id, product_id, number, created_at) values (?, ?, '3.0', now())")
			.params(version, product)
			.update();
		this.jdbc.sql("""
				insert into commissions (id, end_user_organisation_id, supplier_organisation_id, product_id,
				  product_version_id, api_id, hcid, state, ends_on, commissioned_at, commissioned_by)
				values (?, ?, ?, ?, ?, 'national-imaging-registry', 'urn:oid:2.16.840.1', 'ACCEPTED', ?, now(), ?)
				""").params(commission, endUser, supplier, product, version, lastDay, by).update();
		return commission;
	}

}
