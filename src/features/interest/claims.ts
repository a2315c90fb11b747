import type { Claim } from '../../infra/database/claims-types.ts';
import type { Database } from '../../infra/database/types.ts';
import { claimAcceptedMail } from './claim-mail.ts';
import type { InterestServiceDeps } from './service.ts';
import { hashToken, isTokenShaped, newToken } from './token.ts';

/** Who decided a claim through the link mailed to the entry's owner. */
export const OWNER_ACTOR = 'owner';

/** The claim a decision link names, with the entry it claims; undefined for anything else. */
export async function claimOfLink(
  store: Database,
  token: string,
): Promise<
  { claim: Claim; entry: NonNullable<Awaited<ReturnType<Database['byId']>>> } | undefined
> {
  if (!isTokenShaped(token)) return undefined;
  const claim = await store.claimByDecisionHash(hashToken(token));
  if (claim === undefined) return undefined;
  const entry = await store.byId(claim.registrationId);
  return entry === undefined ? undefined : { claim, entry };
}

/**
 * Decides a pending claim (once): accepted, the claimant gets a private link of its own to the
 * entry, mailed in the decision's transaction (the owner's link and the entry's data are
 * untouched); declined, nothing else changes. `alsoInTransaction` writes the audit line of an
 * administrator's decision with it. Undefined when the claim was not pending.
 */
export async function decidePendingClaim(
  deps: Pick<InterestServiceDeps, 'store' | 'titleOf' | 'mailWritten'>,
  decision: { claim: Claim; accept: boolean; by: string; origin: string },
  alsoInTransaction?: (tx: Database, decided: Claim) => Promise<void>,
): Promise<Claim | undefined> {
  const { claim, accept } = decision;
  const store = await deps.store();
  const entry = await store.byId(claim.registrationId);
  if (entry === undefined) return undefined;
  const title = await deps.titleOf(entry.innovationId);
  const token = newToken();
  const now = new Date().toISOString();
  const decided = await store.transaction(async (tx) => {
    const done = await tx.decideClaim({
      id: claim.id,
      status: accept ? 'accepted' : 'declined',
      tokenHash: accept ? hashToken(token) : undefined,
      by: decision.by,
      now,
    });
    if (done === undefined) return undefined;
    if (accept) {
      await tx.enqueueMail(claimAcceptedMail(decision.origin, done, entry, title, token), now);
    }
    await alsoInTransaction?.(tx, done);
    return done;
  });
  if (decided !== undefined) deps.mailWritten();
  return decided;
}
