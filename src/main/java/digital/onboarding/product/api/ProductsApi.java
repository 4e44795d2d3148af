package digital.onboarding.product.api;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.product.Product;
import digital.onboarding.product.ProductManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products")
@Tag(name = "Products", description = "An organisation's products, their versions and the APIs each version uses")
@SecurityRequirement(name = "accessToken")
class ProductsApi {

	private final ProductManagement products;

	ProductsApi(ProductManagement products) {
		this.products = products;
	}

	record NewProduct(String name, String module, String version) {
	}

	/**
	 * New name and module, with the product's version as read, so no change is
	 * overwritten unseen.
	 */
	record ProductDetails(String name, String module, int version) {
	}

	record NewVersion(String version) {
	}

	record ApiChoice(Set<String> apiIds) {
	}

	@GetMapping
	@Operation(summary = "Every product of the organisation")
	List<Product> list(@PathVariable UUID organisationId) {
		return this.products.list(organisationId);
	}

	@PostMapping
	@Operation(summary = "Add a product with its first version (owners and admins)")
	ResponseEntity<Product> create(@PathVariable UUID organisationId, @RequestBody NewProduct product) {
		var created = this.products.create(organisationId, product.name(), product.module(), product.version());
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/products/" + created.id()))
			.body(created);
	}

	@GetMapping("/{productId}")
	@Operation(summary = "One product with its versions")
	Product get(@PathVariable UUID organisationId, @PathVariable UUID productId) {
		return this.products.get(organisationId, productId);
	}

	@PutMapping("/{productId}")
	@Operation(summary = "Rename a product or change its module; 409 if it changed since the version given")
	Product change(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@RequestBody ProductDetails details) {
		return this.products.changeDetails(organisationId, productId, details.version(), details.name(),
				details.module());
	}

	@PostMapping("/{productId}/versions")
	@Operation(summary = "Add a significant version (2.1) or a patch version (2.1.3)")
	Product addVersion(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@RequestBody NewVersion version) {
		return this.products.addVersion(organisationId, productId, version.version());
	}

	@PutMapping("/{productId}/versions/{versionId}/apis")
	@Operation(summary = "Set the catalogue APIs a significant version is to use")
	Product chooseApis(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@RequestBody ApiChoice choice) {
		return this.products.chooseApis(organisationId, productId, versionId,
				choice.apiIds() == null ? Set.of() : choice.apiIds());
	}

	@PostMapping("/{productId}/archive")
	@Operation(summary = "Archive a product: it stays readable and can no longer change")
	ResponseEntity<Void> archive(@PathVariable UUID organisationId, @PathVariable UUID productId) {
		this.products.archive(organisationId, productId);
		return ResponseEntity.noContent().build();
	}

}
