package digital.onboarding.catalogue.programme;

import java.util.List;

/**
 * A step of a programme, holding sections that are reviewed before the stages that wait
 * for it may be submitted.
 *
 * @param id unique within its programme, e.g. {@code governance}
 * @param title as the task list shows it
 * @param summary a sentence or two on the stage; {@code null} if none
 * @param sections in the order they are listed
 */
public record Stage(String id, String title, String summary, List<Section> sections) {

	public Stage {
		sections = List.copyOf(sections);
	}

}
