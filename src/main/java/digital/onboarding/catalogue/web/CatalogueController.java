package digital.onboarding.catalogue.web;

import digital.onboarding.catalogue.Catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages of the API catalogue, open to anyone deciding whether to onboard.
 */
@Controller
@RequestMapping("/apis")
class CatalogueController {

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String apis(Model model) {
		model.addAttribute("apis", this.catalogue.all());
		return "catalogue/apis";
	}

	@GetMapping("/{id}")
	String api(@PathVariable String id, Model model) {
		model.addAttribute("api", this.catalogue.get(id));
		return "catalogue/api";
	}

}
