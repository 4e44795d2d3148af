package digital.onboarding.agreement;

import java.time.Instant;

/** A published version of the acceptable use policy's wording; never changed. */
public record AcceptableUseText(int version, String text, Instant publishedAt) {

}
