package digital.onboarding.assurance;

import java.util.List;

import digital.onboarding.catalogue.programme.Finding;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.platform.NotFoundException;

/** One open application with its programme and open findings. */
record ApplicationContext(String apiId, Programme programme, List<Finding> openFindings) {

	Section section(String sectionId) {
		return this.programme.section(sectionId).orElseThrow(() -> new NotFoundException("Section"));
	}

}
