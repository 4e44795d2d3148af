package digital.onboarding.agreement;

/** An administrator published a new version of the agreement's wording. */
public record AgreementTextPublished(int version) {
}
