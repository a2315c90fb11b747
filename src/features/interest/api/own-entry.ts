import { z } from 'zod';
import { interestStageSchema } from '../../../lib/interest/schema.ts';
import { interestService } from '../service.ts';
import { fieldMessage } from '../parse-registration.ts';
import type { Registration } from '../../../infra/database/types.ts';
import { failures, invalidFields } from '../../../http/failure.ts';
import { acceptSubmission } from '../../../http/guard.ts';
import { defineEndpoint, json, refused } from '../../../http/endpoint.ts';
import type { Portal } from '../../../portal/types.ts';

/**
 * `/api/minat/<token>`: a registrant's own entry, contact data included (the link is its
 * owner's alone). GET reads it; POST `{ stage }` (form or JSON) moves it, `batal` withdraws.
 * Neither is cached, indexed, or sent on as a referrer.
 */
export const ownEntryEndpoint = defineEndpoint<Portal>({
  name: 'private interest entry',
  readBucket: 'read',
  thrown: 'unavailable',
  headers: { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' },
  async GET({ portal, params }) {
    const entry = await interestService(portal).privateEntry(params.token ?? '');
    return entry === undefined ? refused(failures.unknownEntry) : json(ownEntryView(entry));
  },

  async POST(context) {
    const submission = await acceptSubmission(context, context.portal);
    if (!submission.ok) return refused(submission.failure);
    const parsed = stageChange.safeParse(submission.data);
    if (!parsed.success) return refused(invalidFields({ stage: fieldMessage('stage') }));
    const service = interestService(context.portal);
    const moved = await service.moveOwnEntry(context.params.token ?? '', parsed.data.stage);
    if (moved.kind === 'not-found') return refused(failures.unknownEntry);
    if (moved.kind !== 'moved') return refused(invalidFields({ stage: movedRefusal[moved.kind] }));
    return json(ownEntryView(moved.entry));
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
    shareEmail: entry.shareEmail,
    sharePhone: entry.sharePhone,
    stage: entry.stage,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    stageChangedAt: entry.stageChangedAt,
    stageConfirmed: entry.stageConfirmedAt !== undefined,
  };
}

// --- internal ---

/** Why a move was refused, said at the `stage` field. */
const movedRefusal = {
  'needs-evidence': 'replication.error.stage',
  locked: 'replication.locked',
} as const;

const stageChange = z.object({ stage: interestStageSchema });
