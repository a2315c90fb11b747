import { describe, expect, it } from 'vitest';
import { eventStream, formatEvent, type ServerSentEvent } from '../../../src/http/events.ts';

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('server-sent events', () => {
  it('writes an event per line of data, and a comment', () => {
    expect(formatEvent({ event: 'progress', data: '{"a":1}\nsecond\r\nthird' })).toBe(
      'event: progress\ndata: {"a":1}\ndata: second\ndata: third\n\n',
    );
    expect(formatEvent({ comment: 'still\nhere' })).toBe(': still here\n\n');
    expect(formatEvent({ event: 'a\nb', data: '' })).toBe('event: ab\ndata: \n\n');
  });

  it('streams the retry time, then each event, and ends with the iterable', async () => {
    async function* events(): AsyncGenerator<ServerSentEvent> {
      yield await Promise.resolve({ event: 'progress', data: '1' });
      yield { event: 'end', data: 'done' };
    }
    expect(await textOf(eventStream(events(), 2000))).toBe(
      'retry: 2000\n\nevent: progress\ndata: 1\n\nevent: end\ndata: done\n\n',
    );
  });

  it('ends the iterable when the reader goes away', async () => {
    let ended = false;
    async function* events(): AsyncGenerator<ServerSentEvent> {
      try {
        for (;;) yield await Promise.resolve({ event: 'tick', data: '' });
      } finally {
        ended = true;
      }
    }
    const reader = eventStream(events(), 1000).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(ended).toBe(true);
  });
});
