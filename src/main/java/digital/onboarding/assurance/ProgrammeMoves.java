package digital.onboarding.assurance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.ProgrammeChanges;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.ProductManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an application to the newest version of its programme, which its organisation
 * chooses to do: applications stay on the version they started on until then. Answers to
 * unchanged questions are kept, even when a question moved to another section; answers to
 * changed and removed questions are cleared, and only the approved sections with new or
 * changed questions go back to be answered again.
 */
@Service
public class ProgrammeMoves {

	private final Applications applications;

	private final SectionResponses responses;

	private final AssuranceManagement assurance;

	private final Catalogue catalogue;

	private final ProductManagement products;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	ProgrammeMoves(Applications applications, SectionResponses responses, AssuranceManagement assurance,
			Catalogue catalogue, ProductManagement products, OrganisationAccess access, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.responses = responses;
		this.assurance = assurance;
		this.catalogue = catalogue;
		this.products = products;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** What moving the application to the newest version would change. */
	@Transactional(readOnly = true)
	public ProgrammeMove preview(UUID organisationId, UUID productId, UUID versionId, String apiId) {
		this.access.require(organisationId, Need.READ);
		var application = application(organisationId, productId, versionId, apiId);
		var from = this.assurance.programmeOf(application).orElseThrow(() -> new NotFoundException("Application"));
		var to = this.catalogue.programme(apiId).orElseThrow(() -> new NotFoundException("Application"));
		var changes = ProgrammeChanges.between(from, to);
		var toAnswerAgain = new ArrayList<String>();
		String blockedBy = null;
		for (var section : changes.sections()) {
			var row = this.responses.find(versionId, AssuranceManagement.key(apiId, sectionOf(to, section)));
			var status = row.map(SectionResponses.Row::status).orElse(null);
			if (status == SectionStatus.APPROVED && section.asksAgain()) {
				toAnswerAgain.add(section.title());
			}
			if (status == SectionStatus.SUBMITTED && blockedBy == null) {
				blockedBy = section.title() + " is with the review team, and its questions changed in version "
						+ to.version() + ". You can move the application once it has been decided.";
			}
		}
		return new ProgrammeMove(apiId, this.catalogue.get(apiId).name(), from.version(), to.version(),
				changes.sections(), toAnswerAgain, blockedBy);
	}

	/**
	 * Moves the application from the version the person saw to the version they saw.
	 * Doing it again, as a double click does, changes nothing.
	 * @return whether it moved now, rather than before
	 * @throws ConflictException if the move is blocked, or either version changed since
	 */
	@Transactional
	public boolean move(UUID organisationId, UUID productId, UUID versionId, String apiId, String fromVersion,
			String toVersion) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var application = application(organisationId, productId, versionId, apiId);
		if (application.programmeVersion().equals(toVersion)) {
			return false;
		}
		var move = preview(organisationId, productId, versionId, apiId);
		if (!move.fromVersion().equals(fromVersion) || !move.toVersion().equals(toVersion)) {
			throw new ConflictException("The application or its programme changed since you looked: it is on version "
					+ move.fromVersion() + " and the newest is " + move.toVersion() + ". Check the changes again.");
		}
		if (!move.isAvailable()) {
			throw new ConflictException("This application is on the newest version of its programme already");
		}
		if (move.blockedBy() != null) {
			throw new ConflictException(move.blockedBy());
		}
		if (!this.applications.moveTo(versionId, apiId, fromVersion, toVersion)) {
			if (application(organisationId, productId, versionId, apiId).programmeVersion().equals(toVersion)) {
				return false;
			}
			throw new OptimisticLockingFailureException("The application moved while being moved");
		}
		// The versions checked above, even if a newer one was published since.
		var from = this.catalogue.programme(apiId, fromVersion).orElseThrow();
		var to = this.catalogue.programme(apiId, toVersion).orElseThrow();
		var movedAnswers = answersOfMovedQuestions(versionId, apiId, from, to, move.changes());
		var now = this.clock.instant();
		var asked = 0;
		for (var changes : move.changes()) {
			var section = sectionOf(to, changes);
			var key = AssuranceManagement.key(apiId, section);
			var row = this.responses.find(versionId, key);
			var carried = movedAnswers.getOrDefault(section.id(), Map.of());
			if (row.isEmpty()) {
				if (!carried.isEmpty()) {
					this.responses.save(organisationId, versionId, key, 0, carried, SectionStatus.IN_PROGRESS,
							membership.accountId(), now);
				}
				continue;
			}
			var answers = new LinkedHashMap<>(row.get().answers());
			answers.keySet().removeAll(changes.clearedQuestionIds());
			answers.putAll(carried);
			var status = row.get().status() == SectionStatus.APPROVED && changes.asksAgain()
					? SectionStatus.CHANGES_TO_ANSWER : row.get().status();
			var newOrChanged = section.questions()
				.stream()
				.map(Question::id)
				.filter(changes.newOrChangedQuestionIds()::contains)
				.toList();
			asked += newOrChanged.size();
			if (!this.responses.carryOver(row.get().id(), row.get().version(), answers, status, newOrChanged,
					membership.accountId(), now)) {
				throw new OptimisticLockingFailureException(section.title() + " changed while the application moved");
			}
		}
		this.assurance.evaluateRules(organisationId, productId, versionId, apiId);
		this.audit.record(AuditEntry.of("application.moved", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Moved the " + move.apiName() + " application from programme version " + fromVersion + " to "
					+ toVersion + "; " + asked + " new or changed questions to answer"
					+ (move.sectionsToAnswerAgain().isEmpty() ? "" : "; approved sections to answer again: "
							+ String.join(", ", move.sectionsToAnswerAgain()))));
		return true;
	}

	/**
	 * The answers to questions the newer version asks, unchanged, in another section than
	 * before, by the section they moved to: answers are kept per section, so without this
	 * they would be cleared from the old section and asked afresh in the new one. Read
	 * before any section changes.
	 */
	private Map<String, Map<String, Object>> answersOfMovedQuestions(UUID versionId, String apiId, Programme from,
			Programme to, List<ProgrammeChanges.SectionChanges> changes) {
		var moved = new HashMap<String, Map<String, Object>>();
		for (var section : changes) {
			for (var questionId : section.newOrChangedQuestionIds()) {
				var before = from.sectionOf(questionId);
				if (before.isEmpty() || before.get().id().equals(section.sectionId())
						|| !from.question(questionId).equals(to.question(questionId))) {
					continue;
				}
				this.responses.find(versionId, AssuranceManagement.key(apiId, before.get()))
					.map(row -> row.answers().get(questionId))
					.ifPresent(answer -> moved.computeIfAbsent(section.sectionId(), id -> new LinkedHashMap<>())
						.put(questionId, answer));
			}
		}
		return moved;
	}

	private Applications.Row application(UUID organisationId, UUID productId, UUID versionId, String apiId) {
		this.products.get(organisationId, productId).versionById(versionId);
		return this.applications.openFor(organisationId, versionId)
			.stream()
			.filter(row -> row.apiId().equals(apiId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Application"));
	}

	private static Section sectionOf(Programme programme, ProgrammeChanges.SectionChanges changes) {
		return programme.section(changes.sectionId()).orElseThrow();
	}

}
