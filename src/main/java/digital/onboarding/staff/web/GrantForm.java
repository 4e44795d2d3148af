package digital.onboarding.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import digital.onboarding.staff.StaffRole;

/**
 * What an administrator enters to grant a staff role.
 */
record GrantForm(@NotBlank(message = "Enter the email address of the person") String email,
		@NotBlank(message = "Select an API") String apiId, @NotNull(message = "Select a role") StaffRole role) {

	static GrantForm empty() {
		return new GrantForm("", "", null);
	}

}
