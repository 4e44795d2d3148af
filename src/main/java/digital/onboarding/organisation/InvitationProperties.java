package digital.onboarding.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an emailed invitation to join an organisation stays open, and how many may be
 * open at once so that the service cannot be used to send mail in bulk.
 */
@ConfigurationProperties("onboarding.invitations")
public record InvitationProperties(@DefaultValue("P7D") Duration validity, @DefaultValue("50") int maxPending) {
}
