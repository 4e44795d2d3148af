package digital.onboarding.review.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.review.QueueFilter;
import digital.onboarding.review.QueuePage;
import digital.onboarding.review.ReviewQueue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue: what is waiting for the signed-in member of staff, oldest first.
 */
@Controller
class QueueController {

	private final ReviewQueue queue;

	private final Catalogue catalogue;

	QueueController(ReviewQueue queue, Catalogue catalogue) {
		this.queue = queue;
		this.catalogue = catalogue;
	}

	@GetMapping("/review")
	String queue(@AuthenticationPrincipal SignedInAccount staff, @RequestParam(required = false) String api,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String status,
			@RequestParam(required = false) String age, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String findings, @RequestParam(required = false) String search,
			@RequestParam(required = false) String after, Model model) {
		var filter = new QueueFilter(blankAsNull(api), blankAsNull(stage), blankAsNull(status), blankAsNull(age),
				blankAsNull(assignee), blankAsNull(findings), blankAsNull(search));
		QueuePage page;
		try {
			page = this.queue.page(staff.getId(), filter, after);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			page = this.queue.page(staff.getId(), QueueFilter.none(), null);
			page = new QueuePage(List.of(), page.apiIds(), page.stageIds(), null);
		}
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("apiNames", apiNames(page.apiIds()));
		model.addAttribute("everyApiName", apiNames(this.catalogue.all().stream().map(Api::id).toList()));
		return "review/queue";
	}

	private LinkedHashMap<String, String> apiNames(Collection<String> apiIds) {
		var names = new LinkedHashMap<String, String>();
		apiIds.forEach(id -> names.put(id, this.catalogue.find(id).map(Api::name).orElse(id)));
		return names;
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
