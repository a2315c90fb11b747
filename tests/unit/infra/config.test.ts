import { describe, expect, it } from 'vitest';
import { fetchLimitsOf } from '../../../ingest/readers/fetch-page.ts';
import { DEFAULT_READ_LIMITS, readLimitsOf } from '../../../ingest/readers/limits.ts';
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

describe('the ingest read limits of the configuration', () => {
  it('has safe defaults, the ones a reader uses when given none', () => {
    const limits = readLimitsOf(loadConfig({}));
    expect(limits).toEqual({
      maxColumns: 512,
      maxCellChars: 200_000,
      maxLineChars: 2_000_000,
      maxDepth: 32,
      maxSharedStrings: 2_000_000,
      maxPartBytes: 256_000_000,
    });
    expect(limits).toEqual(DEFAULT_READ_LIMITS);
  });

  it("refuses a column limit beyond Excel's last column", () => {
    expect(() => loadConfig({ INGEST_MAX_COLUMNS: '16385' })).toThrow(ConfigError);
  });
});
