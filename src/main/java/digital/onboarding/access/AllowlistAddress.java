package digital.onboarding.access;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A static public IPv4 or IPv6 address, or a range of them in CIDR notation, that an
 * environment lets in. Checks itself: private, loopback, link-local, unspecified,
 * multicast and reserved addresses are refused, and so are ranges broader than /24 (IPv4)
 * or /48 (IPv6), each with the reason. Parsed from the digits alone, so no name is ever
 * looked up.
 *
 * @param network the range's first address, as written canonically
 * @param prefix the prefix length; 32 or 128 for a single address
 */
public record AllowlistAddress(String network, int prefix, boolean ipv6) {

	/** The broadest IPv4 range accepted: 256 addresses. */
	public static final int WIDEST_IPV4_PREFIX = 24;

	/** The broadest IPv6 range accepted: one site. */
	public static final int WIDEST_IPV6_PREFIX = 48;

	private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

	/**
	 * Starts with a hex digit or a colon: the JDK then treats the text as a literal and
	 * never asks DNS.
	 */
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]{1,44}");

	private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

	private static final String FORM = "Enter an IPv4 or IPv6 address, or a range in CIDR notation, "
			+ "such as 81.2.69.0/28 or 2a00:1450:4009::/48";

	private record Block(BigInteger first, BigInteger last, String reason) {

		static Block of(String cidr, boolean ipv6, String reason) {
			var slash = cidr.indexOf('/');
			var first = toNumber(cidr.substring(0, slash));
			var bits = ipv6 ? 128 : 32;
			var size = BigInteger.ONE.shiftLeft(bits - Integer.parseInt(cidr.substring(slash + 1)));
			return new Block(first, first.add(size).subtract(BigInteger.ONE), reason);
		}

		boolean contains(BigInteger from, BigInteger to) {
			return from.compareTo(this.first) >= 0 && to.compareTo(this.last) <= 0;
		}

	}

	private static final List<Block> IPV4_BLOCKS = List.of(
			Block.of("0.0.0.0/8", false, "is in 0.0.0.0/8, the unspecified (this network) range"),
			Block.of("10.0.0.0/8", false, "is a private address (RFC 1918); give your public, static address"),
			Block.of("100.64.0.0/10", false,
					"is in the shared address space of carrier-grade NAT (100.64.0.0/10); "
							+ "give your public, static address"),
			Block.of("127.0.0.0/8", false, "is a loopback address; give your public, static address"),
			Block.of("169.254.0.0/16", false, "is a link-local address; give your public, static address"),
			Block.of("172.16.0.0/12", false, "is a private address (RFC 1918); give your public, static address"),
			Block.of("192.168.0.0/16", false, "is a private address (RFC 1918); give your public, static address"),
			Block.of("224.0.0.0/4", false, "is a multicast address"),
			Block.of("240.0.0.0/4", false, "is a reserved address (240.0.0.0/4, including broadcast)"));

	private static final List<Block> IPV6_BLOCKS = List.of(Block.of("::/128", true, "is the unspecified address"),
			Block.of("::1/128", true, "is the loopback address; give your public, static address"),
			Block.of("::ffff:0:0/96", true, "is an IPv4-mapped address; give the IPv4 address itself"),
			Block.of("fc00::/7", true,
					"is a unique local (private) address (fc00::/7); give your public, static address"),
			Block.of("fe80::/10", true, "is a link-local address; give your public, static address"),
			Block.of("ff00::/8", true, "is a multicast address"));

	/**
	 * @throws IllegalArgumentException with the reason, if the text is not a public
	 * address or a narrow enough range of them
	 */
	public static AllowlistAddress parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Enter an IP address or range");
		}
		var value = text.strip();
		var slash = value.indexOf('/');
		var address = slash < 0 ? value : value.substring(0, slash);
		var ipv6 = address.indexOf(':') >= 0;
		if (!(ipv6 ? IPV6.matcher(address).matches() : IPV4.matcher(address).matches())) {
			throw new IllegalArgumentException(value + " is not an IP address. " + FORM);
		}
		var bits = ipv6 ? 128 : 32;
		var prefix = bits;
		if (slash >= 0) {
			var prefixText = value.substring(slash + 1);
			if (!PREFIX.matcher(prefixText).matches() || Integer.parseInt(prefixText) > bits) {
				throw new IllegalArgumentException(
						"The prefix length after / must be a whole number from 0 to " + bits + ". " + FORM);
			}
			prefix = Integer.parseInt(prefixText);
		}
		var number = toNumber(address);
		var hostBits = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
		if (!number.and(hostBits).equals(BigInteger.ZERO)) {
			var network = toText(number.andNot(hostBits), ipv6);
			throw new IllegalArgumentException(value + " has bits set after its /" + prefix + " prefix; the range "
					+ "starts at " + network + ", so enter " + network + "/" + prefix);
		}
		var last = number.or(hostBits);
		for (var block : ipv6 ? IPV6_BLOCKS : IPV4_BLOCKS) {
			if (block.contains(number, last)) {
				throw new IllegalArgumentException(value + " " + block.reason());
			}
		}
		var widest = ipv6 ? WIDEST_IPV6_PREFIX : WIDEST_IPV4_PREFIX;
		if (prefix < widest) {
			throw new IllegalArgumentException(value + " is too broad: an " + (ipv6 ? "IPv6" : "IPv4")
					+ " range may be at most /" + widest + "; list narrower ranges or single addresses");
		}
		return new AllowlistAddress(toText(number, ipv6), prefix, ipv6);
	}

	/**
	 * As stored and shown: the address alone for a single one, else
	 * {@code network/prefix}.
	 */
	@Override
	public String toString() {
		return this.prefix == (this.ipv6 ? 128 : 32) ? this.network : this.network + "/" + this.prefix;
	}

	/**
	 * Only ever called on text the patterns above admitted, so it is a literal and no
	 * lookup happens.
	 */
	private static BigInteger toNumber(String literal) {
		if (literal.indexOf(':') < 0) {
			var value = BigInteger.ZERO;
			for (var part : literal.split("\\.")) {
				var octet = Integer.parseInt(part);
				if (octet > 255) {
					throw new IllegalArgumentException(literal + " is not an IP address: each of its four numbers "
							+ "must be from 0 to 255. " + FORM);
				}
				value = value.shiftLeft(8).add(BigInteger.valueOf(octet));
			}
			return value;
		}
		try {
			var bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length != 16) {
				// Java folds an IPv4-mapped literal into IPv4; keep it as IPv6.
				var mapped = new byte[16];
				mapped[10] = (byte) 0xff;
				mapped[11] = (byte) 0xff;
				System.arraycopy(bytes, 0, mapped, 12, 4);
				bytes = mapped;
			}
			return new BigInteger(1, bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal + " is not an IP address. " + FORM);
		}
	}

	private static String toText(BigInteger number, boolean ipv6) {
		var bytes = new byte[ipv6 ? 16 : 4];
		var raw = number.toByteArray();
		var length = Math.min(raw.length, bytes.length);
		System.arraycopy(raw, raw.length - length, bytes, bytes.length - length, length);
		try {
			var text = InetAddress.getByAddress(bytes).getHostAddress();
			return ipv6 ? compress(text) : text;
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Java writes IPv6 in full (2a00:1450:0:0:0:0:0:0); people write the :: form. */
	private static String compress(String full) {
		var groups = full.split(":");
		int bestStart = -1;
		int bestLength = 0;
		for (int i = 0; i < groups.length;) {
			if (groups[i].equals("0")) {
				int j = i;
				while (j < groups.length && groups[j].equals("0")) {
					j++;
				}
				if (j - i > bestLength && j - i > 1) {
					bestStart = i;
					bestLength = j - i;
				}
				i = j;
			}
			else {
				i++;
			}
		}
		if (bestStart < 0) {
			return full;
		}
		var head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
		var tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
		return head + "::" + tail;
	}

}
