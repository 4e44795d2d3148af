package digital.onboarding.catalogue.web;

import java.util.Map;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.platform.NotFoundException;

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
		model.addAttribute("api", this.catalogue.withCurrentProgramme(this.catalogue.get(id)));
		return "catalogue/api";
	}

	/** A programme's stages and sections, for suppliers to plan before they register. */
	@GetMapping("/{id}/programme")
	String programme(@PathVariable String id, Model model) {
		model.addAttribute("api", this.catalogue.get(id));
		model.addAttribute("programme", programme(id));
		return "catalogue/programme";
	}

	/**
	 * A section's questions as applicants will see them, with every input disabled;
	 * questions asked only after certain answers are marked so.
	 */
	@GetMapping("/{id}/programme/{sectionId}")
	String section(@PathVariable String id, @PathVariable String sectionId, Model model) {
		var programme = programme(id);
		model.addAttribute("api", this.catalogue.get(id));
		model.addAttribute("programme", programme);
		model.addAttribute("section",
				programme.section(sectionId).orElseThrow(() -> new NotFoundException("Section " + sectionId)));
		model.addAttribute("stage", programme.stageOf(sectionId).orElseThrow());
		// What the shared question fragment reads when it shows a real application.
		model.addAttribute("attached", Map.of());
		model.addAttribute("newline", "\n");
		return "catalogue/programme-section";
	}

	private Programme programme(String apiId) {
		return this.catalogue.programme(apiId)
			.orElseThrow(() -> new NotFoundException("The onboarding programme of " + apiId));
	}

}
