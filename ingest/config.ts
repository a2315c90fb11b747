import { loadConfig as loadEnv } from '../src/server/config.ts';

export interface IngestConfig {
  dataDir: string;
  samplesDir: string;
  referenceDir: string;
}

/** The ingest's part of the one environment schema (src/server/config.ts). */
export function loadConfig(env: Record<string, string | undefined>): IngestConfig {
  const config = loadEnv(env);
  return {
    dataDir: config.DATA_DIR,
    samplesDir: config.SAMPLES_DIR,
    referenceDir: config.REFERENCE_DIR,
  };
}
