package digital.onboarding.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import digital.onboarding.account.EmailAddress;

/**
 * What is entered for a contact, checked as a whole so every problem is reported at once.
 */
public record ContactDetails(ContactKind kind, String name, String jobTitle, String email, String profession,
		String registration) {

	/** Problems by field name; empty when the details can be saved. */
	public Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		if (this.kind == null) {
			problems.put("kind", "Select the kind of contact");
		}
		requireText(problems, "name", this.name, "Enter the contact's full name");
		requireText(problems, "jobTitle", this.jobTitle, "Enter the contact's job title");
		if (isBlank(this.email)) {
			problems.put("email", "Enter the contact's email address");
		}
		else if (!EmailAddress.isValid(this.email)) {
			problems.put("email", "Enter an email address in the correct format, like name@example.com");
		}
		if (this.kind == ContactKind.CLINICAL_SAFETY_OFFICER) {
			requireText(problems, "profession", this.profession, "Enter the clinical safety officer's profession");
			requireText(problems, "registration", this.registration,
					"Enter the professional body and registration number");
		}
		return problems;
	}

	private static void requireText(Map<String, String> problems, String field, String value, String message) {
		if (isBlank(value)) {
			problems.put(field, message);
		}
		else if (value.length() > 200) {
			problems.put(field, "Must be 200 characters or fewer");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
