import { describe, expect, it } from 'vitest';
import { fetchLimitsOf } from '../../../ingest/readers/fetch-page.ts';
import { ConfigError, loadConfig } from '../../../src/infra/config.ts';

describe('the InoLAN fetch limits of the configuration', () => {
  it('has safe defaults', () => {
    expect(fetchLimitsOf(loadConfig({}))).toEqual({
      requestTimeoutMs: 30_000,
      runTimeoutMs: 1_800_000,
      maxPageBytes: 20_000_000,
      maxPages: 1000,
      redirectOrigins: [],
    });
  });

  it('reads redirect origins as a comma-separated list of http(s) origins', () => {
    const config = loadConfig({
      INOLAN_REDIRECT_ORIGINS: ' https://cdn.inolan.example/api , http://127.0.0.1:8080',
    });
    expect(config.INOLAN_REDIRECT_ORIGINS).toEqual([
      'https://cdn.inolan.example',
      'http://127.0.0.1:8080',
    ]);
    expect(() => loadConfig({ INOLAN_REDIRECT_ORIGINS: 'ftp://files.example' })).toThrow(
      ConfigError,
    );
  });
});
