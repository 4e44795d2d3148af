package digital.onboarding.evidence;

import org.springframework.util.unit.DataSize;

/** Sizes in the words people use: "250 MB" rather than "262144000B". */
final class Sizes {

	private Sizes() {
	}

	static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes > 0 && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
			return size.toGigabytes() + " GB";
		}
		if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
