import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs; never a browser downloaded by a test tool. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium. The network flags keep it from calling Google's services, which this
 * machine's closed network refuses (slowly) at every start.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
