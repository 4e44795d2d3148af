package digital.onboarding.agreement;

/**
 * What a signatory's link to the acceptable use policy leads to.
 *
 * @param policy the policy, or {@code null} if the link is
 * {@link AgreementLink.Status#UNKNOWN}
 */
public record PolicyLink(AgreementLink.Status status, AcceptableUsePolicy policy) {

}
