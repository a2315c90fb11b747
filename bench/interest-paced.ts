import { Agent } from 'node:http';
import {
  emptyTally,
  exchange,
  nextExchange,
  send,
  type Tally,
  type Targets,
} from './interest-requests.ts';

export interface PacedOptions extends Targets {
  /** The server's address at the time of each request (a restarted server may move). */
  url: () => string;
  connections: number;
  writesPerSecond: number;
  readsPerSecond: number;
  seconds: number;
  /** Names this run's agencies (`Dinas Uji <run> <n>`), unique across runs. */
  run: string;
}

export interface PacedResult extends Tally {
  /** The window the requests were scheduled in (rates are per second of it). */
  seconds: number;
  /** From the first scheduled request to the last answer. */
  wallSeconds: number;
  offered: { writes: number; reads: number };
  /** Scheduled, but not sent before the load gave up (the server was too far behind). */
  unsent: number;
  /** How late a request left after its scheduled time when its connection was free: the load generator's own lag. */
  lag: number[];
}

/** A connection still behind this long after the window stops sending. */
export const GIVE_UP_MS = 5_000;

/**
 * The open (paced) load, as wrk2 runs it: a fixed rate of registrations and reads, request n
 * scheduled at n / rate seconds and sent by connection n mod `connections` (kept alive, one
 * request at a time). Each latency is measured from the request's scheduled time, not from when
 * it could be sent: a server that falls behind delays the requests queued behind it, and that
 * delay shows in the percentiles instead of silently lowering the rate (coordinated omission).
 */
export async function runPaced(options: PacedOptions): Promise<PacedResult> {
  // FIFO: every connection takes its turn, as in wrk2. With the default (LIFO) the few on top
  // carry the load and the rest idle until the server's keep-alive timeout closes them, and a
  // request sent on one just as it closes fails with ECONNRESET.
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.connections,
    scheduling: 'fifo',
  });
  const tally = emptyTally();
  const rate = options.writesPerSecond + options.readsPerSecond;
  const total = Math.round(rate * options.seconds);
  const writesBefore = (n: number) => Math.floor((n * options.writesPerSecond) / rate);
  const lag: number[] = [];
  let sent = 0;
  // The connections are opened before the clock starts (as wrk2 does): 200 handshakes at once,
  // and the generator's own first requests, would otherwise count as the server's latency.
  await Promise.all(
    Array.from({ length: options.connections }, () => send(agent, `${options.url()}/favicon.svg`)),
  );
  const started = performance.now();
  const giveUp = started + options.seconds * 1000 + GIVE_UP_MS;
  const lane = async (first: number) => {
    for (let n = first; n < total && performance.now() < giveUp; n += options.connections) {
      const due = started + (n * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        lag.push(performance.now() - due);
      }
      sent += 1;
      // Writes spread evenly through the sequence: exactly writesPerSecond of them per second.
      const one = nextExchange(
        options,
        options.run,
        String(n),
        writesBefore(n + 1) > writesBefore(n),
      );
      await exchange(agent, options.url(), one, tally, { due, started });
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, first) => lane(first)));
  agent.destroy();
  return {
    ...tally,
    seconds: options.seconds,
    wallSeconds: (performance.now() - started) / 1000,
    offered: { writes: writesBefore(total), reads: total - writesBefore(total) },
    unsent: total - sent,
    lag,
  };
}

/**
 * The seconds the achieved rates are counted over: the window, or the time to the last answer
 * when the server needed more than a second beyond it to answer what was offered (it did not
 * keep pace, and counting over the window would credit it with the rate it was sent).
 */
export function achievedSeconds(run: Pick<PacedResult, 'seconds' | 'wallSeconds'>): number {
  return run.wallSeconds > run.seconds + 1 ? run.wallSeconds : run.seconds;
}
