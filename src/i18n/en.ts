import { admin } from './en/admin.ts';
import { curation } from './en/curation.ts';
import { ingestJobs } from './en/ingest-jobs.ts';
import { ingestReasons } from './en/ingest-reasons.ts';
import { freshness } from './en/freshness.ts';
import { browse } from './en/browse.ts';
import { common } from './en/common.ts';
import { home } from './en/home.ts';
import { innovation } from './en/innovation.ts';
import { interest } from './en/interest.ts';
import { mail } from './en/mail.ts';
import { accounts } from './en/accounts.ts';
import { agency } from './en/agency.ts';
import { errors } from './en/errors.ts';
import { interestErrors } from './en/interest-errors.ts';
import { opendata } from './en/opendata.ts';
import { search } from './en/search.ts';
import { trends } from './en/trends.ts';
import { replication } from './en/replication.ts';
import type { Messages } from './id.ts';

export const en: Messages = {
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
};
