package digital.onboarding.commissioning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.evidence.EvidenceRefusedException;
import digital.onboarding.evidence.IncomingFile;
import digital.onboarding.platform.MultipartFormData;

import org.springframework.http.MediaType;

/**
 * The fields of the test run form and its evidence file. The form comes as
 * {@code multipart/form-data}, read as a stream: the file goes straight to the evidence
 * store as the organisation's own file, as the files of an application's answers do.
 */
final class RunFormBody {

	/** The file's field. */
	static final String EVIDENCE = "evidence";

	/** The most text the fields of the form may hold together. */
	private static final int MAX_FIELDS_SIZE = 64 * 1024;

	/**
	 * @param evidenceId the file received, or {@code null} if none was chosen or it was
	 * refused
	 * @param refused why the file was refused; {@code null} if it was not
	 */
	record Submitted(Map<String, String> fields, UUID evidenceId, String refused) {
	}

	private RunFormBody() {
	}

	/**
	 * @throws IllegalArgumentException if the body is not a form the page could have sent
	 */
	static Submitted read(HttpServletRequest request, UUID organisationId, EvidenceFiles files) throws IOException {
		var contentType = request.getContentType();
		var fields = new LinkedHashMap<String, String>();
		if (contentType == null || !MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType))) {
			request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
			return new Submitted(fields, null, null);
		}
		UUID evidenceId = null;
		String refused = null;
		var body = new MultipartFormData(request.getInputStream(), MultipartFormData.boundaryOf(contentType));
		int size = 0;
		try {
			for (var part = body.next(); part != null; part = body.next()) {
				if (part.filename() == null) {
					var bytes = part.content().readNBytes(MAX_FIELDS_SIZE - size + 1);
					size += bytes.length;
					if (size > MAX_FIELDS_SIZE) {
						throw new IllegalArgumentException("The form's fields are too long to be read");
					}
					fields.putIfAbsent(part.name(), new String(bytes, StandardCharsets.UTF_8));
				}
				else if (EVIDENCE.equals(part.name()) && !part.filename().isBlank() && evidenceId == null) {
					try {
						var filename = part.filename();
						var content = part.content();
						evidenceId = files.receive(organisationId, () -> new IncomingFile.Opened(filename, content))
							.id();
					}
					catch (EvidenceRefusedException ex) {
						refused = ex.getMessage();
					}
				}
			}
		}
		catch (MultipartFormData.MalformedException ex) {
			throw new IllegalArgumentException(MultipartFormData.MALFORMED + ex.getMessage(), ex);
		}
		return new Submitted(fields, evidenceId, refused);
	}

}
