import type { Database } from '../../infra/database/types.ts';
import type { Viewer } from './session.ts';

/** One action of an administrator or an agency: who, what, to what, before → after. */
export interface AuditedAction {
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
}

/** Writes an action to the audit log (give the transaction's store to write it with the change). */
export async function audit(store: Database, viewer: Viewer, done: AuditedAction): Promise<void> {
  await store.appendAudit({
    at: new Date().toISOString(),
    actor: viewer.actor,
    action: done.action,
    subject: done.subject,
    before: done.before,
    after: done.after,
  });
}
