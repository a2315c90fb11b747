/** One server-sent event, or (`comment`) a line that keeps an idle connection open. */
export type ServerSentEvent = { event: string; data: string } | { comment: string };

/**
 * A `text/event-stream` body from an async iterable of events, pulled as the client reads: when
 * it goes away its reader is cancelled and the iterable is ended (`return`), so nothing polls for
 * a client that left. The first line tells `EventSource` to reconnect after `retryMs`.
 */
export function eventStream(
  events: AsyncIterable<ServerSentEvent>,
  retryMs: number,
): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`retry: ${String(retryMs)}\n\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(formatEvent(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `event:` and one `data:` line per line of the data (a newline would end the event early). */
export function formatEvent(event: ServerSentEvent): string {
  if ('comment' in event) return `: ${event.comment.replace(/[\r\n]+/g, ' ')}\n\n`;
  const data = event.data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}`)
    .join('\n');
  return `event: ${event.event.replace(/[\r\n]+/g, '')}\n${data}\n\n`;
}
