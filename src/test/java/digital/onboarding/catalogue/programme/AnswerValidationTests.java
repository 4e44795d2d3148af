package digital.onboarding.catalogue.programme;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerValidationTests {

	private static final String CERTIFICATE = """
			-----BEGIN CERTIFICATE-----
			MIIBkDCCATegAwIBAgIUTVDFawj8Vs1RpBiE9QTziitYeCYwCgYIKoZIzj0EAwIw
			HjEcMBoGA1UEAwwTZ2F0ZXdheS5leGFtcGxlLm9yZzAeFw0yNjExMjMwOTQ2NDha
			Fw0zNjExMjAwOTQ2NDhaMB4xHDAaBgNVBAMME2dhdGV3YXkuZXhhbXBsZS5vcmcw
			WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARliCZpcKxYtBsMT0ty6PmwkZol5DNl
			Clvb6GGgG79Aq1QqLQ8ZlEsrYpcNDbqqGyuJCWTAwNDn8DdhEeBawxBzo1MwUTAd
			BgNVHQ4EFgQUmRLbET4LRH5KBhMoL0BFtj7K2BkwHwYDVR0jBBgwFoAUmRLbET4L
			RH5KBhMoL0BFtj7K2BkwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBE
			AiBXPUKXoHNnljs5JHOTuUoZfrleFdzXSrYCrqnjMRRvLAIgLJjgCYGvtuUkK9i0
			bp96kJyp8FMZBcjU9gBLgVfkA+I=
			-----END CERTIFICATE-----
			""";

	@Test
	void anUnansweredQuestionHasNoProblemHereSinceCompletenessIsCheckedApart() {
		assertThat(problem(question(QuestionType.EMAIL), null)).isNull();
		assertThat(problem(question(QuestionType.EMAIL), "  ")).isNull();
		assertThat(problem(question(QuestionType.MULTIPLE_CHOICE), List.of())).isNull();
	}

	@Test
	void textIsHeldToItsLimitOf2000CharactersForLongTextUnlessTheQuestionSetsAnother() {
		var longText = question(QuestionType.LONG_TEXT);
		assertThat(longText.textLimit()).isEqualTo(2000);
		assertThat(problem(longText, "a".repeat(2000))).isNull();
		assertThat(problem(longText, "a".repeat(2001)))
			.isEqualTo("Enter 2000 characters or fewer; this answer has 2001");
		var shortText = new Question("name", null, "Name", QuestionType.TEXT, true, null, null, List.of(), 10, null,
				null, List.of(), null);
		assertThat(problem(shortText, "0123456789")).isNull();
		assertThat(problem(shortText, "01234567890")).startsWith("Enter 10 characters or fewer");
		assertThat(problem(shortText, List.of("not", "text"))).startsWith("Answer this question again");
	}

	@Test
	void yesNoTakesYesOrNo() {
		var question = question(QuestionType.YES_NO);
		assertThat(question.options()).extracting(Option::value).containsExactly("yes", "no");
		assertThat(problem(question, "yes")).isNull();
		assertThat(problem(question, "no")).isNull();
		assertThat(problem(question, "maybe")).isEqualTo("Select one of the options");
	}

	@Test
	void aChoiceIsOneOfItsOptionsAndAMultipleChoiceEachOnce() {
		assertThat(problem(question(QuestionType.SINGLE_CHOICE), "consumer")).isNull();
		assertThat(problem(question(QuestionType.SINGLE_CHOICE), "producer")).isEqualTo("Select one of the options");
		var multiple = question(QuestionType.MULTIPLE_CHOICE);
		assertThat(problem(multiple, List.of("provider", "consumer"))).isNull();
		assertThat(problem(multiple, List.of("provider", "producer")))
			.isEqualTo("Select only options from the list, each once");
		assertThat(problem(multiple, List.of("provider", "provider")))
			.isEqualTo("Select only options from the list, each once");
		assertThat(problem(multiple, "provider")).startsWith("Answer this question again");
	}

	@Test
	void aDateIsARealIsoDate() {
		assertThat(problem(question(QuestionType.DATE), "2026-02-28")).isNull();
		assertThat(problem(question(QuestionType.DATE), "2026-02-30")).isEqualTo("Enter a real date, like 2026-03-31");
		assertThat(problem(question(QuestionType.DATE), "28/02/2026")).isEqualTo("Enter a real date, like 2026-03-31");
	}

	@Test
	void anEmailAddressHasAnAtSignAndADomain() {
		assertThat(problem(question(QuestionType.EMAIL), "team@supplier.example")).isNull();
		assertThat(problem(question(QuestionType.EMAIL), "team@supplier"))
			.isEqualTo("Enter an email address in the correct format, like name@example.com");
	}

	@Test
	void aPersonHasANameARoleAndAnEmailAddress() {
		var person = question(QuestionType.PERSON);
		assertThat(problem(person, Map.of("name", "Ada Lovelace", "role", "CSO", "email", "ada@supplier.example")))
			.isNull();
		assertThat(problem(person, Map.of("role", "CSO", "email", "ada@supplier.example")))
			.isEqualTo("Enter the person's full name");
		assertThat(problem(person, Map.of("name", "Ada Lovelace", "email", "ada@supplier.example")))
			.isEqualTo("Enter the person's role");
		assertThat(problem(person, Map.of("name", "Ada Lovelace", "role", "CSO")))
			.isEqualTo("Enter the person's email address");
		assertThat(problem(person, Map.of("name", "Ada Lovelace", "role", "CSO", "email", "ada")))
			.startsWith("Enter an email address in the correct format");
		assertThat(problem(person, Map.of("name", "Ada", "role", "CSO", "email", "a@b.example", "phone", "1")))
			.startsWith("Answer this question again");
	}

	@Test
	void eachEntryOfARepeatableGroupAnswersItsOwnQuestions() {
		var group = new Question("officers", null, "Clinical safety officers", QuestionType.REPEATABLE_GROUP, true,
				null, null, List.of(), null, null, null,
				List.of(question(QuestionType.PERSON), new Question("registration", null, "Registration",
						QuestionType.TEXT, true, null, null, List.of(), null, null, null, List.of(), null)),
				null);
		var ada = Map.of("name", "Ada Lovelace", "role", "CSO", "email", "ada@supplier.example");
		assertThat(problem(group, List.of(Map.of("person", ada, "registration", "GMC 1234567")))).isNull();
		assertThat(problem(group, List.of(Map.of("person", ada, "registration", "GMC 1234567"), Map.of("person", ada))))
			.isEqualTo("Entry 2: Answer \"Registration\"");
		assertThat(problem(group, List.of(Map.of("person", Map.of("name", "Ada"), "registration", "GMC 1"))))
			.isEqualTo("Entry 1: Enter the person's role");
		assertThat(problem(group, List.of(Map.of("unknown", "x")))).startsWith("Answer this question again");
	}

	@Test
	void anOdsCodeIsLettersAndDigitsOfAtMostNine() {
		assertThat(problem(question(QuestionType.ODS_CODE), "x26")).isNull();
		assertThat(problem(question(QuestionType.ODS_CODE), "X26-1"))
			.isEqualTo("ODS code must contain only letters and numbers");
		assertThat(problem(question(QuestionType.ODS_CODE), "ABCDE12345"))
			.isEqualTo("ODS code must be 9 characters or fewer");
	}

	@Test
	void aVersionIsTheSignificantMajorAndMinorOnly() {
		assertThat(problem(question(QuestionType.VERSION), "2.1")).isNull();
		assertThat(problem(question(QuestionType.VERSION), "10.0")).isNull();
		assertThat(problem(question(QuestionType.VERSION), "2.1.3")).startsWith("Enter the significant version");
		assertThat(problem(question(QuestionType.VERSION), "v2")).startsWith("Enter the significant version");
		assertThat(problem(question(QuestionType.VERSION), "02.1")).startsWith("Enter the significant version");
	}

	@Test
	void aUrlIsAnAbsoluteWebAddress() {
		assertThat(problem(question(QuestionType.URL), "https://gateway.example.org/iti-38")).isNull();
		assertThat(problem(question(QuestionType.URL), "http://gateway.example.org:8443/")).isNull();
		assertThat(problem(question(QuestionType.URL), "gateway.example.org")).startsWith("Enter a full web address");
		assertThat(problem(question(QuestionType.URL), "ftp://gateway.example.org/"))
			.startsWith("Enter a full web address");
		assertThat(problem(question(QuestionType.URL), "https://user:secret@gateway.example.org/"))
			.startsWith("Enter a full web address");
	}

	@Test
	void ipAddressesAreIpv4OrIpv6AddressesOrCidrRanges() {
		var question = question(QuestionType.IP_ADDRESSES);
		assertThat(problem(question, List.of("192.0.2.10", "198.51.100.0/24", "2001:db8::1", "2001:db8::/32")))
			.isNull();
		assertThat(problem(question, List.of("192.0.2.256"))).startsWith("192.0.2.256 is not an IP address or range");
		assertThat(problem(question, List.of("198.51.100.0/33"))).startsWith("198.51.100.0/33 is not");
		assertThat(problem(question, List.of("2001:db8::/129"))).startsWith("2001:db8::/129 is not");
		assertThat(problem(question, List.of("10.1"))).startsWith("10.1 is not");
		assertThat(problem(question, List.of("gateway.example.org"))).startsWith("gateway.example.org is not");
		assertThat(problem(question, List.of("2001:db8:::1"))).startsWith("2001:db8:::1 is not");
	}

	@Test
	void anX509CertificateIsPemThatJavaCanReadAndNeverAPrivateKey() {
		var question = question(QuestionType.X509_CERTIFICATE);
		assertThat(problem(question, CERTIFICATE)).isNull();
		assertThat(problem(question, CERTIFICATE + CERTIFICATE)).as("a chain").isNull();
		assertThat(problem(question, CERTIFICATE.replace("MIIBkDCC", "MIIBkDXX")))
			.startsWith("Paste the certificate in PEM form");
		assertThat(problem(question, "not a certificate")).startsWith("Paste the certificate in PEM form");
		assertThat(
				problem(question, "-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----\n" + CERTIFICATE))
			.startsWith("This holds a private key");
	}

	@Test
	void anHcidIsUrnOidAndAValidOidOfAtMost64Characters() {
		var question = question(QuestionType.HCID);
		assertThat(problem(question, "urn:oid:2.16.840.1.113883.2.1.3.2")).isNull();
		assertThat(problem(question, "urn:oid:1.3.6.1.4.1.21367")).isNull();
		assertThat(problem(question, "2.16.840.1.113883.2.1.3.2"))
			.startsWith("Enter a Home Community ID of at most 64");
		assertThat(problem(question, "urn:oid:3.1")).as("no such root arc").startsWith("Enter a Home Community ID");
		assertThat(problem(question, "urn:oid:1.40")).as("second arc above 39").startsWith("Enter a Home Community ID");
		assertThat(problem(question, "urn:oid:2.16.0840")).as("leading zero").startsWith("Enter a Home Community ID");
		assertThat(problem(question, "urn:oid:2")).as("one arc").startsWith("Enter a Home Community ID");
		var longest = "urn:oid:2." + "1".repeat(54);
		assertThat(longest).hasSize(64);
		assertThat(problem(question, longest)).isNull();
		assertThat(problem(question, longest + "1")).startsWith("Enter a Home Community ID");
	}

	@Test
	void aFileAnswerNamesTheEvidenceWhichTheEvidenceModuleChecks() {
		var file = question(QuestionType.FILE);
		assertThat(file.evidence()).isEqualTo(new EvidenceRequirement(250));
		assertThat(file.evidence().maxFiles()).isEqualTo(1);
		assertThat(problem(file, "evidence-7f3a")).isNull();
		assertThat(problem(file, List.of("a", "b"))).startsWith("Answer this question again");
	}

	static Question question(QuestionType type) {
		var options = type.takesOptions()
				? List.of(new Option("provider", "Provider", null), new Option("consumer", "Consumer", null))
				: List.<Option>of();
		return new Question(type == QuestionType.PERSON ? "person" : type.value(), null, "A " + type.value(), type,
				true, null, null, options, null, null, null, List.of(), null);
	}

	private static String problem(Question question, Object answer) {
		return AnswerValidation.problemWith(question, answer).orElse(null);
	}

}
