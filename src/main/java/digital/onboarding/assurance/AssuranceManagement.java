package digital.onboarding.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.AnswerProblem;
import digital.onboarding.catalogue.programme.Answers;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.QuestionType;
import digital.onboarding.catalogue.programme.RuleEvaluation;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.SectionCheck;
import digital.onboarding.catalogue.programme.Visibility;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.ProductManagement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a product version's applications: the task list, saving a section, submitting
 * it as a revision and withdrawing it. Rules run on every save and submission; gates are
 * checked before a section is changed or submitted.
 */
@Service
public class AssuranceManagement {

	private final Applications applications;

	private final SectionResponses responses;

	private final Findings findings;

	private final Catalogue catalogue;

	private final ProductManagement products;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Prefill prefill;

	private final EvidenceFiles evidence;

	private final SectionComments comments;

	private final AccountManagement accounts;

	AssuranceManagement(Applications applications, SectionResponses responses, Findings findings, Catalogue catalogue,
			ProductManagement products, OrganisationAccess access, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, Prefill prefill, EvidenceFiles evidence, SectionComments comments,
			AccountManagement accounts) {
		this.comments = comments;
		this.accounts = accounts;
		this.prefill = prefill;
		this.evidence = evidence;
		this.applications = applications;
		this.responses = responses;
		this.findings = findings;
		this.catalogue = catalogue;
		this.products = products;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The sections of every open application of a version, with where each stands. */
	@Transactional(readOnly = true)
	public TaskList taskList(UUID organisationId, UUID productId, UUID versionId) {
		var context = context(organisationId, productId, versionId);
		var shared = new LinkedHashMap<String, Task>();
		var apis = new ArrayList<TaskList.ApiTasks>();
		for (var application : context.applications()) {
			var programme = application.programme();
			var stages = new ArrayList<TaskList.StageTasks>();
			int approved = 0;
			int total = 0;
			for (var stage : programme.stages()) {
				var tasks = new ArrayList<Task>();
				for (var section : stage.sections()) {
					var task = context.task(application, section);
					total++;
					if (task.status() == SectionStatus.APPROVED) {
						approved++;
					}
					if (section.shared()) {
						shared.merge(section.id(), task, Task::sharedWith);
					}
					else {
						tasks.add(task);
					}
				}
				if (!tasks.isEmpty()) {
					stages.add(new TaskList.StageTasks(stage.title(), tasks));
				}
			}
			var newest = this.catalogue.programme(application.apiId()).map(Programme::version).orElse(null);
			apis.add(new TaskList.ApiTasks(application.apiId(), this.catalogue.get(application.apiId()).name(),
					programme.version(), stages, approved, total, application.openFindings(),
					programme.version().equals(newest) ? null : newest));
		}
		var rejected = this.applications.rejectedFor(organisationId, versionId)
			.stream()
			.map(row -> new TaskList.RejectedApplication(row.apiId(), this.catalogue.get(row.apiId()).name(),
					row.rejectedAt()))
			.toList();
		return new TaskList(List.copyOf(shared.values()), apis, rejected);
	}

	/** One section as its page shows it. */
	@Transactional(readOnly = true)
	public SectionView section(UUID organisationId, UUID productId, UUID versionId, String apiId, String sectionId) {
		var context = context(organisationId, productId, versionId);
		var application = context.application(apiId);
		var section = application.section(sectionId);
		var response = this.responses.find(versionId, key(apiId, section));
		var answers = response.map(SectionResponses.Row::answers).orElseGet(() -> {
			var product = this.products.get(organisationId, productId);
			return this.prefill.answers(organisationId, product, product.versionById(versionId), section);
		});
		var allAnswers = context.answers(application);
		var visibility = Visibility.of(application.programme(), allAnswers, today());
		var task = context.task(application, section);
		var sharing = context.applicationsSharing(apiId, section).stream().map(ApplicationContext::apiId).toList();
		var check = SectionCheck.of(application.programme(), sectionId, Answers.of(answers), today());
		var incomplete = new ArrayList<>(check.invalid());
		incomplete.addAll(check.missing());
		return new SectionView(apiId, section, visibility.shownQuestions(section), answers, task.status(),
				task.reason(), response.map(SectionResponses.Row::version).orElse(0),
				context.submissionGate(apiId, section), application.openFindings(), sharing,
				response.map(row -> this.responses.latestRevision(row.id())).orElse(0), problems(incomplete),
				response.map(row -> this.comments.threads(row.id(), section)).orElse(List.of()),
				response.map(SectionResponses.Row::decidedAt).orElse(null),
				response.map(SectionResponses.Row::decisionReason).orElse(null), task.changedQuestions());
	}

	/**
	 * Saves a section's answers, finished or not; blank answers are left out.
	 * @param expectedVersion the version of the answers the person started from
	 * @throws AnswersRejectedException if an answer is not valid for its question
	 * @throws OptimisticLockingFailureException if someone saved the section meanwhile
	 * @throws ConflictException if a gate stops the section being changed, or it is
	 * locked for review
	 */
	@Transactional
	public SectionView save(UUID organisationId, UUID productId, UUID versionId, String apiId, String sectionId,
			int expectedVersion, Map<String, Object> submitted) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var context = context(organisationId, productId, versionId);
		var application = context.application(apiId);
		var section = application.section(sectionId);
		var task = context.task(application, section);
		if (!task.status().isEditable()) {
			throw new ConflictException(task.status() == SectionStatus.CANNOT_START_YET ? task.reason()
					: "This section is " + task.status().label().toLowerCase(Locale.ROOT) + " and cannot be changed");
		}
		var answers = new LinkedHashMap<String, Object>();
		submitted.forEach((questionId, value) -> {
			if (section.question(questionId).isPresent() && Answers.isAnswered(value)) {
				answers.put(questionId, value);
			}
		});
		var check = SectionCheck.of(application.programme(), sectionId, Answers.of(answers), today());
		var invalid = new ArrayList<>(check.invalid());
		invalid.addAll(unknownEvidence(organisationId, section, answers));
		if (!invalid.isEmpty()) {
			throw new AnswersRejectedException("Some answers need correcting", problems(invalid));
		}
		var status = task.status().isReturned() ? task.status() : SectionStatus.IN_PROGRESS;
		this.responses.save(organisationId, versionId, key(apiId, section), expectedVersion, answers, status,
				membership.accountId(), this.clock.instant());
		evaluateRules(organisationId, productId, versionId, apiId, section);
		this.audit.record(AuditEntry.of("section.saved", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Saved " + section.title()));
		return section(organisationId, productId, versionId, apiId, sectionId);
	}

	/**
	 * Submits a complete section for review as a new revision. Submitting again what was
	 * just submitted, as a double click or a client's retry does, returns the same
	 * revision and changes nothing, however close together the two arrive: the section's
	 * row is locked first, so the second waits for the first and then finds its revision.
	 * @throws AnswersRejectedException if the section is incomplete
	 * @throws ConflictException if a gate or a hard stop refuses it; the findings the
	 * rules raised on the way are kept all the same
	 */
	@Transactional(noRollbackFor = ConflictException.class)
	public int submit(UUID organisationId, UUID productId, UUID versionId, String apiId, String sectionId,
			int expectedVersion) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var context = context(organisationId, productId, versionId);
		var application = context.application(apiId);
		var section = application.section(sectionId);
		var response = this.responses.findForUpdate(versionId, key(apiId, section))
			.orElseThrow(() -> new ConflictException("Answer this section before submitting it"));
		if (response.status() == SectionStatus.SUBMITTED && response.version() == expectedVersion + 1) {
			return this.responses.latestRevision(response.id());
		}
		if (response.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Section " + sectionId + " changed since it was checked");
		}
		var check = SectionCheck.of(application.programme(), sectionId, Answers.of(response.answers()), today());
		if (!check.isComplete()) {
			var problems = new ArrayList<>(check.invalid());
			problems.addAll(check.missing());
			throw new AnswersRejectedException("Answer every question before submitting", problems(problems));
		}
		// Rules may depend on the date as well as the answers, so they run again now.
		evaluateRules(organisationId, productId, versionId, apiId, section);
		var gate = context(organisationId, productId, versionId).submissionGate(apiId, section);
		if (!gate.allowed()) {
			throw new ConflictException(gate.reason());
		}
		var now = this.clock.instant();
		if (!this.responses.save(response.submit(membership.accountId(), now), expectedVersion)) {
			throw new OptimisticLockingFailureException("Section " + sectionId + " changed while being submitted");
		}
		var sharing = context.applicationsSharing(apiId, section);
		var programmeVersions = sharing.stream()
			.map(shared -> shared.apiId() + "@" + shared.programme().version())
			.collect(Collectors.joining(","));
		var revision = this.responses.addRevision(response.id(), response.answers(), programmeVersions,
				membership.accountId(), now);
		var apiIds = sharing.stream().map(ApplicationContext::apiId).collect(Collectors.toUnmodifiableSet());
		this.events.publishEvent(new SectionSubmitted(organisationId, productId, versionId, sectionId, apiIds,
				revision.id(), revision.number()));
		this.audit.record(AuditEntry.of("section.submitted", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Submitted " + section.title() + " as revision " + revision.number()));
		return revision.number();
	}

	/**
	 * Takes a submitted section back to change it, until a reviewer has picked it up.
	 */
	@Transactional
	public void withdraw(UUID organisationId, UUID productId, UUID versionId, String apiId, String sectionId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var application = context(organisationId, productId, versionId).application(apiId);
		var section = application.section(sectionId);
		var response = this.responses.find(versionId, key(apiId, section))
			.orElseThrow(() -> new ConflictException("Only a submitted section can be withdrawn"));
		if (!this.responses.save(response.withdraw(membership.accountId(), this.clock.instant()), response.version())) {
			throw new ConflictException("A reviewer has started on this section, so it can no longer be withdrawn");
		}
		var revisions = this.responses.revisions(response.id());
		this.events
			.publishEvent(new SectionWithdrawn(organisationId, versionId, revisions.get(revisions.size() - 1).id()));
		this.audit.record(AuditEntry.of("section.withdrawn", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Withdrew " + section.title()));
	}

	/**
	 * Adds the applicant's reply to a reviewer's comment on the section.
	 * @throws IllegalArgumentException if the reply is empty or too long, or the thread
	 * is not on this section
	 */
	@Transactional
	public Comment reply(UUID organisationId, UUID productId, UUID versionId, String apiId, String sectionId,
			UUID threadId, String body) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var section = context(organisationId, productId, versionId).application(apiId).section(sectionId);
		var response = this.responses.find(versionId, key(apiId, section))
			.orElseThrow(() -> new IllegalArgumentException("That conversation is not on this section"));
		var revisions = this.responses.revisions(response.id());
		if (revisions.isEmpty() || threadId == null) {
			throw new IllegalArgumentException("That conversation is not on this section");
		}
		var latest = revisions.get(revisions.size() - 1);
		var author = this.accounts.findPeople(List.of(membership.accountId())).get(membership.accountId());
		var comment = this.comments.add(response.id(), threadId, null, latest.number(), membership.accountId(),
				author.fullName(), false, body, this.clock.instant());
		this.events
			.publishEvent(new ApplicantReplied(organisationId, versionId, section.id(), latest.id(), comment.id()));
		this.audit.record(AuditEntry.of("comment.added", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Replied to a reviewer on " + section.title()));
		return comment;
	}

	/**
	 * Opens a rejected application again: its rejected sections return to the applicant
	 * with their answers, to be changed and submitted anew.
	 * @throws ConflictException if the application was not rejected
	 */
	@Transactional
	public void startAgain(UUID organisationId, UUID productId, UUID versionId, String apiId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		this.products.get(organisationId, productId).versionById(versionId);
		var programme = this.catalogue.programme(apiId).orElseThrow(() -> new NotFoundException("Application"));
		if (!this.applications.startAgain(versionId, apiId)) {
			throw new ConflictException("Only a rejected application can be started again");
		}
		var keys = programme.sections().map(section -> key(apiId, section)).toList();
		this.responses.reopenRejected(versionId, keys, membership.accountId(), this.clock.instant());
		this.audit.record(AuditEntry.of("application.restarted", "product-version", versionId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Started a new application for " + this.catalogue.get(apiId).name() + " after a rejection"));
	}

	/**
	 * A file question's answer must name evidence uploaded by this organisation; anything
	 * else would let one supplier point at another's files.
	 */
	private List<AnswerProblem> unknownEvidence(UUID organisationId, Section section, Map<String, Object> answers) {
		var problems = new ArrayList<AnswerProblem>();
		for (var question : section.questions()) {
			if (question.type() != QuestionType.FILE || !answers.containsKey(question.id())) {
				continue;
			}
			try {
				this.evidence.describe(organisationId, UUID.fromString(String.valueOf(answers.get(question.id()))));
			}
			catch (IllegalArgumentException | NotFoundException ex) {
				problems.add(new AnswerProblem(question.id(), "Upload the file for \"" + question.label()
						+ "\" again: the evidence given is not one of your organisation's files"));
			}
		}
		return problems;
	}

	/** Runs the rules of every application that includes the section on its answers. */
	private void evaluateRules(UUID organisationId, UUID productId, UUID versionId, String apiId, Section section) {
		var context = context(organisationId, productId, versionId);
		for (var application : context.applicationsSharing(apiId, section)) {
			var raised = RuleEvaluation.findings(application.programme(), context.answers(application), today());
			this.findings.replace(versionId, application.apiId(), raised, this.clock.instant());
		}
	}

	VersionState context(UUID organisationId, UUID productId, UUID versionId) {
		var version = this.products.get(organisationId, productId).versionById(versionId);
		var rows = this.applications.openFor(organisationId, version.id());
		var byKey = new HashMap<String, SectionResponses.Row>();
		this.responses.all(versionId).forEach(row -> byKey.put(row.sectionKey(), row));
		var contexts = rows.stream()
			.flatMap(row -> programmeOf(row).stream()
				.map(programme -> new ApplicationContext(row.apiId(), programme,
						this.findings.open(versionId, row.apiId()))))
			.toList();
		return new VersionState(contexts, byKey, today());
	}

	/**
	 * The programme version the application is on; the current one if that version is no
	 * longer known, as when a release replaced a shipped version before it was locked.
	 */
	Optional<Programme> programmeOf(Applications.Row application) {
		return this.catalogue.programme(application.apiId(), application.programmeVersion())
			.or(() -> this.catalogue.programme(application.apiId()));
	}

	/**
	 * Runs an application's rules again, as after it moved to another programme version.
	 */
	void evaluateRules(UUID organisationId, UUID productId, UUID versionId, String apiId) {
		var context = context(organisationId, productId, versionId);
		var application = context.application(apiId);
		this.findings.replace(versionId, apiId,
				RuleEvaluation.findings(application.programme(), context.answers(application), today()),
				this.clock.instant());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), England.TIME_ZONE);
	}

	/** Shared sections are answered once per product version; others once per API. */
	static String key(String apiId, Section section) {
		return section.shared() ? section.id() : apiId + ":" + section.id();
	}

	private static Map<String, String> problems(List<AnswerProblem> problems) {
		var byQuestion = new LinkedHashMap<String, String>();
		problems.forEach(problem -> byQuestion.putIfAbsent(problem.questionId(), problem.message()));
		return byQuestion;
	}

}
