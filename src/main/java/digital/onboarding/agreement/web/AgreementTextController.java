package digital.onboarding.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.agreement.AgreementTexts;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.NotFoundException;

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
 * Administrators publish the agreement's wording: core clauses and terms per API. Each
 * publication is a new version; none is ever edited. (The security configuration limits
 * {@code /admin/**} to administrators.)
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementTextController {

	private final AgreementTexts texts;

	private final Catalogue catalogue;

	AgreementTextController(AgreementTexts texts, Catalogue catalogue) {
		this.texts = texts;
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("texts", this.texts.all());
		return "agreement/texts";
	}

	@GetMapping("/{version}")
	String show(@PathVariable int version, Model model) {
		model.addAttribute("text", this.texts.find(version).orElseThrow(() -> new NotFoundException("Version")));
		model.addAttribute("current", this.texts.current().version());
		model.addAttribute("catalogue", this.catalogue);
		return "agreement/text";
	}

	@GetMapping("/new")
	String newVersion(Model model) {
		var current = this.texts.current();
		var terms = new LinkedHashMap<String, String>();
		this.catalogue.all().forEach(api -> terms.put(api.id(), current.termsFor(api.id())));
		return form(model, current.coreClauses(), terms, null);
	}

	@PostMapping
	String publish(@RequestParam(defaultValue = "") String coreClauses, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal SignedInAccount administrator, Model model, RedirectAttributes redirect) {
		var terms = new LinkedHashMap<String, String>();
		this.catalogue.all().forEach(api -> terms.put(api.id(), params.getOrDefault("terms-" + api.id(), "")));
		try {
			var published = this.texts.publish(coreClauses, terms, administrator.getId());
			redirect.addFlashAttribute("published", "Version " + published.version()
					+ " published. Signatories of active agreements were asked to " + "accept it.");
			return "redirect:/admin/agreements";
		}
		catch (IllegalArgumentException ex) {
			return form(model, coreClauses, terms, ex.getMessage());
		}
	}

	private String form(Model model, String coreClauses, Map<String, String> terms, String problem) {
		model.addAttribute("coreClauses", coreClauses);
		model.addAttribute("terms", terms);
		model.addAttribute("apis", this.catalogue.all());
		model.addAttribute("problem", problem);
		return "agreement/new-text";
	}

}
