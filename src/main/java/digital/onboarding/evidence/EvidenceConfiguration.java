package digital.onboarding.evidence;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	/** Room in a request for the form's other fields and the multipart headers. */
	private static final DataSize REQUEST_OVERHEAD = DataSize.ofMegabytes(1);

	@Bean
	EvidenceStore folderEvidenceStore(EvidenceProperties properties) {
		return new FolderEvidenceStore(properties.folder());
	}

	@Bean
	EvidenceScanner evidenceScanner(EvidenceProperties properties) {
		var clamd = properties.clamd();
		return clamd.configured() ? new ClamdScanner(clamd.host(), clamd.port(), clamd.timeout())
				: new UnconfiguredScanner();
	}

	@Bean
	EvidenceChecks evidenceChecks(EvidenceStore store, EvidenceScanner scanner, EvidenceProperties properties) {
		return new EvidenceChecks(store, new ContentRecognition(), new ArchiveChecks(properties.zip()), scanner);
	}

	/**
	 * Multipart uploads go to disk from their first byte and are limited to the evidence
	 * limit, so no upload is held in memory and one that is too large is stopped while it
	 * arrives. This replaces the {@code spring.servlet.multipart} settings.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(EvidenceProperties properties) {
		var factory = new MultipartConfigFactory();
		factory.setMaxFileSize(properties.maxFileSize());
		factory.setMaxRequestSize(DataSize.ofBytes(properties.maxFileSize().toBytes() + REQUEST_OVERHEAD.toBytes()));
		factory.setFileSizeThreshold(DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}

}
