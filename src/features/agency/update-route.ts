import { failure, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { AgencyUpdate } from '../../infra/database/agency-updates-types.ts';
import type { Portal } from '../../portal/types.ts';
import { seeOther } from './area-post.ts';
import { agencyGate, ownInnovation, type OwnInnovation } from './own-innovation.ts';
import { submitUpdate } from './service.ts';
import { parseUpdateForm, type UpdateDraft, type UpdateField } from './update-form.ts';

export interface UpdatePageData {
  innovation: OwnInnovation;
  /** Its updates, newest first (pending, published, rejected, superseded). */
  updates: AgencyUpdate[];
  errors: UpdateField[];
  draft: UpdateDraft;
  notice?: { message: MessageKey; ok: boolean };
}

export type UpdatePageRoute =
  | { kind: 'response'; response: Response }
  | { kind: 'failed'; failure: HttpFailure }
  | ({ kind: 'page'; failure?: HttpFailure } & UpdatePageData);

/**
 * The pemutakhiran page of one of the agency's innovations: GET shows the form, what is live
 * and what awaits review; POST (same-origin form, within the write allowance) checks the form
 * and stores the update for review, then returns with a 303. Another agency's innovation is
 * answered 404, as one that does not exist; nobody signed in is sent to sign in.
 */
export async function updatePageRoute(
  portal: Portal,
  context: RequestContext & { url: URL },
  locale: Locale,
  id: string,
): Promise<UpdatePageRoute> {
  const posted = context.request.method === 'POST';
  const read = posted ? await acceptSubmission(context, portal) : undefined;
  if (read?.ok === false) return { kind: 'failed', failure: read.failure };
  const gate = await agencyGate(portal, context.request);
  if (gate.kind === 'signed-out')
    return { kind: 'response', response: seeOther(routes.signIn(locale)) };
  if (gate.kind === 'not-agency') return { kind: 'failed', failure: failures.forbidden };
  const innovation = await ownInnovation(portal, gate.viewer.account.agencyKey, id);
  if (innovation === undefined) return { kind: 'failed', failure: failures.notFound };
  const store = await portal.database();
  const page = { kind: 'page' as const, innovation, errors: [], draft: {} };
  if (read?.ok === true) {
    const parsed = parseUpdateForm(read.data, gate.viewer.account.email);
    if (!parsed.ok) {
      return {
        ...page,
        failure: failure('invalid'),
        errors: parsed.fields,
        draft: parsed.draft,
        updates: await store.updatesOf(id),
        notice: { message: 'agency.update.invalid', ok: false },
      };
    }
    await submitUpdate(portal, gate.viewer, id, parsed.content, locale);
    return {
      kind: 'response',
      response: seeOther(`${routes.agencyInnovation(locale, id)}?terkirim=ya`),
    };
  }
  const sent = context.url.searchParams.get('terkirim') === 'ya';
  return {
    ...page,
    updates: await store.updatesOf(id),
    ...(sent && { notice: { message: 'agency.update.sent', ok: true } }),
  };
}
