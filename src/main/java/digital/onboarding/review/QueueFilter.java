package digital.onboarding.review;

/**
 * What a reviewer narrows the queue to. Any field may be {@code null} for "any".
 *
 * @param apiId one of the APIs the person reviews
 * @param stageId a stage id of the programme, e.g. {@code eligibility}
 * @param state {@code open} (the default), or a {@link ReviewState} name
 * @param age {@code overdue} or {@code on-time}
 * @param assignee {@code me} or {@code unassigned}
 * @param findings {@code yes} or {@code no}
 * @param search part of an organisation name, ODS code or product name
 */
public record QueueFilter(String apiId, String stageId, String state, String age, String assignee, String findings,
		String search) {

	public static QueueFilter none() {
		return new QueueFilter(null, null, null, null, null, null, null);
	}

}
