package digital.onboarding.certification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A certificate as a printable PDF, with a QR code leading to its verification page,
 * where its live status is shown.
 */
@Component
public class CertificateDocument {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The certificate as a PDF. */
	public byte[] pdf(Certificate certificate, String verificationLink) {
		var html = """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8" /><title>%s</title>
				<style>
				  @page { size: A4; margin: 20mm; }
				  body { font-family: sans-serif; color: #212b32; }
				  h1 { color: #005eb8; font-size: 22pt; margin-bottom: 4mm; }
				  table { border-collapse: collapse; width: 100%%; margin: 6mm 0; }
				  th { text-align: left; width: 45%%; padding: 2mm; border-bottom: 1px solid #d8dde0; }
				  td { padding: 2mm; border-bottom: 1px solid #d8dde0; }
				  .small { font-size: 9pt; word-wrap: break-word; }
				</style></head>
				<body>
				<h1>Technical conformance certificate</h1>
				<p>The product version below has met the technical conformance requirements of the %s onboarding
				programme. Its patch versions (%s) are covered too.</p>
				<table>
				<tr><th>Certificate</th><td>%s</td></tr>
				<tr><th>Organisation</th><td>%s</td></tr>
				<tr><th>Product</th><td>%s</td></tr>
				<tr><th>Module</th><td>%s</td></tr>
				<tr><th>Version</th><td>%s (patch versions %s)</td></tr>
				<tr><th>API</th><td>%s (%s)</td></tr>
				<tr><th>Connection type</th><td>%s</td></tr>
				<tr><th>Issued</th><td>%s</td></tr>
				<tr><th>Expires</th><td>%s</td></tr>
				</table>
				<p>Check whether this certificate is still valid at %s or by scanning the code.</p>
				<img src="%s" width="150" height="150" alt="QR code for the verification page" />
				<p class="small">Signed by the service (ES256, key %s).</p>
				</body></html>
				""".formatted(escape(certificate.id()), escape(certificate.apiName()),
				escape(certificate.patchVersionsCovered()), escape(certificate.id()),
				escape(certificate.organisationName()), escape(certificate.productName()),
				escape(certificate.productModule() == null ? "None" : certificate.productModule()),
				escape(certificate.versionNumber()), escape(certificate.patchVersionsCovered()),
				escape(certificate.apiName()), escape(certificate.apiId()), escape(certificate.connectionType()),
				DATE.format(certificate.issuedOn()), DATE.format(certificate.expiresOn()), escape(verificationLink),
				qrCodeDataUri(verificationLink), escape(certificate.kid()));
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A QR code of the link as a PNG data URI, for pages and the PDF alike. */
	public String qrCodeDataUri(String link) {
		try {
			var matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 300, 300,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			var png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Escaped for XHTML, which the PDF renderer reads strictly. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscapeDecimal(text == null ? "" : text);
	}

}
