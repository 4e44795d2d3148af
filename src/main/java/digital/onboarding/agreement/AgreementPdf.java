package digital.onboarding.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import digital.onboarding.platform.England;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A connection agreement or acceptable use policy as a PDF: its exact text, then the
 * record of its acceptance (who, in what role, when, from where, which version and the
 * text's hash), so either side can keep and show what was agreed.
 */
@Component
class AgreementPdf {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss z")
		.withZone(England.TIME_ZONE);

	byte[] render(ConnectionAgreement agreement) {
		var record = new StringBuilder();
		row(record, "Agreement version", String.valueOf(agreement.textVersion()));
		row(record, "SHA-256 of the text", agreement.textSha256());
		row(record, "Issued", WHEN.format(agreement.issuedAt()));
		if (agreement.isAccepted()) {
			accepted(record, agreement.acceptedName(), agreement.acceptedRole(), agreement.acceptedAt(),
					agreement.acceptedFrom());
			row(record, "Version accepted", String.valueOf(agreement.acceptedVersion()));
			row(record, "SHA-256 of the text accepted", agreement.acceptedSha256());
		}
		else {
			row(record, "Accepted", "Not yet accepted");
		}
		row(record, "State", agreement.state().label());
		return document("Connection agreement " + agreement.reference().value(), agreement.text(), record);
	}

	byte[] render(AcceptableUsePolicy policy) {
		var record = new StringBuilder();
		row(record, "Policy version", String.valueOf(policy.textVersion()));
		row(record, "SHA-256 of the text", policy.textSha256());
		row(record, "Issued", WHEN.format(policy.issuedAt()));
		if (policy.isAccepted()) {
			accepted(record, policy.acceptedName(), policy.acceptedRole(), policy.acceptedAt(), policy.acceptedFrom());
			row(record, "SHA-256 of the text accepted", policy.acceptedSha256());
		}
		else {
			row(record, "Accepted", "Not yet accepted");
		}
		row(record, "State", policy.state().label());
		return document("Acceptable use policy", policy.text(), record);
	}

	private static void accepted(StringBuilder record, String name, String role, Instant at, String from) {
		row(record, "Accepted by", name + ", " + role);
		row(record, "Accepted", WHEN.format(at));
		row(record, "Accepted from", from == null ? "Not known" : from);
	}

	private static byte[] document(String title, String text, StringBuilder record) {
		var html = new StringBuilder("""
				<html><head><style>
				body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }
				h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; }
				pre { font-family: sans-serif; white-space: pre-wrap; }
				td { padding: 2pt 8pt 2pt 0; vertical-align: top; }
				</style></head><body>
				""");
		html.append("<h1>").append(escape(title)).append("</h1>");
		html.append("<pre>").append(escape(text)).append("</pre>");
		html.append("<h2>Record</h2><table>").append(record).append("</table></body></html>");
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(StringBuilder html, String key, String value) {
		html.append("<tr><td><b>")
			.append(escape(key))
			.append("</b></td><td>")
			.append(escape(value))
			.append("</td></tr>");
	}

	/** The text is the operator's and the applicant's; none of it may become markup. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

}
