package digital.onboarding.evidence;

import java.util.UUID;

import digital.onboarding.support.ApiClient;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Uploads through the JSON API, as a client program would. */
final class EvidenceUploads {

	private EvidenceUploads() {
	}

	static String path(UUID organisationId) {
		return "/api/v1/organisations/" + organisationId + "/evidence";
	}

	/** Sends the file with a type that says nothing, as many clients do. */
	static MvcResult upload(ApiClient client, UUID organisationId, String filename, byte[] content) {
		return client.perform(MockMvcRequestBuilders.multipart(path(organisationId))
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content)));
	}

}
