package digital.onboarding.commissioning;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A commission takes each step of its life only from the state the step starts from; from
 * any other, the step is refused saying where the commission stands.
 */
class CommissionLifecycleTests {

	private static final UUID BY = UUID.randomUUID();

	private static final Instant AT = Instant.parse("2026-12-08T10:00:00Z");

	/** Each step, the state it starts from and the one it reaches. */
	private static final Map<String, Step> STEPS = Map.of("accept",
			new Step(commission -> commission.accept(BY, AT), CommissionState.COMMISSIONED, CommissionState.ACCEPTED),
			"decline",
			new Step(commission -> commission.decline(BY, AT, "No capacity"), CommissionState.COMMISSIONED,
					CommissionState.DECLINED),
			"sign INT off",
			new Step(commission -> commission.signOffInt(BY, AT), CommissionState.ACCEPTED,
					CommissionState.INT_SIGNED_OFF),
			"decide go",
			new Step(commission -> commission.decide(true, BY, AT, null), CommissionState.INT_SIGNED_OFF,
					CommissionState.GO),
			"decide no-go",
			new Step(commission -> commission.decide(false, BY, AT, "Not ready"), CommissionState.INT_SIGNED_OFF,
					CommissionState.NO_GO),
			"go live", new Step(commission -> commission.goLive(BY, AT), CommissionState.GO, CommissionState.LIVE));

	@ParameterizedTest
	@EnumSource(CommissionState.class)
	void eachStepIsTakenFromItsOwnStateAndRefusedFromEveryOther(CommissionState state) {
		var commission = in(state);
		STEPS.forEach((name, step) -> {
			if (state == step.from()) {
				var change = step.take().apply(commission);
				assertThat(change.from()).as(name).isEqualTo(state);
				assertThat(change.to()).as(name).isEqualTo(step.to());
				assertThat(change.by()).isEqualTo(BY);
				assertThat(change.at()).isEqualTo(AT);
				assertThat(change.commissionId()).isEqualTo(commission.id());
			}
			else {
				assertThatThrownBy(() -> step.take().apply(commission)).as(name)
					.isInstanceOf(CommissionTransitionRefusedException.class)
					.hasMessageStartingWith("This commission is " + state.label().toLowerCase(java.util.Locale.UK));
			}
		});
	}

	@ParameterizedTest
	@EnumSource(CommissionState.class)
	void anOpenCommissionCanBeEndedWithItsReasonAndAClosedOneCannot(CommissionState state) {
		var commission = in(state);
		if (EnumSet.of(CommissionState.DECLINED, CommissionState.NO_GO, CommissionState.ENDED).contains(state)) {
			assertThatThrownBy(() -> commission.end(BY, AT, "No longer needed"))
				.isInstanceOf(CommissionTransitionRefusedException.class)
				.hasMessageEndingWith("cannot be ended");
		}
		else {
			var ended = commission.end(null, AT, "Its end date passed");
			assertThat(ended.to()).isEqualTo(CommissionState.ENDED);
			assertThat(ended.reason()).isEqualTo("Its end date passed");
			assertThat(ended.by()).as("the service itself").isNull();
		}
	}

	@ParameterizedTest
	@EnumSource(CommissionState.class)
	void testRunsAreRecordedOnlyWhileIntTestingIsUnderWay(CommissionState state) {
		var commission = in(state);
		if (state == CommissionState.ACCEPTED) {
			commission.requireTesting();
		}
		else {
			assertThatThrownBy(commission::requireTesting).isInstanceOf(CommissionTransitionRefusedException.class)
				.hasMessageContaining("only while INT testing is under way");
		}
	}

	private static Commission in(CommissionState state) {
		return new Commission(UUID.randomUUID(), UUID.randomUUID(), "Riverside Trust", "RRV", UUID.randomUUID(),
				"Beacon Ltd", UUID.randomUUID(), "Beacon PACS", UUID.randomUUID(), "3.2", "national-imaging-registry",
				null, state, null, AT, null, 1);
	}

	private record Step(Function<Commission, CommissionChange> take, CommissionState from, CommissionState to) {
	}

}
