import { locales } from './locales.ts';
import { endpointPatterns, pagePatterns, type EndpointKey, type PageKey } from './routes.ts';
import { patternMatcher } from './route-pattern.ts';

/** Every route of the table with its matcher, endpoints first. */
const routeMatchers = [
  ...(Object.keys(endpointPatterns) as EndpointKey[]).map(
    (key) => [key, patternMatcher(endpointPatterns[key])] as const,
  ),
  ...(Object.keys(pagePatterns) as PageKey[]).flatMap((key) =>
    locales.map((locale) => [key, patternMatcher(pagePatterns[key][locale])] as const),
  ),
];

/**
 * The name in the route table of the page or endpoint `pathname` is (`innovation`, `activity`,
 * in either language), or undefined: what the request log and the metrics label a request with,
 * so that no id or token in a path reaches them.
 */
export function routeNameOf(pathname: string): PageKey | EndpointKey | undefined {
  return routeMatchers.find(([, matches]) => matches(pathname) !== undefined)?.[0];
}
