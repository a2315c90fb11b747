import type { MessageKey } from '../i18n/t.ts';
import type { Problem, Problems } from '../lib/zod-issues.ts';
import type { FieldMessages } from './failure.ts';

/** The words of a URL parameter's problem: what the edge answers beside `invalid`. */
export function paramMessages(problems: Problems): FieldMessages {
  return Object.fromEntries(
    Object.entries(problems).map(([param, problem]) => [param, paramMessage[problem]]),
  );
}

const paramMessage: Record<Problem, MessageKey> = {
  unknown: 'error.param.unknown',
  invalid: 'error.param.invalid',
  'too-big': 'error.param.tooBig',
  'too-small': 'error.param.tooSmall',
  'page-end': 'error.param.pageEnd',
};
