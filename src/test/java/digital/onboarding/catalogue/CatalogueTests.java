package digital.onboarding.catalogue;

import java.util.List;

import digital.onboarding.platform.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogueTests {

	private final Catalogue catalogue = new Catalogue();

	@Test
	void theShippedProgrammeFilesLoadAsFourApisInAlphabeticalOrder() {
		assertThat(this.catalogue.all()).extracting(Api::name)
			.containsExactly("National Imaging Registry", "National Record Locator v3.0", "NHS login",
					"Summary Care Record (SCAL route)");
		assertThat(this.catalogue.all()).allSatisfy(api -> {
			assertThat(api.summary()).isNotBlank();
			assertThat(api.description()).isNotBlank();
			assertThat(api.connectionTypes()).isNotEmpty();
		});
	}

	@Test
	void apisAreFoundByTheirIds() {
		var registry = this.catalogue.get("national-imaging-registry");
		assertThat(registry.status()).isEqualTo(ApiStatus.BETA);
		assertThat(registry.connectionTypes()).containsExactly(ConnectionType.PROVIDER, ConnectionType.CONSUMER);
		assertThat(registry.connectionTypesLabel()).isEqualTo("Provider and consumer");
		assertThat(this.catalogue.find("nhs-login")).map(Api::connectionTypesLabel).hasValue("Consumer");
		assertThat(this.catalogue.find("no-such-api")).isEmpty();
		assertThat(this.catalogue.find(null)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalogue.get("no-such-api"));
	}

	@Test
	void onlyADeprecatedApiRefusesNewApplications() {
		assertThat(ApiStatus.values()).filteredOn(ApiStatus::acceptsNewApplications)
			.containsExactly(ApiStatus.ALPHA, ApiStatus.BETA, ApiStatus.LIVE);
		var retired = new Api("retired", "Retired", "Going away.", null, ApiStatus.DEPRECATED,
				List.of(ConnectionType.PROVIDER), null, false);
		assertThat(retired.acceptsNewApplications()).isFalse();
	}

}
