package digital.onboarding.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.audit.AuditHistory;
import digital.onboarding.audit.AuditTrail;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where administrators read the audit trail, download it as CSV and check its chain. Only
 * administrators reach these pages (see the web module's security rules).
 */
@Controller
class AuditTrailController {

	static final int PAGE_SIZE = 50;

	private static final String TRAIL = "/admin/audit";

	private final AuditHistory history;

	private final AuditTrail trail;

	AuditTrailController(AuditHistory history, AuditTrail trail) {
		this.history = history;
		this.trail = trail;
	}

	@GetMapping(TRAIL)
	String trail(@RequestParam(required = false) String organisation, @RequestParam(required = false) String action,
			@RequestParam(required = false) Long before, Model model) {
		var form = new TrailFilterForm(organisation, action);
		model.addAttribute("form", form);
		var problem = form.organisationProblem();
		if (problem.isPresent()) {
			model.addAttribute("organisationProblem", problem.get());
			return "audit/trail";
		}
		var page = this.history.newest(form.toFilter(), before, PAGE_SIZE);
		model.addAttribute("rows", page.events().stream().map(EventRow::of).toList());
		model.addAttribute("olderLink", page.hasOlder() ? form.link(TRAIL, page.olderBefore()) : null);
		model.addAttribute("newestLink", before != null ? form.link(TRAIL) : null);
		model.addAttribute("csvLink", form.link(TRAIL + ".csv"));
		return "audit/trail";
	}

	/**
	 * The events the page's filters select, oldest first, written to the response as they
	 * are read from the database.
	 */
	@GetMapping(TRAIL + ".csv")
	void download(@RequestParam(required = false) String organisation, @RequestParam(required = false) String action,
			HttpServletResponse response) throws IOException {
		var form = new TrailFilterForm(organisation, action);
		var problem = form.organisationProblem();
		if (problem.isPresent()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem.get());
		}
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-trail.csv").build().toString());
		this.history.exportCsv(form.toFilter(), response.getWriter());
	}

	@PostMapping(TRAIL + "/verification")
	String verify(Model model) {
		var verification = this.trail.verify();
		model.addAttribute("verification", verification);
		return "audit/verification";
	}

}
