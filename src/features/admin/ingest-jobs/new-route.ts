import { failPage } from '../../../http/page.ts';
import type { RequestContext } from '../../../http/limits.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { routes } from '../../../i18n/routes.ts';
import type { MessageKey, MessageValues } from '../../../i18n/t.ts';
import type { IngestJob } from '../../../infra/database/ingest-jobs-types.ts';
import { megabytes } from '../components/format.ts';
import { adminGate, redirect } from '../gate.ts';
import { recentJobs, startJob, type IngestPortal } from './jobs.ts';
import type { Portal } from '../../../portal/types.ts';

export interface NewJobData {
  jobs: IngestJob[];
  maxFiles: number;
  maxSize: string;
  /** Why a post made no job. */
  notice?: { message: MessageKey; values?: MessageValues | undefined };
  /** The fields at fault, each with its message. */
  fields: Partial<Record<string, MessageKey>>;
}

export type NewJobRoute =
  { kind: 'response'; response: Response } | ({ kind: 'page' } & NewJobData);

/**
 * `/admin/pemuatan/baru` (administrators only): GET shows the upload form and the recent jobs;
 * POST (a same-origin multipart form) queues a job and answers 303 to its page, or shows the
 * form again with why, under the refusal's status (400, 403, 413, 415).
 */
export async function newJobRoute(
  portal: IngestPortal & Pick<Portal, 'adminToken' | 'limits'>,
  context: RequestContext & { response: { status?: number | undefined; headers: Headers } },
  locale: Locale,
): Promise<NewJobRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: NewJobData['notice'];
  let fields: NewJobData['fields'] = {};
  if (context.request.method === 'POST') {
    const started = await startJob(portal, context.request, gate, locale);
    if (started.ok) {
      return { kind: 'response', response: redirect(routes.adminIngestJob(locale, started.id)) };
    }
    failPage(context.response, started.failure);
    notice = { message: started.message, values: started.values };
    fields = started.fields ?? {};
  }
  return {
    kind: 'page',
    jobs: await recentJobs(portal),
    maxFiles: portal.config.INGEST_UPLOAD_MAX_FILES,
    maxSize: megabytes(portal.config.INGEST_UPLOAD_MAX_BYTES, locale),
    fields,
    ...(notice && { notice }),
  };
}
