import { describe, expect, it } from 'vitest';
import { toResponse } from '../../../src/http/outcome.ts';
import type { HttpFailure } from '../../../src/http/failure.ts';
import { failures, invalidFields, rateLimited } from '../../../src/http/failure.ts';

const failureResponse = (failure: HttpFailure, locale: 'id' | 'en') =>
  toResponse({ kind: 'failure', failure }, locale);

describe('a failure as a response', () => {
  it('writes { error, message } in the language asked, never cached', async () => {
    const response = failureResponse(failures.unknownInnovation, 'en');
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      error: 'unknown-innovation',
      message: 'This innovation is not in the catalogue.',
    });
  });

  it('names each field with its message', async () => {
    const response = failureResponse(invalidFields({ email: 'interest.error.email' }), 'id');
    expect(await response.json()).toEqual({
      error: 'invalid',
      message: 'Periksa kembali isian yang ditandai.',
      fields: { email: 'Tulis alamat e-mail yang valid, mis. nama@instansi.go.id.' },
    });
  });

  it('says how long to wait, in Retry-After and in the message', async () => {
    const response = failureResponse(rateLimited(17), 'en');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('17');
    expect(((await response.json()) as { message: string }).message).toContain('17 seconds');
  });
});
