import { notFoundPage, failPage } from '../../../http/page.ts';
import type { RequestContext } from '../../../http/limits.ts';
import { readSubmission } from '../../../http/submission.ts';
import { failure } from '../../../http/failure.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { routes } from '../../../i18n/routes.ts';
import type { MessageKey } from '../../../i18n/t.ts';
import type { Portal } from '../../../portal/types.ts';
import { adminGate, redirect } from '../gate.ts';
import { cancelJob, jobView, type IngestPortal, type JobView } from './jobs.ts';
import { jobIdOf, progressView, type ProgressView } from './progress-view.ts';

export type JobRoute =
  | { kind: 'response'; response: Response }
  | { kind: 'page'; view: JobView; progress: ProgressView; notice?: MessageKey };

/**
 * `/admin/pemuatan/tugas/<id>` (administrators only): GET shows the job, its progress while it
 * runs (kept live by its event stream, or by reloading), then its run's report. POST
 * `aksi=batal` (a same-origin form) cancels it and answers 303 back to the page.
 */
export async function jobRoute(
  portal: IngestPortal & Pick<Portal, 'adminToken' | 'limits'>,
  context: RequestContext & { response: { status?: number | undefined; headers: Headers } },
  locale: Locale,
  param: string | undefined,
): Promise<JobRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  const id = jobIdOf(param);
  if (id === undefined) return { kind: 'response', response: notFoundPage() };
  let notice: MessageKey | undefined;
  if (context.request.method === 'POST') {
    const siteUrl = portal.config.SITE_URL;
    const read = await readSubmission(context.request, {
      limit: 1024,
      ...(siteUrl && { siteUrl }),
    });
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = read.failure.message;
    } else if (read.data.aksi !== 'batal') {
      failPage(context.response, failure('invalid'));
      notice = 'error.invalid';
    } else if ((await cancelJob(portal, id, gate, locale)) !== 'not-found') {
      return { kind: 'response', response: redirect(routes.adminIngestJob(locale, id)) };
    }
  }
  const view = await jobView(portal, id);
  if (view === undefined) return { kind: 'response', response: notFoundPage() };
  return {
    kind: 'page',
    view,
    progress: progressView(view.job, locale),
    ...(notice && { notice }),
  };
}
