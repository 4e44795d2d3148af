package digital.onboarding.access;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an environment reaches a supplier and lets it in: the static addresses on its
 * allowlist and, for a responding gateway, its service endpoints.
 */
@Service
public class Connectivity {

	/** The most entries one access may have. */
	public static final int MAX_ENTRIES = 50;

	private final EnvironmentAccessManagement accesses;

	private final ConnectivityRows rows;

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	Connectivity(EnvironmentAccessManagement accesses, ConnectivityRows rows, Catalogue catalogue, AuditTrail audit,
			Clock clock) {
		this.accesses = accesses;
		this.rows = rows;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AllowlistEntry> allowlist(UUID organisationId, UUID productId, UUID accessId) {
		this.accesses.read(organisationId, productId, accessId, Need.READ);
		return this.rows.entries(accessId);
	}

	/**
	 * Adds a public static address or range; adding one already listed changes nothing.
	 * @throws AccessInputException saying why the address is refused
	 */
	@Transactional
	public AllowlistEntry allow(UUID organisationId, UUID productId, UUID accessId, String address) {
		var read = usable(organisationId, productId, accessId);
		AllowlistAddress parsed;
		try {
			parsed = AllowlistAddress.parse(address);
		}
		catch (IllegalArgumentException ex) {
			throw new AccessInputException("address", ex.getMessage());
		}
		var existing = this.rows.entries(accessId);
		var same = existing.stream().filter(entry -> entry.cidr().equals(parsed.toString())).findFirst();
		if (same.isPresent()) {
			return same.get();
		}
		if (existing.size() >= MAX_ENTRIES) {
			throw new AccessInputException("address", "An access may have at most " + MAX_ENTRIES
					+ " allowlist entries; remove one first or use a range");
		}
		var entry = new AllowlistEntry(UUID.randomUUID(), accessId, parsed.toString(), this.clock.instant(),
				read.membership().accountId());
		if (this.rows.addEntry(entry)) {
			record(read, "allowlist.added", entry.id(), parsed + " added to the allowlist");
		}
		return entry;
	}

	/** Removes an entry; removing it again changes nothing. */
	@Transactional
	public void disallow(UUID organisationId, UUID productId, UUID accessId, UUID entryId) {
		var read = this.accesses.read(organisationId, productId, accessId, Need.CHANGE);
		this.rows.removeEntry(accessId, entryId)
			.ifPresent(cidr -> record(read, "allowlist.removed", entryId, cidr + " removed from the allowlist"));
	}

	@Transactional(readOnly = true)
	public List<ServiceEndpoint> endpoints(UUID organisationId, UUID productId, UUID accessId) {
		this.accesses.read(organisationId, productId, accessId, Need.READ);
		return this.rows.endpoints(accessId);
	}

	/**
	 * Saves a responding gateway's endpoints, for the transactions the API names; one
	 * left empty is left as it was. Nothing is saved if any is refused.
	 * @param urls the HTTPS address for each transaction, such as {@code ITI-38}
	 * @throws AccessInputException naming each address's problem
	 */
	@Transactional
	public List<ServiceEndpoint> saveEndpoints(UUID organisationId, UUID productId, UUID accessId,
			Map<String, String> urls) {
		var read = usable(organisationId, productId, accessId);
		var transactions = this.catalogue.get(read.access().apiId()).environments().serviceEndpoints();
		if (transactions.isEmpty()) {
			throw new NotFoundException("Service endpoints for this API");
		}
		var errors = new LinkedHashMap<String, String>();
		var checked = new LinkedHashMap<String, String>();
		for (var entry : urls.entrySet()) {
			if (!transactions.contains(entry.getKey())) {
				errors.put(entry.getKey(),
						entry.getKey() + " is not a transaction of this API; give " + String.join(", ", transactions));
			}
			else if (entry.getValue() != null && !entry.getValue().isBlank()) {
				try {
					checked.put(entry.getKey(),
							EndpointUrl.check(entry.getValue(), "The " + entry.getKey() + " endpoint"));
				}
				catch (IllegalArgumentException ex) {
					errors.put(entry.getKey(), ex.getMessage());
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new AccessInputException(errors);
		}
		var now = this.clock.instant();
		var before = this.rows.endpoints(accessId);
		checked.forEach((transaction, url) -> {
			var unchanged = before.stream()
				.anyMatch(endpoint -> endpoint.transaction().equals(transaction) && endpoint.url().equals(url));
			if (!unchanged) {
				this.rows.saveEndpoint(accessId, transaction, url, read.membership().accountId(), now);
				record(read, "endpoint.saved", accessId, transaction + " endpoint set to " + url);
			}
		});
		return this.rows.endpoints(accessId);
	}

	private EnvironmentAccessManagement.Read usable(UUID organisationId, UUID productId, UUID accessId) {
		var read = this.accesses.read(organisationId, productId, accessId, Need.CHANGE);
		if (!read.access().isUsable()) {
			throw new ConflictException("This access was refused; ask for access again first");
		}
		return read;
	}

	private void record(EnvironmentAccessManagement.Read read, String action, UUID objectId, String summary) {
		this.audit.record(AuditEntry.of(action, "environment-access", objectId)
			.by(read.membership().accountId())
			.inOrganisation(read.access().organisationId())
			.summary(summary + " for " + read.access().environment().label().toLowerCase() + " access "
					+ read.access().reference()));
	}

}
