package digital.onboarding.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.CertificateStatus;
import digital.onboarding.commissioning.Commissioning;
import digital.onboarding.platform.England;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as everyone may read it: read live from the certificates and commissions,
 * so a suspended or revoked certificate leaves it at once, and a service is listed from
 * the moment it goes live.
 */
@Service
public class PublicRegister {

	/** Said where live services are listed, while none is live. */
	public static final String NO_LIVE_SERVICES = "No end user organisation services are live yet.";

	/** Said where live services are listed, once one is live. */
	public static final String LIVE_SERVICES = "End user organisation services live on each API, with the supplier's "
			+ "product and version they use and the date they went live.";

	private final CertificateManagement certificates;

	private final Catalogue catalogue;

	private final Commissioning commissioning;

	PublicRegister(CertificateManagement certificates, Catalogue catalogue, Commissioning commissioning) {
		this.certificates = certificates;
		this.catalogue = catalogue;
		this.commissioning = commissioning;
	}

	/** Every API of the catalogue, alphabetically, with its certified products. */
	@Transactional(readOnly = true)
	public Register read() {
		var byApi = new LinkedHashMap<String, List<CertifiedProduct>>();
		this.catalogue.all().forEach(api -> byApi.put(api.id(), new ArrayList<>()));
		for (var certificate : this.certificates.valid()) {
			byApi.computeIfAbsent(certificate.apiId(), id -> new ArrayList<>())
				.add(new CertifiedProduct(certificate.organisationName(), certificate.productName(),
						certificate.productModule(), certificate.versionNumber(), certificate.connectionType(),
						certificate.id(), certificate.status(), certificate.issuedOn()));
		}
		var apis = byApi.entrySet()
			.stream()
			.map(entry -> new RegisteredApi(entry.getKey(),
					this.catalogue.find(entry.getKey()).map(api -> api.name()).orElse(entry.getKey()),
					List.copyOf(entry.getValue())))
			.toList();
		var live = liveServices();
		var anyLive = live.stream().anyMatch(api -> !api.services().isEmpty());
		return new Register(apis, live, anyLive ? LIVE_SERVICES : NO_LIVE_SERVICES);
	}

	/** Every API of the catalogue, alphabetically, with the services live on it. */
	private List<LiveApi> liveServices() {
		var byApi = new LinkedHashMap<String, List<LiveService>>();
		this.catalogue.all().forEach(api -> byApi.put(api.id(), new ArrayList<>()));
		for (var commission : this.commissioning.live()) {
			byApi.computeIfAbsent(commission.apiId(), id -> new ArrayList<>())
				.add(new LiveService(commission.endUserOrganisationName(), commission.endUserOdsCode(),
						commission.supplierOrganisationName(), commission.productName(), commission.versionNumber(),
						LocalDate.ofInstant(commission.liveAt(), England.TIME_ZONE)));
		}
		return byApi.entrySet()
			.stream()
			.map(entry -> new LiveApi(entry.getKey(),
					this.catalogue.find(entry.getKey()).map(api -> api.name()).orElse(entry.getKey()),
					List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * The register.
	 *
	 * @param liveServices the end user organisation services live on each API
	 * @param liveServicesNote what the service says about live services
	 */
	public record Register(List<RegisteredApi> apis, List<LiveApi> liveServices, String liveServicesNote) {
	}

	/** One API and the end user organisation services live on it. */
	public record LiveApi(String apiId, String apiName, List<LiveService> services) {
	}

	/**
	 * An end user organisation's service, live with a supplier's product version.
	 *
	 * @param liveOn the day production access was granted
	 */
	public record LiveService(String organisation, String odsCode, String supplier, String product, String version,
			LocalDate liveOn) {
	}

	/** One API and the products holding a valid certificate for it. */
	public record RegisteredApi(String apiId, String apiName, List<CertifiedProduct> products) {
	}

	/** A product version holding a valid certificate. */
	public record CertifiedProduct(String organisation, String product, String module, String version,
			String connectionType, String certificateId, CertificateStatus certificateStatus, LocalDate issuedOn) {
	}

}
