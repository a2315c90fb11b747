/**
 * Route patterns (`/api/minat/[token]`) filled in and matched: the table's own grammar, with
 * no route of its own.
 */

/** A route pattern with its parameters filled in (each value escaped). */
export function fillPattern(route: string, values: Readonly<Record<string, string>>): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/**
 * The parameters of `pathname` under `route` (`/api/minat/[token]`), or undefined when it does
 * not match. A parameter is one segment; one holding an escape or nothing does not match (the
 * caller leaves such a path to the site, which answers it as Astro would).
 */
export function matchPattern(route: string, pathname: string): Record<string, string> | undefined {
  return patternMatcher(route)(pathname);
}

/** `matchPattern` for one route, its expression built once (a matcher kept for every request). */
export function patternMatcher(
  route: string,
): (pathname: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const source = route
    .split(/(\[\w+\])/)
    .map((part) => {
      const name = /^\[(\w+)\]$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|\\]/g, '\\$&');
      names.push(name);
      return '([A-Za-z0-9_-]{1,200})';
    })
    .join('');
  const expression = new RegExp(`^${source}$`);
  return (pathname) => {
    const found = expression.exec(pathname);
    if (found === null) return undefined;
    return Object.fromEntries(names.map((name, index) => [name, found[index + 1] ?? '']));
  };
}
