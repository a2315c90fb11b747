import { describe, expect, it } from 'vitest';
import { clientKey, safeClientAddress } from '../../../src/http/client.ts';

const request = (headers: Record<string, string> = {}) =>
  new Request('http://portal.test/api/instansi', { headers });

describe('clientKey', () => {
  it("is the socket's address, X-Forwarded-For ignored unless the proxy is trusted", () => {
    const forwarded = request({ 'X-Forwarded-For': '203.0.113.9' });
    expect(clientKey(forwarded, '198.51.100.7', false)).toBe('198.51.100.7');
  });

  it("behind a trusted proxy is the last hop (the one the proxy added), not the client's", () => {
    const forwarded = request({ 'X-Forwarded-For': '10.9.9.9, 1.1.1.1 , 203.0.113.9' });
    expect(clientKey(forwarded, '127.0.0.1', true)).toBe('203.0.113.9');
    expect(clientKey(request(), '127.0.0.1', true)).toBe('127.0.0.1');
  });

  it('counts an IPv4-mapped address as IPv4 and an IPv6 address by its /64', () => {
    expect(clientKey(request(), '::ffff:192.0.2.1', false)).toBe('192.0.2.1');
    const a = clientKey(request(), '2001:db8:1:2::1', false);
    const b = clientKey(request(), '2001:0db8:0001:0002:ffff:eeee:dddd:cccc', false);
    expect(a).toBe(b);
    expect(clientKey(request(), '2001:db8:1:3::1', false)).not.toBe(a);
    expect(clientKey(request(), '::1', false)).toBe('0:0:0:0::/64');
  });
});

describe('safeClientAddress', () => {
  it('falls back to one shared key when Astro cannot tell the address', () => {
    const context = {
      get clientAddress(): string {
        throw new Error('no address');
      },
    };
    expect(safeClientAddress(context)).toBe('unknown');
    expect(safeClientAddress({ clientAddress: '192.0.2.1' })).toBe('192.0.2.1');
  });
});
