import { z } from 'zod';
import { failure, type HttpFailure } from '../../../http/failure.ts';
import type { RequestContext } from '../../../http/limits.ts';
import { failPage } from '../../../http/page.ts';
import { readSubmission } from '../../../http/submission.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { routes } from '../../../i18n/routes.ts';
import type { MessageKey } from '../../../i18n/t.ts';
import type { HarvestSource } from '../../../infra/database/harvest-types.ts';
import { harvestScheduleSchema } from '../../../lib/ingest-job/schema.ts';
import type { Portal } from '../../../portal/types.ts';
import { audit } from '../../accounts/audit.ts';
import type { Viewer } from '../../accounts/session.ts';
import { adminGate, redirect } from '../gate.ts';
import type { IngestPortal } from './jobs.ts';

/** What the page's forms post: save a source (`tambah`), or remove one (`hapus`). */
const harvestFormSchema = z.discriminatedUnion('aksi', [
  z.object({
    aksi: z.literal('tambah'),
    url: z
      .string()
      .trim()
      .max(2000)
      .pipe(z.url({ protocol: /^https?$/ })),
    jadwal: harvestScheduleSchema,
  }),
  z.object({ aksi: z.literal('hapus'), id: z.coerce.number().int().min(1) }),
]);

export type HarvestsRoute =
  | { kind: 'response'; response: Response }
  | { kind: 'page'; sources: HarvestSource[]; notice?: MessageKey };

/**
 * `/admin/pemuatan/panen` (administrators only): the InoLAN sources harvested on a schedule,
 * each with its next harvest and how the last one went (a failing source with its last error).
 * POST (a same-origin form) saves or removes a source, in the audit log, and answers 303 back;
 * a bad address or one saved already is refused (400) on the page.
 */
export async function harvestsRoute(
  portal: IngestPortal & Pick<Portal, 'adminToken' | 'limits'>,
  context: RequestContext & { response: { status?: number | undefined; headers: Headers } },
  locale: Locale,
): Promise<HarvestsRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: MessageKey | undefined;
  if (context.request.method === 'POST') {
    const refused = await change(portal, context.request, gate);
    if (refused === undefined) {
      return { kind: 'response', response: redirect(routes.adminHarvests(locale)) };
    }
    failPage(context.response, refused.failure);
    notice = refused.message;
  }
  const store = await portal.database();
  return { kind: 'page', sources: await store.harvestSources(), ...(notice && { notice }) };
}

// --- internal ---

async function change(
  portal: IngestPortal,
  request: Request,
  viewer: Viewer,
): Promise<{ failure: HttpFailure; message: MessageKey } | undefined> {
  const siteUrl = portal.config.SITE_URL;
  const read = await readSubmission(request, { ...(siteUrl && { siteUrl }) });
  if (!read.ok) return { failure: read.failure, message: read.failure.message };
  const parsed = harvestFormSchema.safeParse(read.data);
  if (!parsed.success) return { failure: failure('invalid'), message: 'ingest.error.url' };
  const store = await portal.database();
  const asked = parsed.data;
  if (asked.aksi === 'hapus') {
    const before = await store.harvestSource(asked.id);
    if (before !== undefined && (await store.removeHarvestSource(asked.id))) {
      await audit(store, viewer, {
        action: 'harvest.remove',
        subject: `harvest ${String(asked.id)}`,
        before: { url: before.url, schedule: before.schedule },
      });
    }
    return undefined;
  }
  const saved = await store.addHarvestSource({
    url: asked.url,
    schedule: asked.jadwal,
    createdBy: viewer.actor,
    now: new Date().toISOString(),
  });
  if (saved === undefined)
    return { failure: failure('invalid'), message: 'ingest.harvest.duplicate' };
  await audit(store, viewer, {
    action: 'harvest.add',
    subject: `harvest ${String(saved.id)}`,
    after: { url: saved.url, schedule: saved.schedule },
  });
  return undefined;
}
