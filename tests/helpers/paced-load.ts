/** One request of a paced load, as it ended. */
export interface Outcome<Kind extends string = string> {
  kind: Kind;
  /** `Date.now()` when it was sent and when its answer ended (or it failed). */
  startedAt: number;
  endedAt: number;
  /** The HTTP status; 0 when no answer came (the connection failed). */
  status: number;
  /** The answer's `X-Request-Id`. */
  requestId: string | null;
  /** What the request carried that the test checks later (a registration's e-mail). */
  label: string;
}

export interface PacedLoad<Kind extends string> {
  /** Stops sending and resolves once every request sent has ended. */
  stop(): Promise<Outcome<Kind>[]>;
}

/** What one request of the load is: its kind, a label, and how it is sent. */
export interface LoadRequest<Kind extends string> {
  kind: Kind;
  label: string;
  send: (signal: AbortSignal) => Promise<Response>;
}

/** A request that has no answer by then has failed. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Sends `request(n)` `perSecond` times a second, on schedule, whether or not earlier ones have
 * answered (a steady load, not a closed loop that slows with the server), until `stop()`.
 */
export function startPacedLoad<Kind extends string>(
  perSecond: number,
  request: (n: number) => LoadRequest<Kind>,
): PacedLoad<Kind> {
  const sent: Promise<Outcome<Kind>>[] = [];
  const started = Date.now();
  let n = 0;
  const timer = setInterval(() => {
    // Catch up whole ticks a busy event loop delayed, so the rate holds.
    while (n < ((Date.now() - started) * perSecond) / 1000) sent.push(run(request(n++)));
  }, 1000 / perSecond);
  return {
    stop: () => {
      clearInterval(timer);
      return Promise.all(sent);
    },
  };
}

// --- internal ---

async function run<Kind extends string>(request: LoadRequest<Kind>): Promise<Outcome<Kind>> {
  const startedAt = Date.now();
  const ended = (status: number, requestId: string | null): Outcome<Kind> => ({
    kind: request.kind,
    label: request.label,
    startedAt,
    endedAt: Date.now(),
    status,
    requestId,
  });
  try {
    const answer = await request.send(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    await answer.arrayBuffer();
    return ended(answer.status, answer.headers.get('x-request-id'));
  } catch {
    return ended(0, null);
  }
}
