// Which IP addresses the server must never connect to on a user's behalf (SSRF): everything that
// is not public unicast. Pure: it judges address strings and resolves nothing.
import ipaddr from "ipaddr.js";

// IPv6 global unicast is 2000::/3; everything outside it that ipaddr.js still calls "unicast"
// (e.g. IPv4-compatible ::a.b.c.d, unassigned space) has no business being fetched.
const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parse("2000::");

/**
 * True for every address the server must not connect to: loopback, private, CGNAT, link-local,
 * multicast, broadcast, unspecified, reserved, documentation and benchmark ranges, IPv6
 * unique-local, and anything that does not parse as an address at all (a hostname included).
 * IPv6 forms that carry an IPv4 address (mapped, SIIT, NAT64, 6to4) are judged by that IPv4.
 * Accepts the non-strict IPv4 forms a URL host may use (2130706433, 0177.0.0.1, 0x7f.1, 127.1)
 * and a bracketed IPv6 host as `URL.hostname` returns it ("[::1]").
 */
export function isForbiddenAddress(address: string): boolean {
  const candidate = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(candidate)) return true;
  const parsed = ipaddr.parse(candidate);
  return parsed instanceof ipaddr.IPv4 ? isForbiddenIPv4(parsed) : isForbiddenIPv6(parsed);
}

function isForbiddenIPv4(address: ipaddr.IPv4): boolean {
  return address.range() !== "unicast";
}

function isForbiddenIPv6(address: ipaddr.IPv6): boolean {
  const embedded = extractEmbeddedIPv4(address);
  if (embedded) return isForbiddenIPv4(embedded);
  if (address.range() !== "unicast") return true;
  return !address.match(IPV6_GLOBAL_UNICAST, 3);
}

// The IPv4 address an IPv6 transition form routes to, so ::ffff:127.0.0.1 or 64:ff9b::10.0.0.1
// cannot smuggle a private target past a check that only looks at IPv6 ranges. Teredo and the
// local-use NAT64 prefix (64:ff9b:1::/48) are not unwrapped: their range() already forbids them.
// ipaddr.js reads the dotted spelling "::a.b.c.d" as mapped, so it is judged by a.b.c.d too;
// the hex spelling "::xxxx:xxxx" (IPv4-compatible, deprecated) falls outside 2000::/3 and is refused.
function extractEmbeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const parts = address.parts;
  if (range === "ipv4Mapped" || range === "rfc6145" || (range === "rfc6052" && parts[2] === 0)) {
    return ipv4FromWords(parts[6], parts[7]);
  }
  if (range === "6to4") return ipv4FromWords(parts[1], parts[2]);
  return null;
}

function ipv4FromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
