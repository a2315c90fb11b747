import type { Locator, Page } from 'playwright-core';

/**
 * Clicks a form's submit button and waits for the page that follows (after a 303, the page it
 * leads to, so the next read is of the new document): the status of the answer to the post.
 */
export async function submit(page: Page, button: Locator): Promise<number> {
  const posted = page.waitForResponse((answer) => answer.request().method() === 'POST');
  const loaded = page.waitForEvent('load');
  await button.click();
  const [response] = await Promise.all([posted, loaded]);
  return response.status();
}
