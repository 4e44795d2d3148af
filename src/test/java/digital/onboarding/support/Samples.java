package digital.onboarding.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Small real files of each kind, made in the test so nothing binary is checked in.
 */
public final class Samples {

	public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private Samples() {
	}

	public static byte[] pdf() {
		return ascii("""
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""");
	}

	public static byte[] png() {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A Word document. Its content types come last, as some tools write them, so it is
	 * recognised by what it holds, not by the order of its parts.
	 */
	public static byte[] docx() {
		return officeOpenXml("word/document.xml",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
	}

	/** A spreadsheet, made the same way as {@link #docx()}. */
	public static byte[] xlsx() {
		return officeOpenXml("xl/workbook.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
	}

	private static byte[] officeOpenXml(String mainPart, String mainContentType) {
		var parts = new LinkedHashMap<String, byte[]>();
		parts.put("_rels/.rels",
				ascii("""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
						<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
						</Relationships>"""
					.formatted(mainPart)));
		parts.put(mainPart,
				ascii("""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Evidence</w:t></w:r></w:p></w:body></w:document>"""));
		parts.put("[Content_Types].xml", ascii("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/%s" ContentType="%s"/>
				</Types>""".formatted(mainPart, mainContentType)));
		return zip(parts);
	}

	/** An OpenDocument text: its uncompressed {@code mimetype} entry comes first. */
	public static byte[] odt() {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			var mimetype = ascii("application/vnd.oasis.opendocument.text");
			var entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			var crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(
					ascii("""
							<?xml version="1.0" encoding="UTF-8"?>
							<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
							<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
							<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
							</manifest:manifest>"""));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(ascii(
					"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A legacy Word document: an OLE2 file with a WordDocument stream. */
	public static byte[] doc() {
		var out = new ByteArrayOutputStream();
		try (var ole2 = new POIFSFileSystem()) {
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
			ole2.writeFilesystem(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] zip(String name, byte[] content) {
		return zip(Map.of(name, content));
	}

	public static byte[] zip(Map<String, byte[]> entries) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A Windows program's first bytes. */
	public static byte[] executable() {
		var program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		System.arraycopy(ascii("This program cannot be run in DOS mode."), 0, program, 78, 39);
		return program;
	}

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
