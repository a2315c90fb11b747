import { z } from 'zod';
import {
  mailStatuses,
  type MailStatus,
  type OutboxMail,
} from '../../infra/database/outbox-types.ts';
import type { Portal } from '../../portal/types.ts';

/** Messages per page of the outbox list. */
export const OUTBOX_PAGE_SIZE = 50;

/** `?status=failed&halaman=2`: a bad value is dropped (the list shows more, never an error). */
const querySchema = z.object({
  status: z.enum(mailStatuses).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type OutboxQuery = z.output<typeof querySchema>;

export interface OutboxView {
  query: OutboxQuery;
  rows: OutboxMail[];
  total: number;
  counts: Record<MailStatus, number>;
  /** Whether a sender delivers the outbox (SMTP_URL set). */
  delivering: boolean;
}

export function parseOutboxQuery(params: URLSearchParams): OutboxQuery {
  return querySchema.parse({
    status: params.get('status') ?? undefined,
    halaman: params.get('halaman') ?? undefined,
  });
}

/** The page of the outbox an administrator asked for, with the counts of every status. */
export async function outboxView(
  portal: Pick<Portal, 'database' | 'mail'>,
  params: URLSearchParams,
): Promise<OutboxView> {
  const query = parseOutboxQuery(params);
  const store = await portal.database();
  const [{ rows, total }, counts] = await Promise.all([
    store.listMail({
      status: query.status,
      limit: OUTBOX_PAGE_SIZE,
      offset: (query.halaman - 1) * OUTBOX_PAGE_SIZE,
    }),
    store.mailCounts(),
  ]);
  return { query, rows, total, counts, delivering: portal.mail.delivering };
}

/** The list's address for a status and page (`?status=…&halaman=…`, or '' for all, page 1). */
export function outboxSearch(status: MailStatus | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (status !== undefined) params.set('status', status);
  if (page > 1) params.set('halaman', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
