import type { PageResponse } from '../../http/page.ts';
import { answerPrivately, privatePageHeaders } from '../interest/page-headers.ts';
import type { AccountRoute } from './sign-in-route.ts';

/**
 * An account page's answer: the 303 with the session cookie to return after signing in, or
 * nothing after setting the status and private headers of the page it renders (its address may
 * hold a sign-in token: never cached, indexed, or sent as a referrer).
 */
export function respondAccount(route: AccountRoute, response: PageResponse): Response | undefined {
  if (route.kind === 'signed-in') {
    const headers = new Headers(privatePageHeaders);
    headers.set('Location', route.location);
    headers.append('Set-Cookie', route.cookie);
    return new Response(null, { status: 303, headers });
  }
  answerPrivately(response, route.answer);
  return undefined;
}
