package digital.onboarding.web;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that did not hear the answer to a POST sends it again with the same
 * {@code Idempotency-Key}, and is answered as the first time without anything being made
 * twice.
 */
@ServiceTest
class IdempotencyKeyTests {

	private static final String PRODUCT = "{\"name\":\"Harbour RIS\",\"version\":\"1.0\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeys keys;

	private UUID organisation;

	private String token;

	@BeforeEach
	void supplierWithAToken() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		this.organisation = Organisations.register(owner, "Harbour Imaging Ltd");
		this.token = Organisations.token(owner, this.organisation);
	}

	@Test
	void theSameRequestSentAgainWithItsKeyIsAnsweredAsBeforeAndMakesNothingNew() throws Exception {
		var first = createProduct(this.token, "retry-1", PRODUCT);
		var again = createProduct(this.token, "retry-1", PRODUCT);

		assertThat(first.getStatus()).isBetween(200, 201);
		assertThat(again.getStatus()).isEqualTo(first.getStatus());
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(products()).isEqualTo(1);

		assertThat(createProduct(this.token, "retry-2", PRODUCT).getHeader("Idempotent-Replayed"))
			.as("a new key is a new request")
			.isNull();
		assertThat(products()).isEqualTo(2);
	}

	@Test
	void requestsRacingWithOneKeyAllGetTheOneAnswer() throws Exception {
		var start = new CountDownLatch(1);
		var answers = new ArrayList<Future<MockHttpServletResponse>>();
		var threads = Executors.newFixedThreadPool(6);
		try {
			for (int i = 0; i < 6; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return createProduct(this.token, "race", PRODUCT);
				}));
			}
			start.countDown();
			var bodies = new ArrayList<String>();
			for (var answer : answers) {
				var response = answer.get();
				assertThat(response.getStatus()).isBetween(200, 201);
				bodies.add(response.getContentAsString());
			}
			assertThat(bodies).containsOnly(bodies.get(0));
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(products()).isEqualTo(1);
	}

	@Test
	void aKeySentWithADifferentRequestIsRefusedAndChangesNothing() throws Exception {
		createProduct(this.token, "reused", PRODUCT);
		var different = createProduct(this.token, "reused", "{\"name\":\"Another\",\"version\":\"2.0\"}");
		assertThat(different.getStatus()).isEqualTo(422);
		assertThat(different.getContentType()).isEqualTo("application/problem+json");
		assertThat(different.getContentAsString()).contains("different request");
		assertThat(products()).isEqualTo(1);
	}

	@Test
	void aKeyIsKeptForADayAndThenForgotten() throws Exception {
		createProduct(this.token, "yesterday", PRODUCT);
		createProduct(this.token, "today", PRODUCT);
		this.jdbc.sql("update idempotency_keys set claimed_at = now() - interval '25 hours' where key = 'yesterday'")
			.update();

		var reused = createProduct(this.token, "yesterday", "{\"name\":\"Next\",\"version\":\"1.0\"}");
		assertThat(reused.getHeader("Idempotent-Replayed")).as("a new request, not a replay").isNull();
		assertThat(reused.getStatus()).isBetween(200, 201);
		assertThat(products()).isEqualTo(3);

		this.jdbc.sql("update idempotency_keys set claimed_at = now() - interval '25 hours' where key = 'today'")
			.update();
		this.keys.deleteExpired();
		assertThat(this.jdbc.sql("select key from idempotency_keys where key in ('yesterday', 'today')")
			.query(String.class)
			.list()).containsExactly("yesterday");
	}

	@Test
	void keysBelongToTheTokenThatSentThem() throws Exception {
		var other = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var otherOrganisation = Organisations.register(other, "Quay Systems Ltd");
		var otherToken = Organisations.token(other, otherOrganisation);
		createProduct(this.token, "shared-key", PRODUCT);
		var theirs = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/organisations/" + otherOrganisation + "/products")
				.header("Authorization", "Bearer " + otherToken)
				.header(IdempotencyKeyFilter.HEADER, "shared-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT))
			.andReturn()
			.getResponse();
		assertThat(theirs.getHeader("Idempotent-Replayed")).isNull();
		assertThat(theirs.getContentAsString()).doesNotContain(this.organisation.toString());
	}

	@Test
	void aKeyThatIsNotVisibleAsciiIsRefused() throws Exception {
		var refused = createProduct(this.token, "x".repeat(256), PRODUCT);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Idempotency-Key");
		assertThat(products()).isZero();
	}

	private MockHttpServletResponse createProduct(String token, String key, String body) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/organisations/" + this.organisation + "/products")
				.header("Authorization", "Bearer " + token)
				.header(IdempotencyKeyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private int products() {
		return this.jdbc.sql("select count(*) from products where organisation_id = ?")
			.param(this.organisation)
			.query(Integer.class)
			.single();
	}

}
