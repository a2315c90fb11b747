import { setTimeout as sleep } from 'node:timers/promises';
import { defineEndpoint, refused } from '../../../http/endpoint.ts';
import { eventStream, type ServerSentEvent } from '../../../http/events.ts';
import { failures } from '../../../http/failure.ts';
import { localeOfPath } from '../../../i18n/paths.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Portal } from '../../../portal/types.ts';
import { adminOf } from '../auth.ts';
import { jobIdOf, progressView } from './progress-view.ts';

/** How often the stream reads the job from the store (its run writes twice a second). */
const POLL_MS = 500;
/** A comment this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
/** A stream ends after this; the browser's EventSource opens the next one by itself. */
const STREAM_MS = 5 * 60_000;
/** What EventSource waits before it reconnects. */
const RETRY_MS = 2_000;

/**
 * `GET /admin/pemuatan/tugas/<id>/progres`: a job's progress as server-sent events, for an
 * administrator only (401 otherwise, never cached). A `progress` event (the job page's view,
 * in the path's language) whenever it changes, `end` once the job has ended. The job is read
 * from the store, so any site process serves it, whichever one runs the job.
 */
export const jobEventsEndpoint = defineEndpoint<Portal>({
  name: 'admin ingest job events',
  // Not `adminHeaders`: their Cache-Control would drop the events' no-transform.
  headers: { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'same-origin' },
  thrown: 'unavailable',
  async GET({ portal, request, clientAddress, params, url }) {
    const check = await adminOf(portal, { request, clientAddress });
    if (!check.ok) return refused(check.failure ?? failures.unauthorized);
    const id = jobIdOf(params.id);
    const store = await portal.database();
    if (id === undefined || (await store.ingestJob(id)) === undefined) {
      return refused(failures.notFound);
    }
    const events = jobEvents(portal, id, localeOfPath(url.pathname), request.signal);
    return { kind: 'events', body: eventStream(events, RETRY_MS) };
  },
});

// --- internal ---

async function* jobEvents(
  portal: Pick<Portal, 'database' | 'stopping'>,
  id: number,
  locale: Locale,
  signal: AbortSignal,
): AsyncGenerator<ServerSentEvent> {
  const store = await portal.database();
  const until = Date.now() + STREAM_MS;
  let sent = '';
  let quietSince = Date.now();
  while (!signal.aborted && !portal.stopping() && Date.now() < until) {
    const job = await store.ingestJob(id);
    if (job === undefined) return;
    const view = progressView(job, locale);
    const data = JSON.stringify(view);
    if (data !== sent) {
      sent = data;
      quietSince = Date.now();
      yield { event: 'progress', data };
    } else if (Date.now() - quietSince > KEEP_ALIVE_MS) {
      quietSince = Date.now();
      yield { comment: 'still running' };
    }
    if (view.ended) {
      yield { event: 'end', data: view.status };
      return;
    }
    await sleep(POLL_MS, undefined, { signal }).catch(() => undefined);
  }
}
