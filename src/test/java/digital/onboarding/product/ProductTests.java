package digital.onboarding.product;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProductTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterRegisteringTheOrganisationAPersonAddsTheFirstProductAndChoosesItsApis() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "First Steps Ltd");
		var base = "/organisations/" + organisation + "/products";
		assertThat(owner.page(base + "/new")).contains("Add your first product");

		var created = owner.post(base + "/new", "name", "Imaging Viewer", "module", "Gateway", "version", "2.1");
		var choose = created.getResponse().getRedirectedUrl();
		assertThat(choose).matches(base + "/[0-9a-f-]{36}/versions/[0-9a-f-]{36}/apis");
		assertThat(owner.page(choose)).containsSubsequence("National Imaging Registry", "National Record Locator",
				"NHS login", "Summary Care Record");

		var saved = owner.post(choose, "apiIds", "national-record-locator", "apiIds", "national-imaging-registry");
		var productPage = saved.getResponse().getRedirectedUrl();
		assertThat(owner.page(productPage)).contains("Imaging Viewer")
			.contains("Gateway")
			.contains("Version 2.1")
			.containsSubsequence("National Imaging Registry", "National Record Locator v3.0");
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ? order by seq")
			.param(organisation)
			.query(String.class)
			.list()).containsSubsequence("organisation.registered", "product.created", "product.apis-chosen");
	}

	@Test
	void aPatchVersionBelongsToItsSignificantVersionAndNeedsNoAssuranceOfItsOwn() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Versioned Ltd");
		var product = create(owner, organisation, "Records App", "1.0");
		var versions = "/organisations/" + organisation + "/products/" + product + "/versions/new";

		owner.post(versions, "version", "1.0.1");
		owner.post(versions, "version", "1.2.4");
		owner.post(versions, "version", "1.10");
		assertThat(Visitor.text(owner.post(versions, "version", "1.0")))
			.contains("The product already has version 1.0");
		assertThat(Visitor.text(owner.post(versions, "version", "v1"))).contains("Enter a version like 2.1");

		assertThat(this.jdbc
			.sql("select string_agg(number, ' ' order by number) from product_versions where product_id = ?")
			.param(product)
			.query(String.class)
			.single()).isEqualTo("1.0 1.10 1.2");
		assertThat(owner.page("/organisations/" + organisation + "/products/" + product)).containsSubsequence(
				"Version 1.10", "Version 1.2", "Patch versions covered: 1.2.4", "Version 1.0",
				"Patch versions covered: 1.0.1");
	}

	@Test
	void chosenApisMustBeInTheCatalogueAndSomeMustBeChosen() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Choosy Ltd");
		var choose = owner.post("/organisations/" + organisation + "/products/new", "name", "Thing", "version", "1.0")
			.getResponse()
			.getRedirectedUrl();
		assertThat(Visitor.text(owner.post(choose))).contains("Select the APIs this version will use");
		assertThat(Visitor.text(owner.post(choose, "apiIds", "no-such-api"))).contains("There is no API no-such-api");
	}

	@Test
	void anArchivedProductStaysReadableAndCannotChange() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Tidy Ltd");
		var product = create(owner, organisation, "Old App", "3.0");
		var base = "/organisations/" + organisation + "/products/" + product;
		assertThat(owner.page(base + "/archive")).contains("Archive Old App?");
		owner.post(base + "/archive");

		assertThat(owner.page(base)).contains("Archived").doesNotContain("Add a version");
		assertThat(owner.post(base + "/versions/new", "version", "3.1").getResponse().getStatus()).isEqualTo(403);
		assertThat(owner.page("/organisations/" + organisation + "/products")).contains("Old App").contains("Archived");
	}

	@Test
	void renamingOverAnotherPersonsChangeKeepsBothVisible() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Renamers Ltd");
		var product = create(owner, organisation, "Draft Name", "1.0");
		var details = "/organisations/" + organisation + "/products/" + product + "/details";

		owner.post(details, "name", "Their Name", "module", "", "lockVersion", "0");
		var stale = Visitor.text(owner.post(details, "name", "My Name", "module", "Core", "lockVersion", "0"));
		assertThat(stale).contains("Someone else changed this product")
			.contains("Their Name")
			.contains("value=\"My Name\"")
			.contains("name=\"lockVersion\" value=\"1\"");
		owner.post(details, "name", "My Name", "module", "Core", "lockVersion", "1");
		assertThat(owner.page("/organisations/" + organisation + "/products/" + product)).contains("My Name")
			.contains("Core");
	}

	@Test
	void theApiDoesWhatThePagesDo() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Scripted Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var base = "/api/v1/organisations/" + organisation + "/products";

		var created = api.post(base, "{\"name\":\"CLI Product\",\"version\":\"4.2.1\"}");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		var body = Visitor.text(created);
		assertThat(body).contains("\"number\":\"4.2\"").contains("\"patches\":[\"4.2.1\"]");
		var productId = body.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
		var versionId = this.jdbc.sql("select id from product_versions where product_id = ?::uuid")
			.param(productId)
			.query(UUID.class)
			.single();

		var chosen = api.put(base + "/" + productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"nhs-login\",\"national-imaging-registry\"]}");
		assertThat(Visitor.text(chosen)).contains("\"apiIds\":[\"national-imaging-registry\",\"nhs-login\"]");
		var bad = api.post(base, "{\"name\":\"X\",\"version\":\"one\"}");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(Visitor.text(bad)).contains("Enter a version like 2.1");
		assertThat(api.post(base + "/" + productId + "/archive", "").getResponse().getStatus()).isEqualTo(204);
		assertThat(api.post(base + "/" + productId + "/versions", "{\"version\":\"5.0\"}").getResponse().getStatus())
			.isEqualTo(403);
	}

	/**
	 * Two requests at once for the same change: once the first has made it, the second
	 * finds it made, rather than failing on the database's unique keys.
	 */
	@Test
	void theSameChangeSentTwiceAtOnceIsMadeOnceAndNeitherIsAServerError() throws Exception {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Twice Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var base = "/api/v1/organisations/" + organisation + "/products";
		var productId = Visitor.text(api.post(base, "{\"name\":\"Twice\",\"version\":\"1.0\"}"))
			.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
		var versionId = this.jdbc.sql("select id from product_versions where product_id = ?::uuid")
			.param(productId)
			.query(UUID.class)
			.single();
		var product = base + "/" + productId;
		for (int trial = 0; trial < 10; trial++) {
			var apis = "{\"apiIds\":[\"" + (trial % 2 == 0 ? "nhs-login" : "national-imaging-registry") + "\"]}";
			assertThat(twiceAtOnce(() -> api.put(product + "/versions/" + versionId + "/apis", apis)))
				.containsExactly(200, 200);
			var version = "{\"version\":\"2." + trial + "\"}";
			assertThat(twiceAtOnce(() -> api.post(product + "/versions", version))).containsExactlyInAnyOrder(200, 400);
		}
		assertThat(this.jdbc.sql("select count(*) from product_versions where product_id = ?::uuid")
			.param(productId)
			.query(Integer.class)
			.single()).isEqualTo(11);
	}

	private static List<Integer> twiceAtOnce(Callable<MvcResult> request) throws Exception {
		var start = new CountDownLatch(1);
		var threads = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> sent = () -> {
				start.await();
				return request.call().getResponse().getStatus();
			};
			var first = threads.submit(sent);
			var second = threads.submit(sent);
			start.countDown();
			return List.of(first.get(), second.get());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static UUID create(Visitor owner, UUID organisation, String name, String version) {
		var location = owner.post("/organisations/" + organisation + "/products/new", "name", name, "version", version)
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.split("/")[4]);
	}

}
