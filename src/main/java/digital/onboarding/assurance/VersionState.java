package digital.onboarding.assurance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digital.onboarding.catalogue.programme.Answers;
import digital.onboarding.catalogue.programme.GateDecision;
import digital.onboarding.catalogue.programme.Gates;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.platform.NotFoundException;

import static digital.onboarding.assurance.AssuranceManagement.key;

/**
 * Everything about a version's applications that statuses and gates are worked out from.
 */
record VersionState(List<ApplicationContext> applications, Map<String, SectionResponses.Row> responses,
		LocalDate today) {

	ApplicationContext application(String apiId) {
		return this.applications.stream()
			.filter(application -> application.apiId().equals(apiId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Application"));
	}

	/**
	 * The applications that answer the section together: for a shared section, every
	 * application whose programme includes it; for an API's own section, its application
	 * alone, even where another programme has a section of the same id (several have a
	 * {@code setup}).
	 */
	List<ApplicationContext> applicationsSharing(String apiId, Section section) {
		if (!section.shared()) {
			return List.of(application(apiId));
		}
		return this.applications.stream()
			.filter(application -> application.programme().section(section.id()).filter(Section::shared).isPresent())
			.toList();
	}

	/** Every answer given on the application, shared sections included. */
	Answers answers(ApplicationContext application) {
		var all = new LinkedHashMap<String, Object>();
		application.programme().sections().forEach(section -> {
			var row = this.responses.get(key(application.apiId(), section));
			if (row != null) {
				all.putAll(row.answers());
			}
		});
		return Answers.of(all);
	}

	Set<String> approvedSectionIds(ApplicationContext application) {
		var approved = new HashSet<String>();
		application.programme().sections().forEach(section -> {
			var row = this.responses.get(key(application.apiId(), section));
			if (row != null && row.status() == SectionStatus.APPROVED) {
				approved.add(section.id());
			}
		});
		return approved;
	}

	Task task(ApplicationContext application, Section section) {
		var row = this.responses.get(key(application.apiId(), section));
		var apis = List.of(application.apiId());
		if (row != null) {
			var changed = row.changedQuestions()
				.stream()
				.flatMap(questionId -> section.question(questionId).stream())
				.map(Question::label)
				.toList();
			return new Task(section.id(), section.title(), section.shared(), apis, row.status(), null, changed);
		}
		var gate = Gates.editing(application.programme(), section.id(), approvedSectionIds(application),
				application.openFindings());
		return new Task(section.id(), section.title(), section.shared(), apis,
				gate.allowed() ? SectionStatus.NOT_STARTED : SectionStatus.CANNOT_START_YET, gate.reason(), List.of());
	}

	/**
	 * Whether the section may be submitted: a shared section only if every API sharing it
	 * agrees.
	 */
	GateDecision submissionGate(String apiId, Section section) {
		for (var application : applicationsSharing(apiId, section)) {
			var decision = Gates.submission(application.programme(), section.id(), approvedSectionIds(application),
					application.openFindings());
			if (!decision.allowed()) {
				return decision;
			}
		}
		return GateDecision.ALLOWED;
	}

}
