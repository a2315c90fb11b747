import { z } from 'zod';
import { locales } from '../../i18n/locales.ts';
import { claimStatuses, type Claim, type ClaimStore } from './claims-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { isoTime, optional, timestamp } from './rows.ts';
import type { Param } from './sql.ts';

const columns = `id, registration_id, agency, contact_name, email, phone, note, locale, status,
  created_at, decided_at, decided_by`;

/** The claims' methods over either database (added to the store by `createSqlDatabase`). */
export function claimStore(driver: StatementRunner): ClaimStore {
  const rows = async (text: string, params: Record<string, Param>) =>
    (await driver.all({ text, params })).map(toClaim);
  const one = async (text: string, params: Record<string, Param>) => (await rows(text, params))[0];
  return {
    async addClaim(claim) {
      const added = await one(
        `INSERT INTO registration_claims (registration_id, agency, contact_name, email, phone,
            note, locale, status, decision_hash, created_at)
          VALUES (:registrationId, :agency, :contactName, :email, :phone, :note, :locale,
            'pending', :decisionHash, :now)
          RETURNING ${columns}`,
        {
          registrationId: claim.registrationId,
          agency: claim.agency,
          contactName: claim.contactName,
          email: claim.email,
          phone: claim.phone,
          note: claim.note ?? null,
          locale: claim.locale,
          decisionHash: claim.decisionHash,
          now: isoTime(claim.now),
        },
      );
      if (added === undefined) throw new Error('a claim was not stored');
      return added;
    },
    pendingClaimsOf: (registrationId) =>
      rows(
        `SELECT ${columns} FROM registration_claims
          WHERE registration_id = :registrationId AND status = 'pending' ORDER BY id`,
        { registrationId },
      ),
    pendingClaims: (limit) =>
      rows(
        `SELECT ${columns} FROM registration_claims WHERE status = 'pending'
          ORDER BY id LIMIT :limit`,
        { limit },
      ),
    claimById: (id) => one(`SELECT ${columns} FROM registration_claims WHERE id = :id`, { id }),
    claimByDecisionHash: (decisionHash) =>
      one(`SELECT ${columns} FROM registration_claims WHERE decision_hash = :decisionHash`, {
        decisionHash,
      }),
    decideClaim: (decision) =>
      one(
        `UPDATE registration_claims SET status = :status, token_hash = :tokenHash,
            decided_at = :now, decided_by = :by
          WHERE id = :id AND status = 'pending' RETURNING ${columns}`,
        {
          id: decision.id,
          status: decision.status,
          tokenHash: decision.tokenHash ?? null,
          by: decision.by,
          now: isoTime(decision.now),
        },
      ),
  };
}

// --- internal ---

const claimRowSchema = z.object({
  id: z.int(),
  registration_id: z.int(),
  agency: z.string(),
  contact_name: z.string(),
  email: z.string(),
  phone: z.string(),
  note: optional,
  locale: z.enum(locales),
  status: z.enum(claimStatuses),
  created_at: timestamp,
  decided_at: timestamp.nullable().transform((value) => value ?? undefined),
  decided_by: optional,
});

function toClaim(row: unknown): Claim {
  const r = claimRowSchema.parse(row);
  return {
    id: r.id,
    registrationId: r.registration_id,
    agency: r.agency,
    contactName: r.contact_name,
    email: r.email,
    phone: r.phone,
    note: r.note,
    locale: r.locale,
    status: r.status,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
  };
}
