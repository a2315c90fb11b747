import { Agent, request } from 'node:http';

export interface Place {
  provinceCode: string;
  regencyCode: string;
}

export interface LoadOptions {
  url: string;
  innovationIds: readonly string[];
  places: readonly Place[];
  connections: number;
  seconds: number;
  /** Names this run's agencies (`Dinas Uji <run> <worker> <n>`), unique across runs. */
  run: string;
}

/** A registration the server answered 2xx: it must be in the store, once. */
export interface Acknowledged {
  innovationId: string;
  agency: string;
  /** Milliseconds after the load started. */
  at: number;
}

export interface LoadResult {
  seconds: number;
  /** Every request's round trip in ms, and split by kind. */
  latencies: number[];
  writeLatencies: number[];
  readLatencies: number[];
  reads: number;
  acknowledged: Acknowledged[];
  /** Failed requests by HTTP status or error code. */
  errors: Map<string, number>;
}

/**
 * `connections` kept-alive connections, each a loop that registers a new agency on a random
 * innovation (POST JSON) or reads a random innovation's activity (GET), half and half, until
 * `seconds` have passed. After a failed request a loop waits 100 ms, so a server that is down
 * is not hammered by a busy loop of refused connections.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const result: LoadResult = {
    seconds: options.seconds,
    latencies: [],
    writeLatencies: [],
    readLatencies: [],
    reads: 0,
    acknowledged: [],
    errors: new Map(),
  };
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const worker = async (index: number) => {
    for (let n = 0; performance.now() < end; n += 1) {
      const innovationId = pick(options.innovationIds);
      const path = `/api/inovasi/${innovationId}/minat`;
      const write = Math.random() < 0.5;
      const agency = `Dinas Uji ${options.run} ${index} ${n}`;
      const body = write ? registration(agency, index, n, pick(options.places)) : undefined;
      const sent = performance.now();
      const outcome = await send(agent, `${options.url}${path}`, body);
      const took = performance.now() - sent;
      result.latencies.push(took);
      (write ? result.writeLatencies : result.readLatencies).push(took);
      if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) {
        if (write) result.acknowledged.push({ innovationId, agency, at: sent - started });
        else result.reads += 1;
        continue;
      }
      const kind = typeof outcome === 'number' ? `HTTP ${outcome}` : outcome.code;
      result.errors.set(kind, (result.errors.get(kind) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => worker(index)));
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

/**
 * The same connections reading one fixed address for `seconds`: with `/robots.txt`, an
 * on-demand route that does no work, what the framework alone allows on this machine.
 */
export async function runFixed(
  url: string,
  connections: number,
  seconds: number,
): Promise<{ seconds: number; latencies: number[]; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      const outcome = await send(agent, url);
      latencies.push(performance.now() - sent);
      if (outcome !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, latencies, errors };
}

// --- internal ---

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function registration(agency: string, worker: number, n: number, place: Place): string {
  return JSON.stringify({
    agency,
    cluster: 'kabupaten',
    provinceCode: place.provinceCode,
    regencyCode: place.regencyCode,
    contactName: 'Petugas Uji Beban',
    email: `uji.${worker}.${n}@example.go.id`,
    phone: '+62 812 0000 0000',
    consent: true,
  });
}

/** The response's status once its body is read, or the error's code. */
function send(agent: Agent, url: string, body?: string): Promise<number | { code: string }> {
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
