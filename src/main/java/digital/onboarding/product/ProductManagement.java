package digital.onboarding.product;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.audit.ChangedFields;
import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.Membership;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.VersionNumber;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's products and versions, read and changed through the organisation they
 * belong to.
 */
@Service
public class ProductManagement {

	public static final int MAX_NAME_LENGTH = 200;

	/** Numerical order of significant versions: 2.10 comes after 2.9. */
	private static final Comparator<String> VERSION_ORDER = Comparator.comparing(
			(String number) -> VersionNumber.parse(number).orElseThrow(),
			Comparator.comparingInt(VersionNumber::major).thenComparingInt(VersionNumber::minor));

	private final JdbcClient jdbc;

	private final OrganisationAccess access;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProductManagement(JdbcClient jdbc, OrganisationAccess access, Catalogue catalogue, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every product of the organisation, current ones first, each alphabetically. */
	@Transactional(readOnly = true)
	public List<Product> list(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.jdbc
			.sql("select id from products where organisation_id = ? order by archived_at nulls first, lower(name)")
			.param(organisationId)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> load(organisationId, id))
			.toList();
	}

	@Transactional(readOnly = true)
	public Product get(UUID organisationId, UUID productId) {
		this.access.require(organisationId, Need.READ);
		return load(organisationId, productId);
	}

	/**
	 * The product with its versions, for the service's own use (such as issuing a
	 * certificate from an event listener, where no member is signed in); no member check.
	 * @throws NotFoundException if there is no such product
	 */
	@Transactional(readOnly = true)
	public Product getForService(UUID productId) {
		var organisationId = this.jdbc.sql("select organisation_id from products where id = ?")
			.param(productId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Product"));
		return load(organisationId, productId);
	}

	/** Adds a product with its first version. */
	@Transactional
	public Product create(UUID organisationId, String name, String module, String versionNumber) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		requireValid(name, module);
		var number = parse(versionNumber);
		var id = UUID.randomUUID();
		this.jdbc.sql("insert into products (id, organisation_id, name, module, created_at) values (?, ?, ?, ?, ?)")
			.params(id, organisationId, name.strip(), blankToNull(module), now())
			.update();
		insertVersion(id, number);
		record(membership, "product.created", "product", id,
				"Product " + name.strip() + describeModule(module) + " created with version " + number);
		return load(organisationId, id);
	}

	/**
	 * Renames a product or changes its module, if nobody changed it since the caller read
	 * it.
	 * @param version the product's version as the caller read it
	 */
	@Transactional
	public Product changeDetails(UUID organisationId, UUID productId, int version, String name, String module) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var product = changeable(organisationId, productId);
		requireValid(name, module);
		int updated = this.jdbc.sql("""
				update products set name = ?, module = ?, version = version + 1
				where id = ? and organisation_id = ? and version = ?
				""").params(name.strip(), blankToNull(module), productId, organisationId, version).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Product " + productId + " was changed by someone else");
		}
		var changes = new ChangedFields().compare("name", product.name(), name)
			.compare("module", product.module(), module);
		record(membership, "product.changed", "product", productId, "Product " + product.name() + ": "
				+ (changes.isEmpty() ? "saved without changes" : changes.toString()));
		return load(organisationId, productId);
	}

	/**
	 * Adds a significant version, or a patch version to its significant version (which is
	 * added too if the product does not have it yet).
	 */
	@Transactional
	public Product addVersion(UUID organisationId, UUID productId, String versionNumber) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var product = changeable(organisationId, productId);
		var number = parse(versionNumber);
		var added = insertVersion(productId, number);
		record(membership, "product.version-added", "product-version", added.versionId(),
				(number.isPatch() ? "Patch version " : "Version ") + number + " added to " + product.name()
						+ (number.isPatch() && added.significantVersionAdded()
								? ", with its significant version " + number.significant() : ""));
		return load(organisationId, productId);
	}

	/**
	 * Sets the APIs a significant version is to use. A deprecated API may stay chosen but
	 * cannot be newly chosen.
	 */
	@Transactional
	public Product chooseApis(UUID organisationId, UUID productId, UUID versionId, Set<String> apiIds) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var product = changeable(organisationId, productId);
		var version = product.versionById(versionId);
		for (var apiId : apiIds) {
			var api = this.catalogue.find(apiId)
				.orElseThrow(() -> new IllegalArgumentException("There is no API " + apiId));
			if (!api.acceptsNewApplications() && !version.apiIds().contains(apiId)) {
				throw new IllegalArgumentException(api.name() + " is deprecated and accepts no new applications");
			}
		}
		this.jdbc.sql("delete from product_version_apis where product_version_id = ?").param(versionId).update();
		for (var apiId : apiIds) {
			this.jdbc.sql("insert into product_version_apis (product_version_id, api_id, chosen_at) values (?, ?, ?)")
				.params(versionId, apiId, now())
				.update();
		}
		this.events.publishEvent(new ApisChosen(organisationId, productId, versionId, apiIds));
		record(membership, "product.apis-chosen", "product-version", versionId,
				ApiChoice.describe(product.name(), version.number(), version.apiIds(), apiIds));
		return load(organisationId, productId);
	}

	/**
	 * Archives a product: it stays readable, and nothing about it can change any more.
	 */
	@Transactional
	public void archive(UUID organisationId, UUID productId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var product = changeable(organisationId, productId);
		this.jdbc.sql("update products set archived_at = ?, version = version + 1 where id = ?")
			.params(now(), productId)
			.update();
		record(membership, "product.archived", "product", productId, "Product " + product.name() + " archived");
	}

	/** The APIs a new choice may include, alphabetically: every API not deprecated. */
	public List<Api> choosableApis() {
		return this.catalogue.all().stream().filter(Api::acceptsNewApplications).toList();
	}

	/**
	 * The product, locked until the change commits: changes to one product are made one
	 * at a time, so two sent at once cannot both add the same version or choose the same
	 * API, which the second would fail on.
	 */
	private Product changeable(UUID organisationId, UUID productId) {
		this.jdbc.sql("select id from products where id = ? and organisation_id = ? for update")
			.params(productId, organisationId)
			.query(UUID.class)
			.optional();
		var product = load(organisationId, productId);
		if (product.isArchived()) {
			throw new ForbiddenException("This product is archived, so it cannot be changed");
		}
		return product;
	}

	/**
	 * @return the significant version the number belongs to, and whether it was added too
	 */
	private AddedVersion insertVersion(UUID productId, VersionNumber number) {
		var significantId = this.jdbc.sql("select id from product_versions where product_id = ? and number = ?")
			.params(productId, number.significant())
			.query(UUID.class)
			.optional();
		if (significantId.isPresent() && !number.isPatch()) {
			throw new IllegalArgumentException("The product already has version " + number);
		}
		var versionId = significantId.orElseGet(() -> {
			var id = UUID.randomUUID();
			this.jdbc.sql("insert into product_versions (id, product_id, number, created_at) values (?, ?, ?, ?)")
				.params(id, productId, number.significant(), now())
				.update();
			return id;
		});
		if (number.isPatch() && this.jdbc.sql("""
				insert into product_patches (product_version_id, number, created_at) values (?, ?, ?)
				on conflict do nothing
				""").params(versionId, number.toString(), now()).update() == 0) {
			throw new IllegalArgumentException("The product already has version " + number);
		}
		return new AddedVersion(versionId, significantId.isEmpty());
	}

	private Product load(UUID organisationId, UUID productId) {
		var row = this.jdbc.sql("select * from products where id = ? and organisation_id = ?")
			.params(productId, organisationId)
			.query(ProductRow.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Product"));
		var versions = this.jdbc.sql("select id, number from product_versions where product_id = ?")
			.param(productId)
			.query(VersionRow.class)
			.list()
			.stream()
			.sorted(Comparator.comparing(VersionRow::number, VERSION_ORDER).reversed())
			.map(version -> new ProductVersion(version.id(), version.number(),
					numbers("select number from product_patches where product_version_id = ?", version.id()),
					sortedByName(numbers("select api_id from product_version_apis where product_version_id = ?",
							version.id()))))
			.toList();
		return new Product(row.id(), row.organisationId(), row.name(), row.module(), row.archivedAt(), row.version(),
				versions);
	}

	private List<String> numbers(String sql, UUID versionId) {
		return this.jdbc.sql(sql).param(versionId).query(String.class).list();
	}

	private List<String> sortedByName(java.util.Collection<String> apiIds) {
		return new LinkedHashSet<>(apiIds).stream()
			.sorted(Comparator.comparing(id -> this.catalogue.find(id).map(Api::name).orElse(id),
					String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Records a change to a product, or to one of its versions: a version's changes are
	 * recorded on the version, whose history is that of its applications.
	 */
	private void record(Membership membership, String action, String objectType, UUID objectId, String summary) {
		this.audit.record(AuditEntry.of(action, objectType, objectId)
			.by(membership.accountId())
			.inOrganisation(membership.organisationId())
			.summary(summary));
	}

	private static VersionNumber parse(String versionNumber) {
		return VersionNumber.parse(versionNumber)
			.orElseThrow(() -> new IllegalArgumentException(VersionNumber.PROBLEM));
	}

	private static void requireValid(String name, String module) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Enter the product's name");
		}
		if (name.strip().length() > MAX_NAME_LENGTH || (module != null && module.strip().length() > MAX_NAME_LENGTH)) {
			throw new IllegalArgumentException("Names must be " + MAX_NAME_LENGTH + " characters or fewer");
		}
	}

	private static String blankToNull(String module) {
		return module == null || module.isBlank() ? null : module.strip();
	}

	private static String describeModule(String module) {
		return module == null || module.isBlank() ? "" : " (module " + module.strip() + ")";
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private record VersionRow(UUID id, String number) {
	}

	private record AddedVersion(UUID versionId, boolean significantVersionAdded) {
	}

	private record ProductRow(UUID id, UUID organisationId, String name, String module, java.time.Instant archivedAt,
			int version) {
	}

}
