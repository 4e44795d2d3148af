package digital.onboarding.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations in tests, set up through the real pages.
 */
public final class Organisations {

	private static final Pattern TOKEN = Pattern.compile("<code id=\"token\">(dos_[^<]+)</code>");

	private Organisations() {
	}

	/** An ODS code no other test uses: letters and digits, at most 9. */
	public static String uniqueOdsCode() {
		return "T" + Long
			.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36, Long.MAX_VALUE), 36)
			.toUpperCase()
			.substring(0, 8);
	}

	/** Registers a supplier as the visitor, who becomes its owner; returns its id. */
	public static UUID register(Visitor owner, String legalName) {
		return register(owner, legalName, "SUPPLIER");
	}

	/**
	 * Registers an end user organisation as the visitor, who becomes its owner; returns
	 * its id.
	 */
	public static UUID registerEndUserOrganisation(Visitor owner, String legalName) {
		return register(owner, legalName, "END_USER_ORGANISATION");
	}

	private static UUID register(Visitor owner, String legalName, String kind) {
		var result = owner.post("/organisations/new", "legalName", legalName, "odsCode", uniqueOdsCode(), "kind", kind);
		var location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("registration succeeded").matches("/organisations/[0-9a-f-]{36}/products/new");
		return UUID.fromString(location.split("/")[2]);
	}

	/**
	 * Creates a personal access token through the tokens page and reads the secret shown
	 * once.
	 */
	public static String token(Visitor member, UUID organisationId) {
		var page = Visitor.text(member.post("/organisations/" + organisationId + "/tokens", "name", "Test pipeline",
				"validity", "DAYS_30"));
		var matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the new token is shown").isTrue();
		return matcher.group(1);
	}

}
