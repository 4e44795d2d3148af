package digital.onboarding.agreement;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A connection agreement's reference: {@code CNTR} and seven digits (R-cntr).
 *
 * @param value such as {@code CNTR0012345}
 */
public record AgreementReference(String value) {

	private static final Pattern FORMAT = Pattern.compile("CNTR[0-9]{7}");

	public AgreementReference {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A connection agreement reference is CNTR and seven digits");
		}
	}

	/** A reference drawn at random; the caller makes sure it is not yet in use. */
	static AgreementReference random(RandomGenerator random) {
		return new AgreementReference("CNTR%07d".formatted(random.nextInt(10_000_000)));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
