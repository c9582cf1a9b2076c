/**
 * Which addresses a fetch may connect to: public unicast only. Every special-purpose range of the IANA
 * registries is refused (loopback, private, shared, link-local with the cloud metadata address,
 * documentation, benchmarking, multicast, reserved, broadcast), and so are the IPv6 forms that carry
 * an IPv4 address inside for a translator (NAT64, 6to4, Teredo), whatever that address is.
 * IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) are judged by the IPv4 address they hold:
 * node's BlockList checks them against the IPv4 ranges.
 */
import { BlockList, isIP } from "node:net";

/** [network, prefix length] of every IPv4 range that is not public unicast. */
const NON_PUBLIC_V4: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 itself
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // shared address space (carrier NAT)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

/** [network, prefix length] of every IPv6 range that is not public unicast. */
const NON_PUBLIC_V6: ReadonlyArray<readonly [string, number]> = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b::", 96], // NAT64
  ["64:ff9b:1::", 48], // local NAT64
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo 2001::/32 inside)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

/** IPv4-compatible IPv6 (`::a.b.c.d`, deprecated): checked on IPv6 addresses only, since node's
 * BlockList would also match every IPv4 address against it. */
const V4_COMPATIBLE = new BlockList();
V4_COMPATIBLE.addSubnet("::", 96, "ipv6");

const BLOCKED = new BlockList();
for (const [net, prefix] of NON_PUBLIC_V4) BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of NON_PUBLIC_V6) BLOCKED.addSubnet(net, prefix, "ipv6");

/** Whether `address` (an IP literal, IPv6 without brackets) is public unicast. Anything else is false. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6 && V4_COMPATIBLE.check(address, "ipv6")) return false;
  return !BLOCKED.check(address, family === 4 ? "ipv4" : "ipv6");
}
