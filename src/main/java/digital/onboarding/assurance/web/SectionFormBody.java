package digital.onboarding.assurance.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.evidence.EvidenceRefusedException;
import digital.onboarding.platform.MultipartFormData;

import org.springframework.http.MediaType;

/**
 * The fields of a section's form, and the files chosen in it. A form with files comes as
 * {@code multipart/form-data}, which the service reads as a stream: each file goes
 * straight to the evidence store as it arrives, and its question is answered with the
 * evidence it became.
 */
final class SectionFormBody {

	/** The most text all the fields of one form may hold together. */
	private static final int MAX_FIELDS_SIZE = 1024 * 1024;

	/**
	 * Stores a file chosen for a question and returns the id of the evidence it became.
	 */
	@FunctionalInterface
	interface FileReceiver {

		String receive(String filename, InputStream content);

	}

	/** The fields as a request's parameters are, and why any file was refused. */
	record Submitted(Map<String, String[]> fields, Map<String, String> refusedFiles) {

		/**
		 * The version of the answers the form was made from; a form without one is taken
		 * as out of date rather than refused.
		 */
		int version() {
			try {
				return Integer.parseInt(field("answersVersion", "-1"));
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

		String field(String name, String otherwise) {
			var values = this.fields.get(name);
			return values == null || values.length == 0 ? otherwise : values[0];
		}

	}

	private SectionFormBody() {
	}

	/**
	 * @param fileQuestions the ids of the file questions on the form; a file sent under
	 * any other name is skipped
	 * @throws IllegalArgumentException if the body is not a form the page could have sent
	 */
	static Submitted read(HttpServletRequest request, Set<String> fileQuestions, FileReceiver receiver)
			throws IOException {
		var contentType = request.getContentType();
		if (contentType == null || !MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType))) {
			return new Submitted(request.getParameterMap(), Map.of());
		}
		var fields = new LinkedHashMap<String, List<String>>();
		var refused = new LinkedHashMap<String, String>();
		var body = new MultipartFormData(request.getInputStream(), MultipartFormData.boundaryOf(contentType));
		int fieldsSize = 0;
		try {
			for (var part = body.next(); part != null; part = body.next()) {
				if (part.filename() == null) {
					var bytes = part.content().readNBytes(MAX_FIELDS_SIZE - fieldsSize + 1);
					fieldsSize += bytes.length;
					if (fieldsSize > MAX_FIELDS_SIZE) {
						throw new IllegalArgumentException("The form's answers are too long to be read");
					}
					fields.computeIfAbsent(part.name(), name -> new ArrayList<>())
						.add(new String(bytes, StandardCharsets.UTF_8));
				}
				else if (fileQuestions.contains(part.name()) && !part.filename().isBlank()) {
					try {
						fields.put(part.name(), List.of(receiver.receive(part.filename(), part.content())));
					}
					catch (EvidenceRefusedException ex) {
						refused.put(part.name(), ex.getMessage());
					}
				}
			}
		}
		catch (MultipartFormData.MalformedException ex) {
			throw new IllegalArgumentException(MultipartFormData.MALFORMED + ex.getMessage(), ex);
		}
		var asParameters = new LinkedHashMap<String, String[]>();
		fields.forEach((name, values) -> asParameters.put(name, values.toArray(String[]::new)));
		return new Submitted(asParameters, refused);
	}

}
