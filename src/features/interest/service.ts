import {
  type ActivityTotals,
  type InterestStage,
  type PublicActivity,
  type RegistrationInput,
} from '../../lib/interest/schema.ts';
import { placeName, registrationKey } from '../../lib/interest/agency-key.ts';
import type { AgencyFields } from '../../lib/agency/name.ts';
import { isHoneypotFilled } from '../../http/honeypot.ts';
import type { RegionIndex } from '../../lib/regions/index.ts';
import type { InnovationExists } from '../../portal/innovation-lookup.ts';
import type { Portal } from '../../portal/types.ts';
import { parseRegistration, type FieldErrors } from './parse-registration.ts';
import type { Database, Registration } from '../../infra/database/types.ts';
import { hashToken, isTokenShaped, newToken } from './token.ts';
import { publicFieldsOnly, withDecoy } from './activity-view.ts';
import { innovationAgency, innovationTitle } from './innovation-title.ts';
import { agencyMails, notTakenOver } from './registered.ts';
import { privateLinkMail, type MailPlace } from './mail.ts';

export { fieldMessage, parseRegistration } from './parse-registration.ts';
export type { FieldErrors, ParsedRegistration } from './parse-registration.ts';

/**
 * What a registration did: a new entry (`registered`, with its private link); nothing, for an
 * entry this address registered already (`known`); or a claim on another address's entry of
 * the same agency (`claimed`), which its owner or an administrator accepts. A registration
 * never changes an existing entry.
 */
export type RegisterResult =
  | { kind: 'registered'; token: string; registration: Registration; created: true }
  | { kind: 'known' | 'claimed'; registration: Registration }
  | { kind: 'unknown-innovation' };

/** What an owner's move came to; `needs-evidence` and `locked` see `ownMoveRefusal`. */
export type OwnMove =
  { kind: 'moved'; entry: Registration } | { kind: 'not-found' | 'needs-evidence' | 'locked' };

/** The stages an owner moves to without evidence. */
export const plainStages = ['berminat', 'berkomunikasi', 'batal'] as const;

/**
 * Why an owner may not move its entry to `stage`: a stage reached only with its evidence
 * reported, or a confirmed replication (its certificate stands).
 */
export function ownMoveRefusal(
  entry: Pick<Registration, 'stage' | 'stageConfirmedAt'>,
  stage: InterestStage,
): 'needs-evidence' | 'locked' | undefined {
  if (entry.stage === 'tereplikasi' && entry.stageConfirmedAt !== undefined) return 'locked';
  return (plainStages as readonly InterestStage[]).includes(stage) ? undefined : 'needs-evidence';
}

/** An innovation's counts per stage and in all, without its list of agencies. */
export type { ActivityTotals };

/**
 * A submission's outcome: what the API and the no-JavaScript form page both answer with. An
 * accepted one carries the innovation's totals, not its list of agencies: the registrant's page
 * shows the private link, and the list is a read of its own.
 */
export type SubmitResult =
  | { kind: 'invalid'; fields: FieldErrors }
  | { kind: 'unknown-innovation' }
  | {
      kind: 'accepted';
      /** The private link, when it may be shown (not while the address must be confirmed). */
      token: string | undefined;
      /** 'created' a new entry, or 'known' / 'claimed' (see `RegisterResult`). */
      outcome: 'created' | 'known' | 'claimed';
      /** The link went by mail only: the entry counts once it is opened. */
      confirmByMail: boolean;
      totals: ActivityTotals;
    };

/** What the service needs: the store, the index sync's touch, the catalogue, the mail sender. */
export interface InterestServiceDeps {
  store: () => Promise<Database>;
  touch: (innovationId: string) => void;
  innovationExists: InnovationExists;
  /** An innovation's title for a message (its id when the catalogue cannot say). */
  titleOf: (innovationId: string) => Promise<string>;
  /** The innovating agency and unit as the record gives them (their people get each registration). */
  agencyOf: (innovationId: string) => Promise<AgencyFields | undefined>;
  /** A region's name by its code (the code when unknown). */
  regionName: (code: string) => string;
  /** A region as an agency's name carries it (`Kabupaten Sleman`), by its code; undefined when unknown. */
  placeOf: (code: string) => string | undefined;
  /** Whether mail leaves the outbox (SMTP_URL): then a new entry counts once its link is opened. */
  delivering: boolean;
  /** A message was written to the outbox. */
  mailWritten: () => void;
  now?: () => Date;
}

/**
 * Replication interest as the site's pages and API use it. Contact data goes into the store
 * and comes back only to the owner of an entry (`privateEntry`); `publicActivity` carries
 * public fields only, whatever the store returns.
 */
export function createInterestService(deps: InterestServiceDeps) {
  const now = () => (deps.now?.() ?? new Date()).toISOString();

  /**
   * Registers a new entry, writing in the same transaction the registrant's private link and
   * the registration's message to the innovating agency (its administrators' while it has no
   * account). An agency's entry registered already is never changed: the same address gets
   * `known`, another address makes a claim mailed to the entry's owner; except an entry whose
   * address was never confirmed within two days, which the new registration takes.
   */
  async function registerInterest(
    innovationId: string,
    input: RegistrationInput,
    place: MailPlace,
  ): Promise<RegisterResult> {
    if (!(await deps.innovationExists(innovationId))) return { kind: 'unknown-innovation' };
    const token = newToken();
    const key = registrationKey(input, deps.placeOf);
    const [title, owner] = await Promise.all([
      deps.titleOf(innovationId),
      deps.agencyOf(innovationId),
    ]);
    const innovation = { innovationId, title, owner };
    const message = privateLinkMail(place, input.email, {
      agency: input.agency,
      innovation: title,
      token,
    });
    const store = await deps.store();
    const at = now();
    const entry = {
      ...input,
      innovationId,
      agencyKey: key,
      tokenHash: hashToken(token),
      locale: place.locale,
      now: at,
      confirmed: !deps.delivering,
    };
    const result = await store.transaction(async (tx): Promise<RegisterResult> => {
      const { registration: met, created } = await tx.register(entry);
      const registration = created ? met : await tx.reclaimUnconfirmed(entry, holdStart(at));
      if (registration === undefined) return notTakenOver(tx, met, input, { place, title, at });
      await tx.enqueueMail(message, at);
      const region = deps.regionName(input.regencyCode ?? input.provinceCode);
      for (const mail of await agencyMails(
        tx,
        place.origin,
        { ...registration, region },
        innovation,
      )) {
        await tx.enqueueMail(mail, at);
      }
      return { kind: 'registered', token, registration, created: true };
    });
    if (result.kind === 'registered') deps.touch(innovationId);
    deps.mailWritten();
    return result;
  }

  async function publicActivity(innovationId: string): Promise<PublicActivity | undefined> {
    if (!(await deps.innovationExists(innovationId))) return undefined;
    const store = await deps.store();
    return publicFieldsOnly(await store.activity(innovationId));
  }

  /**
   * The entry a private link names, contact data included (for its owner), or undefined.
   * Opening it confirms the entry's address (the link went there by mail): from then on the
   * entry counts in public.
   */
  async function privateEntry(token: string): Promise<Registration | undefined> {
    if (!isTokenShaped(token)) return undefined;
    const store = await deps.store();
    const entry = await store.byTokenHash(hashToken(token));
    if (entry === undefined || entry.confirmedAt !== undefined) return entry;
    const confirmed = await store.confirm(entry.id, now());
    if (confirmed === undefined) return store.byId(entry.id);
    deps.touch(confirmed.innovationId);
    return confirmed;
  }

  /**
   * The owner moves its entry: back to `berminat` or `berkomunikasi`, or withdraws it (`batal`;
   * another stage revives it). `mereplikasi` and `tereplikasi` are reached only by reporting
   * their evidence (`reportEvidence`), and a confirmed replication stays where it is.
   */
  async function moveOwnEntry(token: string, stage: InterestStage): Promise<OwnMove> {
    const entry = await privateEntry(token);
    if (entry === undefined) return { kind: 'not-found' };
    if (entry.stage === stage) return { kind: 'moved', entry };
    const refusal = ownMoveRefusal(entry, stage);
    if (refusal !== undefined) return { kind: refusal };
    const store = await deps.store();
    const moved = await store.setStage(entry.id, stage, now());
    if (moved === undefined) return { kind: 'not-found' };
    deps.touch(moved.innovationId);
    return { kind: 'moved', entry: moved };
  }

  /**
   * A registration as submitted to an innovation: the innovation must exist (else nothing is
   * validated), then the fields are validated (field errors), then it is registered. A filled honeypot
   * gets the same answer as an accepted registration, with a token that opens nothing, and
   * nothing is stored.
   */
  async function submitRegistration(
    innovationId: string,
    data: Readonly<Record<string, unknown>>,
    regions: RegionIndex,
    place: MailPlace,
  ): Promise<SubmitResult> {
    if (!(await deps.innovationExists(innovationId))) return { kind: 'unknown-innovation' };
    const parsed = parseRegistration(data, regions);
    if (!parsed.ok) return { kind: 'invalid', fields: parsed.fields };
    if (isHoneypotFilled(data)) {
      const activity = await publicActivity(innovationId);
      if (activity === undefined) return { kind: 'unknown-innovation' };
      const totals = totalsOf(withDecoy(activity, parsed.input, now()));
      const token = deps.delivering ? undefined : newToken();
      return {
        kind: 'accepted',
        token,
        outcome: 'created',
        confirmByMail: deps.delivering,
        totals,
      };
    }
    const registered = await registerInterest(innovationId, parsed.input, place);
    if (registered.kind === 'unknown-innovation') return registered;
    const store = await deps.store();
    const totals = await store.totals(innovationId);
    if (registered.kind !== 'registered') {
      return {
        kind: 'accepted',
        token: undefined,
        outcome: registered.kind,
        confirmByMail: false,
        totals,
      };
    }
    const token = deps.delivering ? undefined : registered.token;
    return { kind: 'accepted', token, outcome: 'created', confirmByMail: deps.delivering, totals };
  }

  return { registerInterest, publicActivity, privateEntry, moveOwnEntry, submitRegistration };
}

export type InterestService = ReturnType<typeof createInterestService>;

/** The service of one portal: its database, index sync, innovation lookup and mail sender. */
export function interestService(portal: InterestPortal): InterestService {
  return createInterestService(interestDeps(portal));
}

/** What the interest feature takes of a portal. */
export type InterestPortal = Pick<
  Portal,
  'database' | 'touchCounts' | 'innovations' | 'search' | 'mail' | 'regions'
>;

/** The service's dependencies, from a portal. */
export function interestDeps(portal: InterestPortal): InterestServiceDeps {
  return {
    store: portal.database,
    touch: portal.touchCounts,
    innovationExists: portal.innovations.exists,
    titleOf: (id) => innovationTitle(portal, id),
    agencyOf: (id) => innovationAgency(portal, id),
    regionName: (code) => portal.regions().byCode(code)?.name ?? code,
    placeOf: (code) => {
      const found = portal.regions().byCode(code);
      return found === undefined ? undefined : placeName(found);
    },
    delivering: portal.mail.delivering,
    mailWritten: portal.mail.kick,
  };
}

// --- internal ---

/**
 * How long an entry whose address is not yet confirmed holds its agency's place: after that, a
 * new registration of the same agency takes the entry (a mistyped or made-up address cannot
 * keep the real agency out; a real registrant has two days to open its mailed link).
 */
const UNCONFIRMED_HOLD_MS = 48 * 3_600_000;

function holdStart(at: string): string {
  return new Date(Date.parse(at) - UNCONFIRMED_HOLD_MS).toISOString();
}

function totalsOf(activity: PublicActivity): ActivityTotals {
  const { counts, confirmedCounts, interestCount, replicationCount } = activity;
  return {
    counts: { ...counts },
    confirmedCounts: { ...confirmedCounts },
    interestCount,
    replicationCount,
  };
}
