import { describe, expect, it } from 'vitest';
import { isCrossSite } from '../../../src/http/origin.ts';

const request = (headers: Record<string, string>) =>
  new Request('http://127.0.0.1:4321/api/minat/x', { method: 'POST', headers });

describe('isCrossSite', () => {
  it('lets through a request without Origin or Sec-Fetch-Site (curl, a script)', () => {
    expect(isCrossSite(request({}))).toBe(false);
  });

  it("lets through the request's own origin", () => {
    expect(isCrossSite(request({ Origin: 'http://127.0.0.1:4321' }))).toBe(false);
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
  });

  it('refuses another origin, an opaque one and another port or scheme', () => {
    expect(isCrossSite(request({ Origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(request({ Origin: 'null' }))).toBe(true);
    expect(isCrossSite(request({ Origin: 'http://127.0.0.1:4322' }))).toBe(true);
    expect(isCrossSite(request({ Origin: 'https://127.0.0.1:4321' }))).toBe(true);
  });

  it('refuses Sec-Fetch-Site: cross-site even with a matching Origin', () => {
    const headers = { Origin: 'http://127.0.0.1:4321', 'Sec-Fetch-Site': 'cross-site' };
    expect(isCrossSite(request(headers))).toBe(true);
  });

  it("trusts the browser's Sec-Fetch-Site: same-origin, even with Origin: null", () => {
    const headers = { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' };
    expect(isCrossSite(request(headers))).toBe(false);
  });

  it('holds a same-site (sibling subdomain) post to its Origin', () => {
    const sibling = { Origin: 'http://other.127.0.0.1:4321', 'Sec-Fetch-Site': 'same-site' };
    expect(isCrossSite(request(sibling))).toBe(true);
    const own = { Origin: 'http://127.0.0.1:4321', 'Sec-Fetch-Site': 'same-site' };
    expect(isCrossSite(request(own))).toBe(false);
  });

  it('accepts the public origin (SITE_URL) behind a proxy, and still refuses others', () => {
    const site = 'https://inovasi.example.go.id/';
    expect(isCrossSite(request({ Origin: 'https://inovasi.example.go.id' }), site)).toBe(false);
    expect(isCrossSite(request({ Origin: 'https://evil.example' }), site)).toBe(true);
  });
});
