import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../../ingest/reference/index.ts';

describe('loadReference', () => {
  it('loads the regions and the sector mapping from the data folder', async () => {
    const reference = await loadReference('data');
    expect(reference.regions.provinces).toHaveLength(38);
    expect(reference.regions.regency('Kab. Banyuwangi')?.code).toBe('35.10');
    expect(reference.sectors.mapCategory('iga', 'Kesehatan')).toEqual(['kesehatan']);
  });

  it('rejects a folder without the tables', async () => {
    await expect(loadReference('no-such-folder')).rejects.toThrow(/no-such-folder/);
  });
});
