package digital.onboarding.access;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A static public IPv4 or IPv6 address, or a range of them in CIDR notation, that an
 * environment lets in. Checks itself: private, loopback, link-local, unspecified,
 * multicast and reserved addresses are refused, and so are ranges broader than /24 (IPv4)
 * or /48 (IPv6), each with the reason; an IPv6 address must be global unicast (2000::/3).
 * Parsed and written by hand rather than through {@code InetAddress}, so no text can ever
 * turn into a DNS lookup.
 *
 * @param network the range's first address, as written canonically
 * @param prefix the prefix length; 32 or 128 for a single address
 * @param ipv6 whether it is an IPv6 address or range
 */
public record AllowlistAddress(String network, int prefix, boolean ipv6) {

	/** The broadest IPv4 range accepted: 256 addresses. */
	public static final int WIDEST_IPV4_PREFIX = 24;

	/** The broadest IPv6 range accepted: one site. */
	public static final int WIDEST_IPV6_PREFIX = 48;

	private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

	private static final Pattern IPV6_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

	private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

	private static final String FORM = "Enter an IPv4 or IPv6 address, or a range in CIDR notation, "
			+ "such as 81.2.69.0/28 or 2a00:1450:4009::/48";

	private record Block(BigInteger first, BigInteger last, String reason) {

		static Block of(String cidr, boolean ipv6, String reason) {
			var slash = cidr.indexOf('/');
			var address = cidr.substring(0, slash);
			var first = ipv6 ? ipv6Number(address, cidr) : ipv4Number(address, cidr);
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
	 * Only these IPv6 addresses are routed on the internet; the rest (such as the
	 * deprecated IPv4-compatible ::a.b.c.d, or a range around :: or ::1) never reach us.
	 */
	private static final Block IPV6_GLOBAL_UNICAST = Block.of("2000::/3", true,
			"is not a global unicast IPv6 address (2000::/3); give your public, static address");

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
		if (address.indexOf('%') >= 0) {
			throw new IllegalArgumentException(value + " has a zone index after %, which means something only inside "
					+ "your own network; give the address without it. " + FORM);
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
		var number = ipv6 ? ipv6Number(address, value) : ipv4Number(address, value);
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
		if (ipv6 && !IPV6_GLOBAL_UNICAST.contains(number, last)) {
			throw new IllegalArgumentException(value + " " + IPV6_GLOBAL_UNICAST.reason());
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
	 * Four decimal numbers from 0 to 255, without leading zeros (which some read as
	 * octal).
	 */
	private static BigInteger ipv4Number(String address, String given) {
		if (!IPV4.matcher(address).matches()) {
			throw notAnAddress(given);
		}
		var value = BigInteger.ZERO;
		for (var part : address.split("\\.")) {
			var octet = Integer.parseInt(part);
			if (octet > 255) {
				throw new IllegalArgumentException(
						given + " is not an IP address: each of its four numbers " + "must be from 0 to 255. " + FORM);
			}
			value = value.shiftLeft(8).add(BigInteger.valueOf(octet));
		}
		return value;
	}

	/**
	 * Eight groups of up to four hex digits, one run of them shortened to ::, and the
	 * last two possibly written as an IPv4 address (as in ::ffff:81.2.69.142).
	 */
	private static BigInteger ipv6Number(String address, String given) {
		var text = address;
		var lastColon = text.lastIndexOf(':');
		var last = text.substring(lastColon + 1);
		if (last.indexOf('.') >= 0) {
			var embedded = ipv4Number(last, given).intValue();
			text = text.substring(0, lastColon + 1) + Integer.toHexString(embedded >>> 16) + ":"
					+ Integer.toHexString(embedded & 0xffff);
		}
		var halves = text.split("::", -1);
		if (halves.length > 2) {
			throw notAnAddress(given);
		}
		var head = ipv6Groups(halves[0], given);
		var tail = (halves.length == 2) ? ipv6Groups(halves[1], given) : List.<Integer>of();
		var shortened = 8 - head.size() - tail.size();
		if ((halves.length == 1) ? shortened != 0 : shortened < 1) {
			throw notAnAddress(given);
		}
		var value = BigInteger.ZERO;
		for (var group : head) {
			value = value.shiftLeft(16).add(BigInteger.valueOf(group));
		}
		value = value.shiftLeft(16 * ((halves.length == 2) ? shortened : 0));
		for (var group : tail) {
			value = value.shiftLeft(16).add(BigInteger.valueOf(group));
		}
		return value;
	}

	private static List<Integer> ipv6Groups(String part, String given) {
		var groups = new ArrayList<Integer>();
		if (part.isEmpty()) {
			return groups;
		}
		for (var group : part.split(":", -1)) {
			if (!IPV6_GROUP.matcher(group).matches()) {
				throw notAnAddress(given);
			}
			groups.add(Integer.parseInt(group, 16));
		}
		return groups;
	}

	private static IllegalArgumentException notAnAddress(String given) {
		return new IllegalArgumentException(given + " is not an IP address. " + FORM);
	}

	private static String toText(BigInteger number, boolean ipv6) {
		var parts = new String[ipv6 ? 8 : 4];
		var bits = ipv6 ? 16 : 8;
		var mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
		for (int i = parts.length - 1; i >= 0; i--) {
			var part = number.shiftRight(bits * (parts.length - 1 - i)).and(mask).intValue();
			parts[i] = ipv6 ? Integer.toHexString(part) : Integer.toString(part);
		}
		return ipv6 ? compress(String.join(":", parts)) : String.join(".", parts);
	}

	/**
	 * Shortens the longest run of two or more zero groups to ::, the first if two are as
	 * long (RFC 5952), as people write it: 2a00:1450:0:0:0:0:0:0 becomes 2a00:1450::.
	 */
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
