import type { z } from 'zod';

export type Issue = z.core.$ZodIssue;

/**
 * What is wrong with one field or URL parameter, as a kind the HTTP edge words in the
 * visitor's language (`src/http/field-messages.ts`): the schemas' own English messages are for
 * logs and command lines.
 */
export type Problem = 'unknown' | 'invalid' | 'too-big' | 'too-small' | 'page-end';

/** Field (or parameter) name → its first problem. */
export type Problems = Record<string, Problem>;

/**
 * `path: message; …`: a schema's verdict on one line, for a log or a command line; `whole`
 * names an issue of the whole value.
 */
export function describeIssues(issues: readonly Issue[], whole = ''): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`)
    .join('; ');
}

/**
 * The first problem of each field, the field named by `fieldOf` (undefined: not a field anyone
 * can correct, left out). The one place an issue becomes a field's problem.
 */
export function problemsByField(
  issues: readonly Issue[],
  fieldOf: (path: readonly PropertyKey[]) => string | undefined,
): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field !== undefined) problems[field] ??= problemOf(issue);
  }
  return problems;
}

// --- internal ---

function problemOf(issue: Issue): Problem {
  if (issue.code === 'too_big') return 'too-big';
  if (issue.code === 'too_small') return 'too-small';
  if (issue.code === 'unrecognized_keys') return 'unknown';
  return 'invalid';
}
