package digital.onboarding.catalogue.programme;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import java.util.regex.Pattern;

import digital.onboarding.platform.VersionNumber;

/**
 * The technical formats answers may take, each checked without touching the network.
 */
final class AnswerFormats {

	/** Rule R-hcid: a Home Community ID, OID included, is at most 64 characters. */
	static final int MAX_HCID_LENGTH = 64;

	private static final Pattern HCID = Pattern.compile("urn:oid:([0-2])\\.(0|[1-9]\\d*)((\\.(0|[1-9]\\d*))*)");

	private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

	private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	/** Only what an IPv6 literal holds, so parsing it can never become a name lookup. */
	private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private static final Pattern PREFIX = Pattern.compile("0|[1-9]\\d{0,2}");

	private AnswerFormats() {
	}

	/**
	 * Only the significant version is assured (R-version), so a version question takes
	 * {@code major.minor} and no patch number.
	 */
	static boolean isSignificantVersion(String text) {
		return text.equals(text.strip()) && VersionNumber.parse(text).filter(version -> !version.isPatch()).isPresent();
	}

	static boolean isHcid(String text) {
		if (text.length() > MAX_HCID_LENGTH) {
			return false;
		}
		var matcher = HCID.matcher(text);
		if (!matcher.matches()) {
			return false;
		}
		// Under the arcs 0 and 1 (ITU-T, ISO) the second arc is at most 39 (X.660).
		return matcher.group(1).equals("2")
				|| matcher.group(2).length() <= 2 && Integer.parseInt(matcher.group(2)) <= 39;
	}

	static boolean isWebAddress(String text) {
		try {
			var uri = new URI(text);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * An IPv4 or IPv6 address, alone or as a CIDR range such as {@code 198.51.100.0/24}.
	 */
	static boolean isIpAddressOrRange(String text) {
		var slash = text.indexOf('/');
		var address = slash < 0 ? text : text.substring(0, slash);
		var prefix = slash < 0 ? null : text.substring(slash + 1);
		int maxPrefix;
		if (IPV4.matcher(address).matches()) {
			maxPrefix = 32;
		}
		else if (isIpv6(address)) {
			maxPrefix = 128;
		}
		else {
			return false;
		}
		return prefix == null || PREFIX.matcher(prefix).matches() && Integer.parseInt(prefix) <= maxPrefix;
	}

	private static boolean isIpv6(String address) {
		if (!IPV6_CHARACTERS.matcher(address).matches()) {
			return false;
		}
		try {
			InetAddress.getByName(address);
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static boolean holdsPrivateKey(String pem) {
		return pem.contains("PRIVATE KEY-----");
	}

	/** One or more certificates in PEM, each of which Java can read. */
	static boolean isPemCertificates(String pem) {
		if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
			return false;
		}
		try {
			var certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
			return !certificates.isEmpty();
		}
		catch (CertificateException | RuntimeException ex) {
			return false;
		}
	}

}
