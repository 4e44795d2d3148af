package digital.onboarding.access.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.access.AccessCredentials;
import digital.onboarding.access.AccessInputException;
import digital.onboarding.access.CertificatePurpose;
import digital.onboarding.access.ClientCertificates;
import digital.onboarding.access.Connectivity;
import digital.onboarding.access.Environment;
import digital.onboarding.access.EnvironmentAccessManagement;
import digital.onboarding.access.GatesNotMetException;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.product.ProductManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A product's environments for its organisation's members: what each version has of
 * sandbox, integration and production access and what each gate still needs; and for one
 * access, its credentials, certificates, allowlist and endpoints.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/products/{productId}/environments")
class EnvironmentsController {

	private final EnvironmentAccessManagement accesses;

	private final AccessCredentials credentials;

	private final ClientCertificates certificates;

	private final Connectivity connectivity;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final OrganisationAccess access;

	private final Catalogue catalogue;

	EnvironmentsController(EnvironmentAccessManagement accesses, AccessCredentials credentials,
			ClientCertificates certificates, Connectivity connectivity, OrganisationManagement organisations,
			ProductManagement products, OrganisationAccess access, Catalogue catalogue) {
		this.accesses = accesses;
		this.credentials = credentials;
		this.certificates = certificates;
		this.connectivity = connectivity;
		this.organisations = organisations;
		this.products = products;
		this.access = access;
		this.catalogue = catalogue;
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("product", this.products.get(organisationId, productId));
		model.addAttribute("environments", Environment.values());
	}

	@GetMapping
	String overview(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("overview", this.accesses.overview(organisationId, productId));
		return "access/environments";
	}

	@PostMapping("/versions/{versionId}/requests")
	String request(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestParam String apiId, @RequestParam String environment,
			@RequestParam(required = false) UUID commissionId, RedirectAttributes redirect) {
		var chosen = Environment.ofSlug(environment).orElseThrow(() -> new NotFoundException("Environment"));
		try {
			var requested = this.accesses.request(organisationId, productId, versionId, apiId, chosen, commissionId);
			redirect.addFlashAttribute("done",
					requested.isGranted() ? chosen.label() + " access " + requested.reference() + " is granted."
							: chosen.label() + " access " + requested.reference()
									+ " is requested. Staff will recommend and grant or refuse it; we will email you.");
		}
		catch (GatesNotMetException ex) {
			redirect.addFlashAttribute("problemHeading", chosen.label() + " access needs more first");
			redirect.addFlashAttribute("missing", ex.missing());
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/environments";
	}

	@GetMapping("/{accessId}")
	String access(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			Model model) {
		return show(organisationId, productId, accessId, model);
	}

	@PostMapping("/{accessId}/api-keys")
	String issueKey(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			Model model) {
		// Shown in the response to the form, never stored where it could be shown again.
		try {
			model.addAttribute("issued", this.credentials.issueApiKey(organisationId, productId, accessId));
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			return show(organisationId, productId, accessId, model);
		}
		model.addAttribute("access", this.accesses.get(organisationId, productId, accessId));
		return "access/key-issued";
	}

	@PostMapping("/{accessId}/credentials/{credentialId}/rotate")
	String rotate(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@PathVariable UUID credentialId, Model model) {
		try {
			model.addAttribute("issued", this.credentials.rotate(organisationId, productId, accessId, credentialId));
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			return show(organisationId, productId, accessId, model);
		}
		model.addAttribute("access", this.accesses.get(organisationId, productId, accessId));
		return "access/key-issued";
	}

	@PostMapping("/{accessId}/credentials/{credentialId}/revoke")
	String revoke(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@PathVariable UUID credentialId, RedirectAttributes redirect) {
		this.credentials.revoke(organisationId, productId, accessId, credentialId);
		redirect.addFlashAttribute("done", "The credential is revoked.");
		return redirectTo(organisationId, productId, accessId);
	}

	@PostMapping("/{accessId}/public-keys")
	String addPublicKey(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@RequestParam(defaultValue = "") String publicKey, Model model, RedirectAttributes redirect) {
		return change(organisationId, productId, accessId, model, redirect, "The public key is added.",
				Map.of("publicKey", publicKey),
				() -> this.credentials.addPublicKey(organisationId, productId, accessId, publicKey));
	}

	@PostMapping("/{accessId}/jwks-urls")
	String addJwksUrl(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@RequestParam(defaultValue = "") String jwksUrl, Model model, RedirectAttributes redirect) {
		return change(organisationId, productId, accessId, model, redirect, "The JWKS address is added.",
				Map.of("jwksUrl", jwksUrl),
				() -> this.credentials.addJwksUrl(organisationId, productId, accessId, jwksUrl));
	}

	@PostMapping("/{accessId}/certificates")
	String uploadCertificates(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID accessId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		var pems = new EnumMap<CertificatePurpose, String>(CertificatePurpose.class);
		var values = new LinkedHashMap<String, String>();
		for (var purpose : CertificatePurpose.values()) {
			pems.put(purpose, form.get(purpose.field()));
			values.put(purpose.field(), form.getOrDefault(purpose.field(), ""));
		}
		return change(organisationId, productId, accessId, model, redirect, "The certificates are checked and added.",
				values, () -> this.certificates.upload(organisationId, productId, accessId, pems));
	}

	@PostMapping("/{accessId}/allowlist")
	String allow(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@RequestParam(defaultValue = "") String address, Model model, RedirectAttributes redirect) {
		return change(organisationId, productId, accessId, model, redirect, address.strip() + " is on the allowlist.",
				Map.of("address", address),
				() -> this.connectivity.allow(organisationId, productId, accessId, address));
	}

	@PostMapping("/{accessId}/allowlist/{entryId}/remove")
	String disallow(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@PathVariable UUID entryId, RedirectAttributes redirect) {
		this.connectivity.disallow(organisationId, productId, accessId, entryId);
		redirect.addFlashAttribute("done", "The address is removed from the allowlist.");
		return redirectTo(organisationId, productId, accessId);
	}

	@PostMapping("/{accessId}/endpoints")
	String saveEndpoints(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID accessId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		var transactions = this.catalogue.get(this.accesses.get(organisationId, productId, accessId).apiId())
			.environments()
			.serviceEndpoints();
		var urls = new LinkedHashMap<String, String>();
		transactions.forEach(transaction -> urls.put(transaction, form.getOrDefault(transaction, "")));
		return change(organisationId, productId, accessId, model, redirect, "The service endpoints are saved.", urls,
				() -> this.connectivity.saveEndpoints(organisationId, productId, accessId, urls));
	}

	/**
	 * Makes a change; on bad input shows the page again with each problem and what was
	 * typed.
	 */
	private String change(UUID organisationId, UUID productId, UUID accessId, Model model, RedirectAttributes redirect,
			String done, Map<String, String> values, Runnable change) {
		try {
			change.run();
		}
		catch (AccessInputException ex) {
			model.addAttribute("errors", ex.errors());
			model.addAttribute("values", values);
			return show(organisationId, productId, accessId, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			return show(organisationId, productId, accessId, model);
		}
		redirect.addFlashAttribute("done", done);
		return redirectTo(organisationId, productId, accessId);
	}

	private String show(UUID organisationId, UUID productId, UUID accessId, Model model) {
		var found = this.accesses.get(organisationId, productId, accessId);
		model.addAttribute("access", found);
		model.addAttribute("api", this.catalogue.get(found.apiId()));
		model.addAttribute("versionNumber",
				this.products.get(organisationId, productId).versionById(found.productVersionId()).number());
		model.addAttribute("credentials", this.credentials.list(organisationId, productId, accessId));
		model.addAttribute("certificates", this.certificates.list(organisationId, productId, accessId));
		model.addAttribute("allowlist", this.connectivity.allowlist(organisationId, productId, accessId));
		var endpointUrls = new LinkedHashMap<String, String>();
		this.connectivity.endpoints(organisationId, productId, accessId)
			.forEach(endpoint -> endpointUrls.put(endpoint.transaction(), endpoint.url()));
		model.addAttribute("endpointUrls", endpointUrls);
		model.addAttribute("purposes", CertificatePurpose.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("values", Map.of());
		}
		return "access/access";
	}

	private static String redirectTo(UUID organisationId, UUID productId, UUID accessId) {
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/environments/" + accessId;
	}

}
