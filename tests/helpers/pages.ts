import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** The address of `path` on the portal the end-to-end setup serves. */
export function portalUrl(path: string): string {
  return `${inject('portalUrl')}${path}`;
}

/** A `<script` tag in HTML, other than JSON-LD (data, not script). */
export const scriptTag = /<script(?![^>]*application\/ld\+json)/i;

/** Whether the page is wider than its viewport, so that a reader has to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
