import { isIP } from 'node:net';

/**
 * Who a request comes from, for the rate limit: the socket's address (Astro's
 * `clientAddress`), or behind a trusted reverse proxy the last `X-Forwarded-For` hop (the one
 * the proxy added; earlier hops are whatever the client wrote). An IPv6 address counts by its
 * /64, which one subscriber usually holds whole.
 */
export function clientKey(request: Request, clientAddress: string, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastForwardedHop(request.headers.get('x-forwarded-for')) : '';
  return addressKey(forwarded === '' ? clientAddress : forwarded);
}

/** Astro's `clientAddress` throws where it cannot know it; the limit then shares one key. */
export function safeClientAddress(context: { readonly clientAddress: string }): string {
  try {
    return context.clientAddress;
  } catch {
    return 'unknown';
  }
}

// --- internal ---

function lastForwardedHop(header: string | null): string {
  const hops = (header ?? '').split(',').map((hop) => hop.trim());
  return hops.at(-1) ?? '';
}

function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded (a zone index `%eth0` dropped). */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = (address.split('%')[0] ?? '').split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
