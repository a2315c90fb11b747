import { admin } from './id/admin.ts';
import { curation } from './id/curation.ts';
import { ingestJobs } from './id/ingest-jobs.ts';
import { ingestReasons } from './id/ingest-reasons.ts';
import { freshness } from './id/freshness.ts';
import { browse } from './id/browse.ts';
import { common } from './id/common.ts';
import { home } from './id/home.ts';
import { innovation } from './id/innovation.ts';
import { interest } from './id/interest.ts';
import { mail } from './id/mail.ts';
import { accounts } from './id/accounts.ts';
import { agency } from './id/agency.ts';
import { errors } from './id/errors.ts';
import { interestErrors } from './id/interest-errors.ts';
import { opendata } from './id/opendata.ts';
import { search } from './id/search.ts';
import { trends } from './id/trends.ts';
import { replication } from './id/replication.ts';

/**
 * Indonesian, the default language. Its shape is the shape of every language's messages
 * (`Messages`): another language must give exactly these keys. Each area of the site keeps its
 * messages in its own file under `id/` and `en/`; a message may hold `{name}` placeholders,
 * filled by `format`.
 */
export const id = {
  ...common,
  ...home,
  ...search,
  ...innovation,
  ...browse,
  ...interest,
  ...interestErrors,
  ...errors,
  ...admin,
  ...trends,
  ...opendata,
  ...mail,
  ...accounts,
  ...agency,
  ...curation,
  ...replication,
  ...ingestJobs,
  ...ingestReasons,
  ...freshness,
} as const;

export type MessageKey = keyof typeof id;

export type Messages = Record<MessageKey, string>;
