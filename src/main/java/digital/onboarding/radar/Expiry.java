package digital.onboarding.radar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import digital.onboarding.organisation.ContactKind;
import digital.onboarding.platform.England;

/**
 * One thing with an end date.
 *
 * @param key stable for the thing across runs, unique across kinds, e.g.
 * {@code certificate:TCC-NIR-2026-000123}; warnings are remembered by key and end date,
 * so a renewal that moves the end date warns afresh
 * @param organisationId whose it is
 * @param organisationName its legal name, for staff who look after many
 * @param kind what sort of thing it is
 * @param title what it is, e.g. "Certificate TCC-NIR-2026-000123 for Imaging Hub 2.1"
 * @param endsOn the first day it no longer counts
 * @param path the page of this service about it
 * @param consequence what happens when it lapses, in a sentence
 * @param contact the named contact of the organisation who looks after it, besides its
 * owners and admins; {@code null} if none
 */
public record Expiry(String key, UUID organisationId, String organisationName, ExpiryKind kind, String title,
		LocalDate endsOn, String path, String consequence, ContactKind contact) {

	/** Days from the day given until it ends: 0 on the day, negative once lapsed. */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.endsOn);
	}

	public Urgency urgency(LocalDate today) {
		return Urgency.of(daysLeft(today));
	}

	/**
	 * The end date of something that stops counting at a moment rather than a day: the
	 * first day in England that starts at or after the moment, since on the day itself it
	 * still counts until then.
	 */
	static LocalDate firstDayFrom(Instant moment) {
		var day = LocalDate.ofInstant(moment, England.TIME_ZONE);
		return day.atStartOfDay(England.TIME_ZONE).toInstant().equals(moment) ? day : day.plusDays(1);
	}

}
