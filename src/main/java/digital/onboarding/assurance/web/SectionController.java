package digital.onboarding.assurance.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.assurance.AnswersRejectedException;
import digital.onboarding.assurance.AssuranceManagement;
import digital.onboarding.assurance.SectionView;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;
import digital.onboarding.evidence.Evidence;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.evidence.IncomingFile;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.ProductManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task list of a product version's applications, and the pages a section is answered
 * on: *Save*, *Save and close*, *Submit for review*, then a check of the answers and
 * *Confirm and submit*.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/products/{productId}/versions/{versionId}/applications")
class SectionController {

	private final AssuranceManagement assurance;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final OrganisationAccess access;

	private final EvidenceFiles evidence;

	SectionController(AssuranceManagement assurance, OrganisationManagement organisations, ProductManagement products,
			OrganisationAccess access, EvidenceFiles evidence) {
		this.evidence = evidence;
		this.assurance = assurance;
		this.organisations = organisations;
		this.products = products;
		this.access = access;
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			Model model) {
		var product = this.products.get(organisationId, productId);
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("product", product);
		model.addAttribute("version", product.versionById(versionId));
	}

	@GetMapping
	String taskList(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			Model model) {
		model.addAttribute("tasks", this.assurance.taskList(organisationId, productId, versionId));
		return "assurance/task-list";
	}

	@GetMapping("/{apiId}/sections/{sectionId}")
	String section(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, Model model) {
		var view = this.assurance.section(organisationId, productId, versionId, apiId, sectionId);
		return sectionPage(organisationId, model, view, view.answers(), view.version());
	}

	@PostMapping("/{apiId}/sections/{sectionId}")
	String save(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, HttpServletRequest request, Model model,
			RedirectAttributes redirect) throws IOException {
		this.access.require(organisationId, Need.CHANGE);
		var current = this.assurance.section(organisationId, productId, versionId, apiId, sectionId);
		var fileQuestions = current.shownQuestions()
			.stream()
			.filter(question -> question.type() == QuestionType.FILE)
			.map(Question::id)
			.collect(Collectors.toSet());
		SectionFormBody.Submitted submitted;
		try {
			submitted = SectionFormBody.read(request, fileQuestions,
					(filename, content) -> this.evidence
						.receive(organisationId, () -> new IncomingFile.Opened(filename, content))
						.id()
						.toString());
		}
		catch (IllegalArgumentException ex) {
			// Only a hand-made request sends a body the page could not have sent.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		var answers = AnswerForm.read(current.section().questions(), submitted.fields());
		int answersVersion = submitted.version();
		var action = submitted.field("action", "save");
		if (!submitted.refusedFiles().isEmpty()) {
			model.addAttribute("errors", submitted.refusedFiles());
			return sectionPage(organisationId, model, current, answers, answersVersion);
		}
		try {
			this.assurance.save(organisationId, productId, versionId, apiId, sectionId, answersVersion, answers);
		}
		catch (AnswersRejectedException ex) {
			model.addAttribute("errors", ex.problems());
			return sectionPage(organisationId, model, current, answers, answersVersion);
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this person typed; show what was saved meanwhile, and let them
			// save over it once they have looked.
			model.addAttribute("conflict", current.answers());
			return sectionPage(organisationId, model, current, answers, current.version());
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			return sectionPage(organisationId, model, current, answers, answersVersion);
		}
		var base = "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications";
		return switch (action) {
			case "close" -> base;
			case "submit" -> base + "/" + apiId + "/sections/" + sectionId + "/check";
			default -> {
				redirect.addFlashAttribute("success", "Your answers were saved");
				yield base + "/" + apiId + "/sections/" + sectionId;
			}
		};
	}

	@GetMapping("/{apiId}/sections/{sectionId}/check")
	String check(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("view", this.assurance.section(organisationId, productId, versionId, apiId, sectionId));
		return "assurance/check";
	}

	@PostMapping("/{apiId}/sections/{sectionId}/check")
	String submit(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, @RequestParam int answersVersion, Model model,
			RedirectAttributes redirect) {
		var view = this.assurance.section(organisationId, productId, versionId, apiId, sectionId);
		try {
			int revision = this.assurance.submit(organisationId, productId, versionId, apiId, sectionId,
					answersVersion);
			redirect.addFlashAttribute("success",
					view.section().title() + " was submitted for review" + (revision > 1 ? " again" : ""));
		}
		catch (AnswersRejectedException ex) {
			model.addAttribute("view", view);
			model.addAttribute("errors", ex.problems());
			return "assurance/check";
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("view", view);
			model.addAttribute("problem", ex instanceof ConflictException ? ex.getMessage()
					: "Someone changed this section while you were checking it. Check the answers again.");
			return "assurance/check";
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications";
	}

	@PostMapping("/{apiId}/sections/{sectionId}/withdraw")
	String withdraw(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, RedirectAttributes redirect) {
		try {
			this.assurance.withdraw(organisationId, productId, versionId, apiId, sectionId);
			redirect.addFlashAttribute("success", "The section was withdrawn from review. You can change it now.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications/" + apiId + "/sections/" + sectionId;
	}

	@PostMapping("/{apiId}/sections/{sectionId}/comments/{threadId}/replies")
	String reply(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @PathVariable String sectionId, @PathVariable UUID threadId,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		try {
			this.assurance.reply(organisationId, productId, versionId, apiId, sectionId, threadId, body);
			redirect.addFlashAttribute("success", "Your reply was sent to the review team");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications/" + apiId + "/sections/" + sectionId;
	}

	@PostMapping("/{apiId}/start-again")
	String startAgain(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, RedirectAttributes redirect) {
		try {
			this.assurance.startAgain(organisationId, productId, versionId, apiId);
			redirect.addFlashAttribute("success",
					"A new application was started. Change the rejected sections and submit them again.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications";
	}

	private String sectionPage(UUID organisationId, Model model, SectionView view, Map<String, Object> answers,
			int version) {
		var attached = new LinkedHashMap<String, Evidence>();
		for (var question : view.section().questions()) {
			if (question.type() == QuestionType.FILE && answers.get(question.id()) instanceof String id) {
				try {
					attached.put(question.id(), this.evidence.describe(organisationId, UUID.fromString(id)));
				}
				catch (IllegalArgumentException | NotFoundException ex) {
					// An answer naming no file of this organisation is refused on save.
				}
			}
		}
		model.addAttribute("attached", attached);
		model.addAttribute("view", view);
		model.addAttribute("answers", answers);
		model.addAttribute("answersVersion", version);
		model.addAttribute("newline", "\n");
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "assurance/section";
	}

}
