package digital.onboarding.review.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.evidence.EvidenceDownload;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.review.Decision;
import digital.onboarding.review.IncompleteDecisionException;
import digital.onboarding.review.ReviewManagement;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A submitted revision as its reviewer works on it: answers, changes, evidence, findings,
 * comments and the decision.
 */
@Controller
@RequestMapping("/review/revisions/{revisionId}")
class RevisionController {

	private final ReviewManagement reviews;

	private final Catalogue catalogue;

	RevisionController(ReviewManagement reviews, Catalogue catalogue) {
		this.reviews = reviews;
		this.catalogue = catalogue;
	}

	@GetMapping
	String revision(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@RequestParam(required = false) Integer compare, Model model) {
		try {
			return page(staff, revisionId, compare, model);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			return page(staff, revisionId, null, model);
		}
	}

	@GetMapping("/history")
	String history(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId, Model model) {
		model.addAttribute("history", this.reviews.history(staff.getId(), revisionId));
		return "review/history";
	}

	@GetMapping(path = "/history.csv", produces = "text/csv")
	void historyCsv(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			HttpServletResponse response) throws IOException {
		// Checked before anything is written, so a refusal is still a proper error page.
		this.reviews.history(staff.getId(), revisionId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("application-history-" + revisionId + ".csv")
					.build()
					.toString());
		this.reviews.historyCsv(staff.getId(), revisionId, response.getWriter());
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@PathVariable UUID evidenceId) {
		return EvidenceDownload.attachment(this.reviews.evidence(staff.getId(), revisionId, evidenceId));
	}

	@PostMapping("/assignee")
	String assign(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@RequestParam(defaultValue = "me") String to, RedirectAttributes redirect) {
		return act(revisionId, redirect, () -> {
			if ("nobody".equals(to)) {
				this.reviews.unassign(staff.getId(), revisionId);
				return "You are no longer assigned";
			}
			this.reviews.assignToMe(staff.getId(), revisionId);
			return "This review is assigned to you";
		});
	}

	@PostMapping("/comments")
	String comment(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String body,
			RedirectAttributes redirect) {
		return act(revisionId, redirect, () -> {
			this.reviews.comment(staff.getId(), revisionId, null, question.isBlank() ? null : question, body);
			return "Your comment was added; the organisation has been told";
		});
	}

	@PostMapping("/comments/{threadId}/replies")
	String reply(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@PathVariable UUID threadId, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return act(revisionId, redirect, () -> {
			this.reviews.comment(staff.getId(), revisionId, threadId, null, body);
			return "Your reply was added; the organisation has been told";
		});
	}

	@PostMapping("/findings/{findingId}/override")
	String overrideFinding(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@PathVariable UUID findingId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(revisionId, redirect, () -> {
			this.reviews.overrideFinding(staff.getId(), revisionId, findingId, reason);
			return "The finding was overridden";
		});
	}

	@PostMapping("/recommendation")
	String recommend(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@RequestParam int reviewVersion, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		try {
			this.reviews.recommend(staff.getId(), revisionId, reviewVersion, decision(decision), reason);
		}
		catch (IllegalArgumentException | ConflictException ex) {
			return refused(staff, revisionId, decision, reason, ex, model);
		}
		redirect.addFlashAttribute("success", "Your recommendation was recorded; an approver decides next");
		return "redirect:/review/revisions/" + revisionId;
	}

	@PostMapping("/decision")
	String decide(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID revisionId,
			@RequestParam int reviewVersion, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		try {
			this.reviews.decide(staff.getId(), revisionId, reviewVersion, decision(decision), reason);
		}
		catch (IllegalArgumentException | ConflictException ex) {
			return refused(staff, revisionId, decision, reason, ex, model);
		}
		redirect.addFlashAttribute("success", "Your decision was recorded; the organisation has been told");
		return "redirect:/review/revisions/" + revisionId;
	}

	private String refused(SignedInAccount staff, UUID revisionId, String decision, String reason, RuntimeException ex,
			Model model) {
		if (ex instanceof IncompleteDecisionException incomplete) {
			model.addAttribute("decisionError", Map.of(incomplete.field(), incomplete.getMessage()));
		}
		else {
			model.addAttribute("problem", ex.getMessage());
		}
		model.addAttribute("chosenDecision", decision);
		model.addAttribute("enteredReason", reason);
		return page(staff, revisionId, null, model);
	}

	private String page(SignedInAccount staff, UUID revisionId, Integer compare, Model model) {
		var view = this.reviews.open(staff.getId(), revisionId, compare);
		var apiNames = new LinkedHashMap<String, String>();
		view.review().apiIds().forEach(id -> apiNames.put(id, this.catalogue.find(id).map(Api::name).orElse(id)));
		model.addAttribute("view", view);
		model.addAttribute("apiNames", apiNames);
		model.addAttribute("decisions", decisions(view.review().deferrable()));
		return "review/revision";
	}

	private static Map<String, String> decisions(boolean deferrable) {
		var options = new LinkedHashMap<String, String>();
		for (var decision : Decision.values()) {
			if (decision != Decision.DEFER || deferrable) {
				options.put(decision.name(), decision.label());
			}
		}
		return options;
	}

	private static Decision decision(String value) {
		try {
			return value.isBlank() ? null : Decision.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// Only a hand-made request sends a value the radios do not offer.
			return null;
		}
	}

	private static String act(UUID revisionId, RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("success", action.run());
		}
		catch (IllegalArgumentException | ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/review/revisions/" + revisionId;
	}

	private interface Action {

		String run();

	}

}
