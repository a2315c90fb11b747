import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { readSubmission } from '../../http/submission.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failures, failure } from '../../http/failure.ts';
import { failPage } from '../../http/page.ts';
import type { Portal } from '../../portal/types.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Claim } from '../../infra/database/claims-types.ts';

/** The oldest pending claims the list page shows (each decided there or by its owner). */
const PENDING_CLAIMS_SHOWN = 50;
import { applyAdminAction, returnQuery } from './actions.ts';
import { adminGate, redirect } from './gate.ts';
import { parseAdminQuery, storeFilter, type AdminQuery } from './filter.ts';

export interface AdminListData {
  query: AdminQuery;
  rows: Registration[];
  total: number;
  /** Claims on entries waiting for a decision (the owner's or an administrator's). */
  claims: Claim[];
  notice?: MessageKey;
}

export type AdminListRoute =
  { kind: 'response'; response: Response } | ({ kind: 'page' } & AdminListData);

/**
 * The registrations list: GET shows a page of the filter and the pending claims; POST applies
 * an action (stage, hide, show, accept or decline a claim) and returns to the same filter with a 303. Only administrators; a post must be
 * same-origin and a form.
 */
export async function adminListRoute(
  portal: Portal,
  context: RequestContext & {
    url: URL;
    response: { status?: number | undefined; headers: Headers };
  },
  locale: Locale,
): Promise<AdminListRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: MessageKey | undefined;
  if (context.request.method === 'POST') {
    const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = read.failure.message;
    } else {
      const outcome = await applyAdminAction(portal, read.data, context.request, gate);
      if (outcome === 'done') {
        const back = `${routes.admin(locale)}${returnQuery(read.data.kembali)}`;
        return { kind: 'response', response: redirect(back) };
      }
      failPage(context.response, outcome === 'invalid' ? failure('invalid') : failures.notFound);
      notice = outcome === 'invalid' ? 'admin.action.invalid' : 'admin.action.notFound';
    }
  }
  const query = parseAdminQuery(context.url.searchParams);
  const store = await portal.database();
  const [{ rows, total }, claims] = await Promise.all([
    store.list(storeFilter(query)),
    store.pendingClaims(PENDING_CLAIMS_SHOWN),
  ]);
  return { kind: 'page', query, rows, total, claims, ...(notice !== undefined && { notice }) };
}
