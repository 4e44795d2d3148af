package digital.onboarding.evidence;

import java.util.Optional;
import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The kinds of file accepted as evidence, and which recognised media types belong to
 * each. Lists are explicit, so that a new subtype Tika learns about (an installer in an
 * Office container, a script in an image format) is refused until someone decides.
 */
enum EvidenceKind {

	PDF("The PDF"),

	/** Raster images only: SVG can carry scripts. */
	IMAGE("The image"),

	/** Word, Excel and PowerPoint (old and new formats) and OpenDocument. */
	OFFICE_DOCUMENT("The document"),

	ZIP("The ZIP file");

	static final String REFUSAL = "The selected file must be a PDF, image, office document or ZIP";

	private static final Set<MediaType> IMAGES = Set.of(MediaType.image("png"), MediaType.image("jpeg"),
			MediaType.image("gif"), MediaType.image("tiff"), MediaType.image("bmp"), MediaType.image("webp"));

	/** Legacy binary Office formats, as Tika's OLE2 container detector names them. */
	private static final Set<MediaType> LEGACY_OFFICE = Set.of(MediaType.application("msword"),
			MediaType.application("vnd.ms-excel"), MediaType.application("vnd.ms-powerpoint"));

	/** The parent of every Office Open XML format: .docx, .xlsx, .pptx and their kin. */
	private static final MediaType OFFICE_OPEN_XML = MediaType.application("x-tika-ooxml");

	private static final String OPEN_DOCUMENT_PREFIX = "vnd.oasis.opendocument.";

	private final String noun;

	EvidenceKind(String noun) {
		this.noun = noun;
	}

	/** How a message names a file of this kind: "The ZIP file contains…". */
	String noun() {
		return this.noun;
	}

	static Optional<EvidenceKind> of(MediaType type, MediaTypeRegistry registry) {
		var base = type.getBaseType();
		if (base.equals(MediaType.application("pdf"))) {
			return Optional.of(PDF);
		}
		if (IMAGES.contains(base)) {
			return Optional.of(IMAGE);
		}
		if (LEGACY_OFFICE.contains(base) || registry.isInstanceOf(base, OFFICE_OPEN_XML)
				|| (base.getType().equals("application") && base.getSubtype().startsWith(OPEN_DOCUMENT_PREFIX)
						&& registry.isInstanceOf(base, MediaType.APPLICATION_ZIP))) {
			return Optional.of(OFFICE_DOCUMENT);
		}
		if (base.equals(MediaType.APPLICATION_ZIP)) {
			return Optional.of(ZIP);
		}
		return Optional.empty();
	}

}
