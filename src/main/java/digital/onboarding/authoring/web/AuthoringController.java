package digital.onboarding.authoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.authoring.AuthoredDraft;
import digital.onboarding.authoring.ProgrammeAuthoring;
import digital.onboarding.catalogue.ProgrammeVersions;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.MultipartFormData;
import digital.onboarding.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme authors' pages: an API's versions, a draft written in a text box or
 * uploaded as a file, with every problem listed, its preview as applicants will see it,
 * and *Publish*.
 */
@Controller
@RequestMapping("/programme-authoring")
class AuthoringController {

	private final ProgrammeAuthoring authoring;

	AuthoringController(ProgrammeAuthoring authoring) {
		this.authoring = authoring;
	}

	@GetMapping
	String apis(@AuthenticationPrincipal SignedInAccount author, Model model) {
		model.addAttribute("apis", this.authoring.apis(author.getId()));
		return "authoring/apis";
	}

	@GetMapping("/{apiId}")
	String api(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId, Model model) {
		model.addAttribute("overview", this.authoring.overview(author.getId(), apiId));
		return "authoring/api";
	}

	@PostMapping("/{apiId}/drafts")
	String startDraft(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId) {
		return redirectTo(this.authoring.startDraft(author.getId(), apiId).id(), apiId);
	}

	@GetMapping("/{apiId}/drafts/{draftId}")
	String draft(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId,
			@PathVariable UUID draftId, Model model) {
		var draft = this.authoring.draft(author.getId(), apiId, draftId);
		return draftPage(model, draft, draft.draft().yaml(), draft.draft().version());
	}

	@PostMapping("/{apiId}/drafts/{draftId}")
	String save(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId, @PathVariable UUID draftId,
			@RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect) {
		return save(author.getId(), apiId, draftId, version, text, model, redirect);
	}

	/**
	 * A programme file chosen on the page, read as a stream since the service parses no
	 * multipart bodies up front; its text replaces the draft's.
	 */
	@PostMapping(path = "/{apiId}/drafts/{draftId}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId,
			@PathVariable UUID draftId, HttpServletRequest request, Model model, RedirectAttributes redirect)
			throws IOException {
		var version = -1;
		String text = null;
		try {
			var body = new MultipartFormData(request.getInputStream(),
					MultipartFormData.boundaryOf(request.getContentType()));
			for (var part = body.next(); part != null; part = body.next()) {
				var bytes = part.content().readNBytes(ProgrammeVersions.MAX_CHARACTERS * 4 + 1);
				if ("version".equals(part.name())) {
					version = Integer.parseInt(new String(bytes, StandardCharsets.UTF_8).strip());
				}
				else if ("file".equals(part.name()) && part.filename() != null && !part.filename().isBlank()) {
					text = new String(bytes, StandardCharsets.UTF_8);
				}
			}
		}
		catch (MultipartFormData.MalformedException | NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The upload could not be read", ex);
		}
		if (text == null) {
			var draft = this.authoring.draft(author.getId(), apiId, draftId);
			model.addAttribute("uploadError", "Select a YAML file with the programme");
			return draftPage(model, draft, draft.draft().yaml(), draft.draft().version());
		}
		return save(author.getId(), apiId, draftId, version, text, model, redirect);
	}

	@GetMapping("/{apiId}/drafts/{draftId}/preview")
	String preview(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId,
			@PathVariable UUID draftId, Model model) {
		previewModel(author, apiId, draftId, model);
		return "catalogue/programme";
	}

	/** A section as applicants will see it, on the public preview's own template. */
	@GetMapping("/{apiId}/drafts/{draftId}/preview/{sectionId}")
	String previewSection(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId,
			@PathVariable UUID draftId, @PathVariable String sectionId, Model model) {
		var programme = previewModel(author, apiId, draftId, model);
		model.addAttribute("section",
				programme.section(sectionId).orElseThrow(() -> new NotFoundException("Section " + sectionId)));
		model.addAttribute("stage", programme.stageOf(sectionId).orElseThrow());
		model.addAttribute("attached", Map.of());
		model.addAttribute("newline", "\n");
		return "catalogue/programme-section";
	}

	@PostMapping("/{apiId}/drafts/{draftId}/publish")
	String publish(@AuthenticationPrincipal SignedInAccount author, @PathVariable String apiId,
			@PathVariable UUID draftId, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		try {
			var published = this.authoring.publish(author.getId(), apiId, draftId, version);
			redirect.addFlashAttribute("success", "Version " + published.programmeVersion()
					+ " is published. New applications start on it, and applications in progress may move to it.");
			return "redirect:/programme-authoring/" + apiId;
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			var draft = this.authoring.draft(author.getId(), apiId, draftId);
			model.addAttribute("problem",
					ex instanceof ConflictException
							? "This version cannot be published until every problem below is corrected"
							: "Someone saved this draft since you opened it. Check their changes, then publish again.");
			return draftPage(model, draft, draft.draft().yaml(), draft.draft().version());
		}
	}

	private String save(UUID authorId, String apiId, UUID draftId, int version, String text, Model model,
			RedirectAttributes redirect) {
		try {
			var saved = this.authoring.save(authorId, apiId, draftId, version, text);
			redirect.addFlashAttribute("success", saved.check().passed() ? "Saved. The draft has no problems."
					: "Saved. The draft has " + problems(saved.check().problems().size()) + " to correct.");
			return redirectTo(draftId, apiId);
		}
		catch (IllegalArgumentException | OptimisticLockingFailureException | ConflictException ex) {
			var draft = this.authoring.draft(authorId, apiId, draftId);
			model.addAttribute("problem",
					ex instanceof OptimisticLockingFailureException
							? "Someone saved this draft since you opened it. Your text is below; their version is now "
									+ "the saved one. Save again to replace it with yours."
							: ex.getMessage());
			return draftPage(model, draft, text, draft.draft().version());
		}
	}

	private String draftPage(Model model, AuthoredDraft draft, String text, int version) {
		model.addAttribute("draft", draft);
		model.addAttribute("text", text);
		model.addAttribute("textVersion", version);
		return "authoring/draft";
	}

	private Programme previewModel(SignedInAccount author, String apiId, UUID draftId, Model model) {
		var draft = this.authoring.draft(author.getId(), apiId, draftId);
		if (!draft.check().passed()) {
			throw new NotFoundException("A preview of a draft with problems");
		}
		var programme = draft.check().programme();
		var path = "/programme-authoring/" + apiId + "/drafts/" + draftId;
		model.addAttribute("api", draft.api());
		model.addAttribute("programme", programme);
		model.addAttribute("programmePath", path + "/preview");
		model.addAttribute("backPath", path);
		model.addAttribute("backLabel", "Draft of version " + programme.version());
		return programme;
	}

	private static String problems(int count) {
		return count == 1 ? "1 problem" : count + " problems";
	}

	private static String redirectTo(UUID draftId, String apiId) {
		return "redirect:/programme-authoring/" + apiId + "/drafts/" + draftId;
	}

}
