import type { freshness as id } from '../id/freshness.ts';

/** Messages of the freshness dashboard (administrators). */
export const freshness: Record<keyof typeof id, string> = {
  'admin.nav.freshness': 'Freshness',
  'freshness.title': 'Freshness: verified innovations',
  'freshness.definition':
    'Verified means the innovation has a dated status statement (from a programme or from its agency) within that time. An innovation without a dated statement counts as never verified. The definition is the search’s “Verified” filter, so every figure can be opened there.',
  'freshness.asOf': 'Counted from the index on {date}.',
  'freshness.total': 'Innovations',
  'freshness.within12': 'Verified ≤ 12 months',
  'freshness.within24': 'Verified ≤ 24 months',
  'freshness.never': 'Never verified',
  'freshness.figure': '{count} ({share})',
  'freshness.by.programmes': 'By programme',
  'freshness.by.cluster': 'By agency cluster',
  'freshness.by.province': 'By province',
  'freshness.by.years': 'By award year',
  'freshness.by.note':
    'An innovation listed by several programmes or in several years counts in each of its rows; innovations whose province was not recognised are not in the province table.',
  'freshness.agencies.title': 'Agencies with the most innovations not verified',
  'freshness.agencies.text':
    'Innovations not verified within 12 months (never verified included), per agency, most first. A reminder goes to each of the agency’s people with an account, through the mail outbox, at most once a month.',
  'freshness.agencies.none': 'No innovation has gone 12 months without being verified.',
  'freshness.agencies.agency': 'Agency',
  'freshness.agencies.stale': 'Not verified in 12 months',
  'freshness.agencies.reminder': 'Reminder',
  'freshness.agencies.remind': 'Remind',
  'freshness.agencies.remindLabel': 'Remind {agency}',
  'freshness.agencies.people': '{count} people with an account.',
  'freshness.agencies.noAccount': 'No account yet; invite its people on the Accounts page.',
  'freshness.agencies.last': 'Last reminded {date}.',
  'freshness.agencies.wait': 'Reminded {date}; can be reminded again from {next}.',
  'freshness.remind.sent': 'The reminder to {agency} is in the mail outbox.',
  'freshness.remind.recent':
    '{agency} was reminded {date}; the next reminder can be sent from {next}. Nothing was sent.',
  'freshness.remind.noAccount':
    '{agency} has no account yet, so there is nobody to remind. Invite its people on the Accounts page.',
  'freshness.remind.nothing':
    '{agency} has no innovation 12 months without being verified. Nothing was sent.',
  'freshness.remind.invalid': 'The agency to remind is not known.',
  'freshness.unavailable':
    'The search engine cannot be reached, so the freshness figures cannot be counted now. Try again in a moment.',
};
