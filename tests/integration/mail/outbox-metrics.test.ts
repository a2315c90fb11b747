import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir('outbox-metrics');
});
afterAll(() => dir.remove());

describe('the outbox depth on /metrics', () => {
  it('counts the messages of the store by status', async () => {
    const portal = testPortal({ DATA_DIR: dir.path, MEILI_PORT: '1' });
    try {
      const store = await portal.database();
      const now = new Date().toISOString();
      const mail = { kind: 'test', recipient: 'a@example.go.id', locale: 'id' as const };
      for (const n of [1, 2, 3]) {
        await store.enqueueMail({ ...mail, subject: `S${String(n)}`, text: 't', html: 'h' }, now);
      }
      const claimed = await store.claimMail({ claim: 'x', now, until: now });
      await store.settleMail(claimed?.id ?? 0, 'x', { kind: 'failed', error: '550 no' });
      const { body } = await portal.metrics.exposition();
      expect(body).toContain('mail_outbox_messages{status="queued"} 2');
      expect(body).toContain('mail_outbox_messages{status="failed"} 1');
      expect(body).toContain('mail_outbox_messages{status="sent"} 0');
      expect(body).not.toContain('a@example.go.id');
    } finally {
      await portal.close();
    }
  });
});
