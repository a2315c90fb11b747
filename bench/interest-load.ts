import { Agent } from 'node:http';
import {
  emptyTally,
  exchange,
  nextExchange,
  send,
  type Tally,
  type Targets,
} from './interest-requests.ts';

export interface LoadOptions extends Targets {
  url: string;
  connections: number;
  seconds: number;
  /** The share of requests that register (the rest read), as in the paced load. */
  writeShare: number;
  /** Names this run's agencies (`Dinas Uji <run> <worker>.<n>`), unique across runs. */
  run: string;
}

export interface LoadResult extends Tally {
  seconds: number;
}

/**
 * The closed loop: `connections` kept-alive connections, each sending its next request as soon
 * as the previous one is answered, until `seconds` have passed. The server is always saturated,
 * so this measures its capacity (requests per second), not the latency a given rate would see
 * (that is the paced load's). After a failed request a loop waits 100 ms, so a server that is
 * down is not hammered by a busy loop of refused connections.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const tally = emptyTally();
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const worker = async (index: number) => {
    for (let n = 0; performance.now() < end; n += 1) {
      const write = Math.random() < options.writeShare;
      const one = nextExchange(options, options.run, `${index}.${n}`, write);
      const due = performance.now();
      if (!(await exchange(agent, options.url, one, tally, { due, started }))) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => worker(index)));
  agent.destroy();
  return { ...tally, seconds: (performance.now() - started) / 1000 };
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
