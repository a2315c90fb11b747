import { z } from 'zod';
import { interestStageSchema } from '../../../lib/interest/schema.ts';
import { moveOwnEntry, privateEntry } from '../service.ts';
import { fieldMessage } from '../parse-registration.ts';
import type { Registration } from '../../../infra/database/types.ts';
import { failures, invalidFields } from '../../../http/failure.ts';
import { acceptSubmission } from '../../../http/guard.ts';
import { failureResponse, jsonResponse } from '../../../http/json.ts';
import { rateLimit } from '../../../http/limits.ts';
import { apiRoute } from '../../../http/route.ts';

/**
 * `/api/minat/<token>`: a registrant's own entry, contact data included (the link is its
 * owner's alone). GET reads it; POST `{ stage }` (form or JSON) moves it, `batal` withdraws.
 * Neither is cached, indexed, or sent on as a referrer.
 */
export const ownEntryRoute = apiRoute('private interest entry', {
  async GET(context, locale) {
    const limited = rateLimit(context, 'read');
    if (limited !== undefined) return failureResponse(limited, locale, privateHeaders);
    const entry = await privateEntry(context.params.token ?? '');
    if (entry === undefined) return failureResponse(failures.unknownEntry, locale, privateHeaders);
    return jsonResponse(200, ownEntryView(entry), privateHeaders);
  },

  async POST(context, locale) {
    const submission = await acceptSubmission(context);
    if (!submission.ok) return failureResponse(submission.failure, locale, privateHeaders);
    const parsed = stageChange.safeParse(submission.data);
    if (!parsed.success) {
      const failure = invalidFields({ stage: fieldMessage('stage') });
      return failureResponse(failure, locale, privateHeaders);
    }
    const moved = await moveOwnEntry(context.params.token ?? '', parsed.data.stage);
    if (moved === undefined) return failureResponse(failures.unknownEntry, locale, privateHeaders);
    return jsonResponse(200, ownEntryView(moved), privateHeaders);
  },
});

/** What the owner sees of its entry: what it sent and where it stands, no internal fields. */
export function ownEntryView(entry: Registration) {
  return {
    innovationId: entry.innovationId,
    agency: entry.agency,
    cluster: entry.cluster,
    provinceCode: entry.provinceCode,
    regencyCode: entry.regencyCode,
    contactName: entry.contactName,
    email: entry.email,
    phone: entry.phone,
    note: entry.note,
    consent: entry.consent,
    stage: entry.stage,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    stageChangedAt: entry.stageChangedAt,
  };
}

// --- internal ---

const stageChange = z.object({ stage: interestStageSchema });

const privateHeaders = { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' };
