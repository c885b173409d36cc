import { randomBytes } from "node:crypto";
import type http from "node:http";
import { BlockList, isIP } from "node:net";
import type { RequestHead } from "./api-request";

/**
 * Which peer sent a request is known only to the socket, and Next does not pass the socket on: it
 * keeps any X-Forwarded-For a client sends. So each request is stamped as it arrives, before Next
 * sees it (the front door does it), with the address worked out from the socket and the proxies the
 * deployment trusts.
 */
const STAMP_HEADER = "x-orderboard-client";
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
/** Requests that came in before the stamp was installed (the first moments of boot) share one address. */
const UNSTAMPED = "unverified";

/** `ORDERBOARD_TRUSTED_PROXIES`: addresses or CIDR ranges of the proxies in front, comma-separated. */
export function trustedProxies(setting = process.env.ORDERBOARD_TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const entry of setting.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) throw new Error(`ORDERBOARD_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  const family = isIP(plain) === 6 ? "ipv6" : "ipv4";
  return isIP(plain) !== 0 && trusted.check(plain, family);
}

/**
 * The client behind a connection: the socket's peer, unless that peer is a trusted proxy, in which
 * case X-Forwarded-For is read from the right, skipping trusted proxies, to the first one that is not.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trusted: BlockList, peerTrusted = isTrusted(trusted, peer)): string {
  if (!peerTrusted || !forwardedFor) return peer;
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!isTrusted(trusted, hops[index]!)) return hops[index]!;
  }
  return hops[0] ?? peer;
}

// A per-process secret marks the stamp as ours, so a client cannot send one of its own.
const shared = globalThis as unknown as { orderboardStamp?: { secret: string } };
const stampSecret = () => (shared.orderboardStamp ??= { secret: randomBytes(18).toString("base64url") }).secret;

/** Stamps a request as it arrives with its client's address; forwarded headers survive only from trusted proxies. */
export function stampClientAddress(request: http.IncomingMessage, trusted: BlockList) {
  const peer = request.socket.remoteAddress ?? UNSTAMPED;
  const peerTrusted = isTrusted(trusted, peer);
  const forwarded = request.headers["x-forwarded-for"];
  const address = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted, peerTrusted);
  if (!peerTrusted) for (const header of FORWARDED_HEADERS) delete request.headers[header];
  request.headers[STAMP_HEADER] = `${stampSecret()} ${address}`;
}

/** The client's address as stamped on arrival; anything else (a forged or missing stamp) counts as one unverified address. */
export function clientAddressOf(request: RequestHead): string {
  const [secret, address] = (request.headers.get(STAMP_HEADER) ?? "").split(" ");
  return shared.orderboardStamp && secret === shared.orderboardStamp.secret && address ? address : UNSTAMPED;
}
