import type { NewMail } from '../../infra/database/outbox-types.ts';
import type { Database, Registration } from '../../infra/database/types.ts';
import { agenciesOf, type AgencyFields } from '../../lib/agency/name.ts';
import type { RegistrationInput } from '../../lib/interest/schema.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import { agencyRegistrationMail, type RegisteredFor } from './agency-mail.ts';
import { claimMail } from './claim-mail.ts';
import type { MailPlace } from './mail.ts';
import { hashToken, newToken } from './token.ts';

/** Claims waiting on one entry at most: more are answered alike, but not stored or mailed. */
export const PENDING_CLAIMS_MAX = 5;

/**
 * The messages a new entry sends the innovating agency: one to each of its people (the
 * accounts of its agency or of its unit, keyed by the one form of their names, see
 * `agenciesOf`), or, while it has none, one to each administrator to forward.
 */
export async function agencyMails(
  tx: Database,
  origin: string,
  entry: Registration & { region: string },
  innovation: Omit<RegisteredFor, 'owner'> & { owner: AgencyFields | undefined },
): Promise<NewMail[]> {
  const people = await peopleOf(tx, innovation.owner);
  const forward = people.length === 0;
  const recipients = forward ? await tx.accountsOf(undefined) : people;
  const named = { ...innovation, owner: innovation.owner?.agency ?? innovation.title };
  return recipients.map((person) => agencyRegistrationMail(origin, person, entry, named, forward));
}

/**
 * A registration that met an entry of the same agency: nothing about the entry changes. The
 * entry's own address is told it is known; another address makes a claim, mailed to the
 * entry's owner with a link to decide it (one pending claim per address, a few per entry).
 */
export async function notTakenOver(
  tx: Database,
  registration: Registration,
  input: RegistrationInput,
  context: { place: MailPlace; title: string; at: string },
): Promise<{ kind: 'known' | 'claimed'; registration: Registration }> {
  const address = input.email.toLowerCase();
  if (registration.email.toLowerCase() === address) return { kind: 'known', registration };
  const pending = await tx.pendingClaimsOf(registration.id);
  const again = pending.some((claim) => claim.email.toLowerCase() === address);
  if (!again && pending.length < PENDING_CLAIMS_MAX) {
    const decision = newToken();
    const claim = await tx.addClaim({
      registrationId: registration.id,
      agency: input.agency,
      contactName: input.contactName,
      email: input.email,
      phone: input.phone,
      note: input.note,
      locale: context.place.locale,
      decisionHash: hashToken(decision),
      now: context.at,
    });
    const mail = claimMail(context.place.origin, registration, claim, context.title, decision);
    await tx.enqueueMail(mail, context.at);
  }
  return { kind: 'claimed', registration };
}

/** The accounts of every body a record names (its agency, its unit), each person once. */
export async function peopleOf(tx: Database, owner: AgencyFields | undefined): Promise<Account[]> {
  const people = new Map<number, Account>();
  for (const key of owner === undefined ? [] : ownerKeys(owner)) {
    for (const person of await tx.accountsOf(key)) people.set(person.id, person);
  }
  return [...people.values()];
}

// --- internal ---

/** Owners whose keys are kept: far more than the catalogue's innovating agencies and units. */
const OWNER_KEYS_MAX = 10_000;
const ownerKeyCache = new Map<string, string[]>();

/**
 * The keys of the bodies an innovation's owner names (`agenciesOf`), kept by owner: every
 * registration asks them inside its write transaction, where folding the names again cost
 * ~3 % of a site process's CPU under the interest bench while the other processes waited for
 * the lock. Folding is a pure function of the two names.
 */
function ownerKeys(owner: AgencyFields): string[] {
  const id = JSON.stringify([owner.agency, owner.unit ?? null]);
  let keys = ownerKeyCache.get(id);
  if (keys === undefined) {
    if (ownerKeyCache.size >= OWNER_KEYS_MAX) ownerKeyCache.clear();
    keys = agenciesOf(owner).map(({ key }) => key);
    ownerKeyCache.set(id, keys);
  }
  return keys;
}
