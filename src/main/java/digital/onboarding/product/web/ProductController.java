package digital.onboarding.product.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.product.ProductManagement;
import digital.onboarding.platform.VersionNumber;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Products of an organisation: adding one with its first version, its page, renaming,
 * more versions, the APIs each version is to use, and archiving.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/products")
class ProductController {

	private final ProductManagement products;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final Catalogue catalogue;

	ProductController(ProductManagement products, OrganisationManagement organisations, OrganisationAccess access,
			Catalogue catalogue) {
		this.products = products;
		this.organisations = organisations;
		this.access = access;
		this.catalogue = catalogue;
	}

	record NewProductForm(String name, String module, String version) {
	}

	/**
	 * Name and module, with the product's version as read, so a change never overwrites
	 * another unseen.
	 */
	record DetailsForm(String name, String module, Integer lockVersion) {

		/**
		 * A form posted without its version is treated as out of date rather than
		 * refused.
		 */
		int lockVersionOrStale() {
			return this.lockVersion == null ? -1 : this.lockVersion;
		}

	}

	record VersionForm(String version) {
	}

	record ApisForm(List<String> apiIds) {
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("catalogue", this.catalogue);
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("products", this.products.list(organisationId));
		return "product/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable UUID organisationId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("form", new NewProductForm("", "", ""));
		model.addAttribute("first", this.products.list(organisationId).isEmpty());
		return "product/new";
	}

	@PostMapping("/new")
	String create(@PathVariable UUID organisationId, @ModelAttribute("form") NewProductForm form, BindingResult result,
			Model model) {
		this.access.require(organisationId, Need.CHANGE);
		checkNames(form.name(), form.module(), result);
		if (VersionNumber.parse(form.version()).isEmpty()) {
			result.rejectValue("version", "invalid", VersionNumber.PROBLEM);
		}
		if (result.hasErrors()) {
			model.addAttribute("first", this.products.list(organisationId).isEmpty());
			return "product/new";
		}
		var product = this.products.create(organisationId, form.name(), form.module(), form.version());
		return "redirect:/organisations/" + organisationId + "/products/" + product.id() + "/versions/"
				+ product.versions().get(0).id() + "/apis";
	}

	@GetMapping("/{productId}")
	String show(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("product", this.products.get(organisationId, productId));
		return "product/show";
	}

	@GetMapping("/{productId}/details")
	String detailsForm(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var product = this.products.get(organisationId, productId);
		model.addAttribute("product", product);
		model.addAttribute("form", new DetailsForm(product.name(), product.module(), product.version()));
		return "product/details";
	}

	@PostMapping("/{productId}/details")
	String changeDetails(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@ModelAttribute("form") DetailsForm form, BindingResult result, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var product = this.products.get(organisationId, productId);
		model.addAttribute("product", product);
		checkNames(form.name(), form.module(), result);
		if (result.hasErrors()) {
			return "product/details";
		}
		try {
			this.products.changeDetails(organisationId, productId, form.lockVersionOrStale(), form.name(),
					form.module());
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this person typed; they can save it over the newer version once
			// they have looked.
			model.addAttribute("form", new DetailsForm(form.name(), form.module(), product.version()));
			model.addAttribute("conflict", product);
			return "product/details";
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId;
	}

	@GetMapping("/{productId}/versions/new")
	String versionForm(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("product", this.products.get(organisationId, productId));
		model.addAttribute("form", new VersionForm(""));
		return "product/version";
	}

	@PostMapping("/{productId}/versions/new")
	String addVersion(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@ModelAttribute("form") VersionForm form, BindingResult result, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("product", this.products.get(organisationId, productId));
		if (VersionNumber.parse(form.version()).isEmpty()) {
			result.rejectValue("version", "invalid", VersionNumber.PROBLEM);
			return "product/version";
		}
		try {
			this.products.addVersion(organisationId, productId, form.version());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("version", "taken", ex.getMessage());
			return "product/version";
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId;
	}

	@GetMapping("/{productId}/versions/{versionId}/apis")
	String apisForm(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var product = this.products.get(organisationId, productId);
		var version = product.versionById(versionId);
		model.addAttribute("product", product);
		model.addAttribute("version", version);
		model.addAttribute("form", new ApisForm(version.apiIds()));
		model.addAttribute("apis", choosable(version.apiIds()));
		return "product/apis";
	}

	@PostMapping("/{productId}/versions/{versionId}/apis")
	String chooseApis(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@ModelAttribute("form") ApisForm form, BindingResult result, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var chosen = new LinkedHashSet<>(form.apiIds() == null ? List.of() : form.apiIds());
		if (chosen.isEmpty()) {
			result.rejectValue("apiIds", "required", "Select the APIs this version will use");
		}
		else {
			try {
				this.products.chooseApis(organisationId, productId, versionId, chosen);
				return "redirect:/organisations/" + organisationId + "/products/" + productId;
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("apiIds", "invalid", ex.getMessage());
			}
		}
		var product = this.products.get(organisationId, productId);
		var version = product.versionById(versionId);
		model.addAttribute("product", product);
		model.addAttribute("version", version);
		model.addAttribute("apis", choosable(version.apiIds()));
		return "product/apis";
	}

	@GetMapping("/{productId}/archive")
	String confirmArchive(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("product", this.products.get(organisationId, productId));
		return "product/archive";
	}

	@PostMapping("/{productId}/archive")
	String archive(@PathVariable UUID organisationId, @PathVariable UUID productId) {
		this.products.archive(organisationId, productId);
		return "redirect:/organisations/" + organisationId + "/products";
	}

	/**
	 * Every API that accepts new applications, plus deprecated ones the version already
	 * uses.
	 */
	private List<digital.onboarding.catalogue.Api> choosable(List<String> alreadyChosen) {
		return this.catalogue.all()
			.stream()
			.filter(api -> api.acceptsNewApplications() || alreadyChosen.contains(api.id()))
			.toList();
	}

	private static void checkNames(String name, String module, BindingResult result) {
		if (name == null || name.isBlank()) {
			result.rejectValue("name", "required", "Enter the product's name");
		}
		else if (name.strip().length() > ProductManagement.MAX_NAME_LENGTH) {
			result.rejectValue("name", "long", "Name must be 200 characters or fewer");
		}
		if (module != null && module.strip().length() > ProductManagement.MAX_NAME_LENGTH) {
			result.rejectValue("module", "long", "Module must be 200 characters or fewer");
		}
	}

}
