package digital.onboarding.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.CertificateStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as everyone may read it: read live from the certificates, so a suspended
 * or revoked certificate leaves it at once.
 */
@Service
public class PublicRegister {

	/** Said where live services will be listed, until commissioning exists. */
	public static final String NO_LIVE_SERVICES = "No end user organisation services are live yet.";

	private final CertificateManagement certificates;

	private final Catalogue catalogue;

	PublicRegister(CertificateManagement certificates, Catalogue catalogue) {
		this.certificates = certificates;
		this.catalogue = catalogue;
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
		return new Register(apis, List.of(), NO_LIVE_SERVICES);
	}

	/**
	 * The register.
	 *
	 * @param liveServices the end user organisation services live on each API: none until
	 * commissioning is built
	 * @param liveServicesNote what the service says about live services
	 */
	public record Register(List<RegisteredApi> apis, List<Object> liveServices, String liveServicesNote) {
	}

	/** One API and the products holding a valid certificate for it. */
	public record RegisteredApi(String apiId, String apiName, List<CertifiedProduct> products) {
	}

	/** A product version holding a valid certificate. */
	public record CertifiedProduct(String organisation, String product, String module, String version,
			String connectionType, String certificateId, CertificateStatus certificateStatus, LocalDate issuedOn) {
	}

}
