import type { Database } from '../../src/infra/database/types.ts';

/** A verification code of the right shape, different per call. */
export function testCode(n: number): string {
  const digits = String(n).padStart(12, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

let codes = 0;

/**
 * Takes an entry through the evidence steps in the store: the agreement reported and
 * confirmed, then the implementation reported and, unless `confirm` is false, confirmed.
 * Resolves to the implementation report's id.
 */
export async function replicateInStore(
  store: Database,
  registrationId: number,
  options: { now?: string; confirm?: boolean; replicaId?: string; code?: string } = {},
): Promise<number> {
  const now = options.now ?? new Date().toISOString();
  const report = { registrationId, innovatingAgency: 'Dinas Asal', adapted: 'Formulir.', now };
  const agreement = await store.reportEvidence({
    ...report,
    kind: 'agreement',
    date: '2026-01-05',
  });
  await store.decideEvidence({ id: agreement.id, confirm: true, by: 'a', role: 'agency', now });
  const implementation = await store.reportEvidence({
    ...report,
    kind: 'implementation',
    date: '2026-02-01',
    results: 'Antrean turun.',
    ...(options.replicaId !== undefined && { replicaId: options.replicaId }),
  });
  if (options.confirm !== false) {
    await store.decideEvidence({
      id: implementation.id,
      confirm: true,
      code: options.code ?? testCode(++codes + Math.floor(Math.random() * 1e9)),
      by: 'a',
      role: 'agency',
      now,
    });
  }
  return implementation.id;
}
