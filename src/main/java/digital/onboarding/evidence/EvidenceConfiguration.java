package digital.onboarding.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

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

}
