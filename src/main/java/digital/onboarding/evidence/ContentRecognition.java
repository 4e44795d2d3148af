package digital.onboarding.evidence;

import java.io.IOException;
import java.util.List;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.JarDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises what a file is from its content with Apache Tika. The name it was uploaded
 * with plays no part: Tika is given no metadata.
 */
final class ContentRecognition {

	private final MediaTypeRegistry registry;

	private final Detector detector;

	ContentRecognition() {
		var mimeTypes = MimeTypes.getDefaultMimeTypes();
		this.registry = mimeTypes.getMediaTypeRegistry();
		// Java programs are ZIP files too: recognising them keeps them from passing as
		// one.
		var zipContainers = new DefaultZipContainerDetector(
				List.of(new OPCPackageDetector(), new OpenDocumentDetector(), new JarDetector()));
		// Read the ZIP's central directory from a local copy rather than guess from its
		// first megabytes held in memory: a .docx need not list its parts first.
		zipContainers.setMarkLimit(-1);
		// The most specific answer wins: first bytes, then what the container holds.
		this.detector = new CompositeDetector(this.registry,
				List.of(mimeTypes, zipContainers, new POIFSContainerDetector()));
	}

	/** What the content is, and whether the service accepts it. */
	Recognised recognise(TikaInputStream content) throws IOException {
		var type = this.detector.detect(content, new Metadata());
		return new Recognised(type, EvidenceKind.of(type, this.registry).orElse(null),
				this.registry.isInstanceOf(type.getBaseType(), MediaType.APPLICATION_ZIP));
	}

	/**
	 * @param kind the accepted kind, or null if the type is not accepted
	 * @param zipContainer whether the content is a ZIP inside, as Office Open XML and
	 * OpenDocument files are
	 */
	record Recognised(MediaType type, EvidenceKind kind, boolean zipContainer) {
	}

}
