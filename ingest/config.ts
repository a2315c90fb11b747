import { z } from 'zod';

/** The ingest's environment, declared once; see the README's table. */
const configSchema = z.object({
  DATA_DIR: z.string().min(1).default('.data'),
  SAMPLES_DIR: z.string().min(1).default('data/samples'),
  REFERENCE_DIR: z.string().min(1).default('data'),
});

export interface IngestConfig {
  dataDir: string;
  samplesDir: string;
  referenceDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv): IngestConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  return {
    dataDir: parsed.data.DATA_DIR,
    samplesDir: parsed.data.SAMPLES_DIR,
    referenceDir: parsed.data.REFERENCE_DIR,
  };
}
