import dns from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Where notifications may go. An endpoint is set by an admin, but it must never become a way to
 * reach inside the store's network or this server: loopback, private, link-local, shared and
 * reserved addresses are refused after DNS resolution, at the moment of connecting (so a name that
 * changes its answer cannot slip through), unless the deployment names the destination in
 * `ORDERBOARD_PRIVATE_ENDPOINTS` (host or host:port, comma-separated; the local demo receiver).
 */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  for (const [network, bits] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const) {
    list.addSubnet(network, bits, "ipv4");
  }
  for (const [network, bits] of [
    ["::", 128],
    ["::1", 128],
    ["fc00::", 7],
    ["fe80::", 10],
    ["ff00::", 8],
    ["64:ff9b::", 96],
  ] as const) {
    list.addSubnet(network, bits, "ipv6");
  }
  return list;
})();

export class DestinationRefused extends Error {
  readonly code = "DESTINATION_REFUSED";
}

/** Whether an address is on the public internet (an IPv4-mapped IPv6 address is judged as the IPv4 one). */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const plain = mapped ?? address;
  const family = isIP(plain);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(plain, family === 6 ? "ipv6" : "ipv4");
}

const defaultPort = (url: URL) => url.port || (url.protocol === "https:" ? "443" : "80");

/** Whether the deployment allows this private destination by name: `host` or `host:port`. */
export function isAllowedPrivately(url: URL, setting = process.env.ORDERBOARD_PRIVATE_ENDPOINTS ?? ""): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return setting
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => entry === host || entry === `${host}:${defaultPort(url)}`);
}

function refusal(host: string, address: string) {
  return new DestinationRefused(`Refused: ${host} is not a public address (${address})`);
}

/** What can be judged without DNS (credentials, localhost, a literal address): checked when an admin saves, and again before each send. */
export function obviousDestinationProblem(endpoint: string): string | null {
  const url = new URL(endpoint);
  if (url.username || url.password) return "An endpoint must not carry a user name or password";
  if (isAllowedPrivately(url)) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return refusal(host, "loopback").message;
  if (isIP(host) && !isPublicAddress(host)) return refusal(host, host).message;
  return null;
}

/**
 * A DNS lookup for outgoing notifications that fails the connection when any answer is not a
 * public address, so the check and the connection use the very same addresses.
 */
export function publicOnlyLookup(url: URL): LookupFunction | undefined {
  if (isAllowedPrivately(url)) return undefined;
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(refusal(hostname, refused.address), "", 0);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
