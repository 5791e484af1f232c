package io.provscan.sitepolicy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Decides which addresses provscan may send a request to when it fetches site policies. A corpus is
 * untrusted input: a URL naming {@code 169.254.169.254}, {@code localhost}, {@code 10.0.0.5} or a
 * name that resolves there would make provscan request the scanning machine's own network, the
 * cloud metadata service included (server-side request forgery). So every host is resolved and
 * every address it resolves to is checked before each request, redirects included, and only {@code
 * http} and {@code https} are fetched.
 *
 * <p>The check and the connection resolve the name through the same JVM cache ({@code
 * networkaddress.cache.ttl}, 30 s by default), so the client connects to an address just checked; a
 * DNS answer that changes between the two (rebinding) would have to beat that cache.
 */
public final class AddressGuard {
  /** Public addresses only: the default. */
  public static final AddressGuard PUBLIC_ONLY = new AddressGuard(false, a -> false);

  /**
   * Public addresses, and loopback, private (RFC 1918, RFC 6598) and unique-local (RFC 4193) ones,
   * for crawls of an intranet ({@code --allow-private-hosts}). Link-local (the metadata service),
   * multicast and unspecified addresses stay refused: no web server of an intranet lives there.
   */
  public static final AddressGuard ALLOW_PRIVATE = new AddressGuard(true, a -> false);

  private final boolean allowPrivate;
  private final Predicate<InetAddress> trusted;

  /**
   * A guard.
   *
   * @param allowPrivate allow loopback, private and unique-local addresses
   * @param trusted addresses treated as public whatever their kind (tests serve from loopback)
   */
  AddressGuard(boolean allowPrivate, Predicate<InetAddress> trusted) {
    this.allowPrivate = allowPrivate;
    this.trusted = trusted;
  }

  /**
   * Checks the scheme and every address the host of {@code uri} resolves to.
   *
   * @throws IOException naming the refused address and why, or the host that does not resolve
   */
  void check(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("refused " + uri + ": only http and https are fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IOException("refused " + uri + ": no host");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + host, e);
    }
    for (InetAddress a : addresses) {
      String kind = refusedKind(a);
      if (kind != null) {
        throw new IOException(
            "refused "
                + uri
                + ": "
                + host
                + " resolves to "
                + a.getHostAddress()
                + ", a "
                + kind
                + " address"
                + (allowPrivate || kind.equals("link-local") || kind.equals("multicast")
                    ? ""
                    : " (--allow-private-hosts allows loopback and private hosts)"));
      }
    }
  }

  /** The kind of a refused address ({@code loopback}, {@code private}, …), or null when allowed. */
  String refusedKind(InetAddress a) {
    if (trusted.test(a)) {
      return null;
    }
    String kind = kind(a);
    if (kind == null) {
      return null;
    }
    boolean privateKind =
        kind.equals("loopback") || kind.equals("private") || kind.equals("unique-local");
    return allowPrivate && privateKind ? null : kind;
  }

  /** The kind of a non-public address, or null for a public one. */
  static String kind(InetAddress a) {
    byte[] b = a.getAddress();
    if (a.isAnyLocalAddress() || (a instanceof Inet4Address && b[0] == 0)) {
      return "unspecified"; // 0.0.0.0/8 and :: reach this machine on many systems
    }
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local"; // 169.254/16 holds the cloud metadata service
    }
    if (a.isMulticastAddress() || (a instanceof Inet4Address && (b[0] & 0xff) == 255)) {
      return "multicast";
    }
    if (a.isSiteLocalAddress() || sharedAddressSpace(a)) {
      return "private";
    }
    if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return "unique-local"; // fc00::/7, RFC 4193
    }
    return null;
  }

  /** 100.64.0.0/10, carrier-grade NAT (RFC 6598): private in all but name. */
  private static boolean sharedAddressSpace(InetAddress a) {
    byte[] b = a.getAddress();
    return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }
}
