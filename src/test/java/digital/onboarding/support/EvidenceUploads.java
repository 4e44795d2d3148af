package digital.onboarding.support;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Uploads through the JSON API, as a client program would: a real
 * {@code multipart/form-data} body, since the API reads the body itself as it arrives.
 */
public final class EvidenceUploads {

	public static final String BOUNDARY = "evidence-boundary-7d1f";

	private EvidenceUploads() {
	}

	public static String path(UUID organisationId) {
		return "/api/v1/organisations/" + organisationId + "/evidence";
	}

	/** Sends the file with a type that says nothing, as many clients do. */
	public static MvcResult upload(ApiClient client, UUID organisationId, String filename, byte[] content) {
		return send(client, organisationId, new Body().file("file", filename, content).end());
	}

	/** Sends a body built part by part. */
	public static MvcResult send(ApiClient client, UUID organisationId, byte[] body) {
		return client.perform(MockMvcRequestBuilders.post(path(organisationId))
			.contentType("multipart/form-data; boundary=" + BOUNDARY)
			.content(body));
	}

	/** A {@code multipart/form-data} body. */
	public static final class Body {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		public Body field(String name, String value) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		public Body file(String name, String filename, byte[] content) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; " + filename(filename)
					+ "\r\nContent-Type: application/octet-stream\r\n\r\n");
			this.bytes.writeBytes(content);
			write("\r\n");
			return this;
		}

		/** The closing boundary; without it the body is cut short. */
		public byte[] end() {
			write("--" + BOUNDARY + "--\r\n");
			return this.bytes.toByteArray();
		}

		public byte[] cutShort() {
			return this.bytes.toByteArray();
		}

		/**
		 * A name a quoted string can carry is sent in UTF-8, as browsers do; any other in
		 * RFC 5987 form, as careful clients do.
		 */
		private static String filename(String filename) {
			if (!filename.matches("[^\"\\\\\\r\\n]*")) {
				return "filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
			}
			return "filename=\"" + filename + "\"";
		}

		private void write(String text) {
			this.bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
