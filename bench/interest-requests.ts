import { request, type Agent } from 'node:http';

export interface Place {
  provinceCode: string;
  regencyCode: string;
}

/** What both loads send: innovations to register on and read, and regions to register from. */
export interface Targets {
  innovationIds: readonly string[];
  places: readonly Place[];
}

/** A registration the server answered 2xx: it must be in the store, once. */
export interface Acknowledged {
  innovationId: string;
  agency: string;
  /** When it was sent, in milliseconds after the load started. */
  at: number;
}

/** One run's answers, as both loads count them. */
export interface Tally {
  /** Every request's latency in ms, and split by kind. */
  latencies: number[];
  writeLatencies: number[];
  readLatencies: number[];
  /** Every request's round trip from when it was actually sent (the same as `latencies` in a closed loop). */
  roundTrips: number[];
  reads: number;
  acknowledged: Acknowledged[];
  /** Failed requests by HTTP status or error code. */
  errors: Map<string, number>;
  /** When the last failed request was sent, in ms after the load started (0: none failed). */
  lastErrorAt: number;
  /** When each request answered 2xx was sent, in ms after the load started. */
  answeredAt: number[];
}

export function emptyTally(): Tally {
  return {
    latencies: [],
    writeLatencies: [],
    readLatencies: [],
    roundTrips: [],
    reads: 0,
    acknowledged: [],
    errors: new Map(),
    lastErrorAt: 0,
    answeredAt: [],
  };
}

/** One request to the interest API: a registration when it has an agency and a body, else a read. */
export interface Exchange {
  innovationId: string;
  agency?: string;
  body?: string;
}

/** A registration of a new agency (`Dinas Uji <run> <serial>`) or a read, on a random innovation. */
export function nextExchange(targets: Targets, run: string, serial: string, write: boolean) {
  const innovationId = pick(targets.innovationIds);
  if (!write) return { innovationId };
  const agency = `Dinas Uji ${run} ${serial}`;
  return { innovationId, agency, body: registration(agency, serial, pick(targets.places)) };
}

/**
 * Sends one exchange now and counts its answer. Its latency runs from `due` (when it was sent,
 * or when it was scheduled to be); `started` is the load's start. True when answered 2xx.
 */
export async function exchange(
  agent: Agent,
  url: string,
  one: Exchange,
  tally: Tally,
  times: { due: number; started: number },
): Promise<boolean> {
  const sent = performance.now();
  const sentAt = sent - times.started;
  const outcome = await send(agent, `${url}/api/inovasi/${one.innovationId}/minat`, one.body);
  const latency = performance.now() - times.due;
  tally.latencies.push(latency);
  tally.roundTrips.push(performance.now() - sent);
  (one.agency === undefined ? tally.readLatencies : tally.writeLatencies).push(latency);
  if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) {
    tally.answeredAt.push(sentAt);
    if (one.agency === undefined) tally.reads += 1;
    else
      tally.acknowledged.push({ innovationId: one.innovationId, agency: one.agency, at: sentAt });
    return true;
  }
  const kind = typeof outcome === 'number' ? `HTTP ${outcome}` : outcome.code;
  tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
  tally.lastErrorAt = Math.max(tally.lastErrorAt, sentAt);
  return false;
}

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

/** A registration's JSON body; `serial` makes its e-mail unique. */
function registration(agency: string, serial: string, place: Place): string {
  return JSON.stringify({
    agency,
    cluster: 'kabupaten',
    provinceCode: place.provinceCode,
    regencyCode: place.regencyCode,
    contactName: 'Petugas Uji Beban',
    email: `uji.${serial}@example.go.id`,
    phone: '+62 812 0000 0000',
    consent: true,
  });
}

/** The response's status once its body is read, or the error's code. */
export function send(agent: Agent, url: string, body?: string): Promise<number | { code: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> =
      body === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const outgoing = request(url, { agent, method: body ? 'POST' : 'GET', headers }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
      res.on('error', (error: NodeJS.ErrnoException) => {
        resolve({ code: error.code ?? 'EIO' });
      });
    });
    outgoing.setTimeout(30_000, () =>
      outgoing.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ code: error.code ?? error.message });
    });
    outgoing.end(body);
  });
}
