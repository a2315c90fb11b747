import { z } from 'zod';
import { failure, failures } from '../../http/failure.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failPage } from '../../http/page.ts';
import { readSubmission } from '../../http/submission.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { AgencyUpdate } from '../../infra/database/agency-updates-types.ts';
import type { Portal } from '../../portal/types.ts';
import { adminGate, redirect } from '../admin/gate.ts';
import { innovationTitle } from '../interest/innovation-title.ts';
import { decideUpdate } from './service.ts';

/** Updates the queue shows at once, oldest first. */
export const QUEUE_PAGE = 50;

export interface QueueItem {
  update: AgencyUpdate;
  title: string;
  /** The version live now, which stays until this one is approved. */
  live: AgencyUpdate | undefined;
}

export interface ReviewsData {
  items: QueueItem[];
  total: number;
  notice?: { message: MessageKey; ok: boolean };
  /** The update whose rejection lacked a reason. */
  reasonMissing?: number;
}

export type ReviewsRoute =
  { kind: 'response'; response: Response } | ({ kind: 'page' } & ReviewsData);

const decisionSchema = z.discriminatedUnion('aksi', [
  z.object({
    aksi: z.literal('setujui'),
    id: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  }),
  z.object({
    aksi: z.literal('tolak'),
    id: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
    alasan: z.string().trim().min(1).max(1000),
  }),
]);

/**
 * The review queue of agencies' updates (administrators only): GET lists what awaits review
 * beside what is live; POST (same-origin form) approves one, or rejects it with a reason, and
 * returns to the queue with a 303.
 */
export async function reviewsRoute(
  portal: Portal,
  context: RequestContext & {
    url: URL;
    response: { status?: number | undefined; headers: Headers };
  },
  locale: Locale,
): Promise<ReviewsRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: ReviewsData['notice'];
  let reasonMissing: number | undefined;
  if (context.request.method === 'POST') {
    const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
    const parsed = read.ok ? decisionSchema.safeParse(read.data) : undefined;
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = { message: read.failure.message, ok: false };
    } else if (parsed?.success !== true) {
      failPage(context.response, failure('invalid'));
      notice = { message: 'agency.review.invalid', ok: false };
      const id = Number(read.data.id);
      if (read.data.aksi === 'tolak' && Number.isInteger(id)) reasonMissing = id;
    } else {
      const { data } = parsed;
      const decision =
        data.aksi === 'setujui'
          ? ({ kind: 'approve' } as const)
          : ({ kind: 'reject', reason: data.alasan } as const);
      const done = await decideUpdate(portal, gate, data.id, decision, context.request);
      if (done !== undefined) {
        const outcome = done.state === 'published' ? 'disetujui' : 'ditolak';
        return {
          kind: 'response',
          response: redirect(`${routes.adminReviews(locale)}?${outcome}=${String(done.id)}`),
        };
      }
      failPage(context.response, failures.notFound);
      notice = { message: 'agency.review.notPending', ok: false };
    }
  }
  notice ??= doneNotice(context.url.searchParams);
  return {
    kind: 'page',
    ...(await queue(portal)),
    ...(notice && { notice }),
    ...(reasonMissing !== undefined && { reasonMissing }),
  };
}

// --- internal ---

function doneNotice(params: URLSearchParams): ReviewsData['notice'] {
  if (params.has('disetujui')) return { message: 'agency.review.approved', ok: true };
  if (params.has('ditolak')) return { message: 'agency.review.rejected', ok: true };
  return undefined;
}

async function queue(portal: Portal): Promise<Pick<ReviewsData, 'items' | 'total'>> {
  const store = await portal.database();
  const { rows, total } = await store.pendingUpdates(QUEUE_PAGE, 0);
  const live = await store.approvedUpdates([...new Set(rows.map((row) => row.innovationId))]);
  const items = await Promise.all(
    rows.map(async (update) => ({
      update,
      title: await innovationTitle(portal, update.innovationId),
      live: live.get(update.innovationId)?.live,
    })),
  );
  return { items, total };
}
