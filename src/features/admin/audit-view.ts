import { z } from 'zod';
import type { AuditEntry } from '../../infra/database/accounts-types.ts';
import type { Portal } from '../../portal/types.ts';

/** Actions per page of the audit log. */
export const AUDIT_PAGE_SIZE = 100;

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface AuditView {
  page: number;
  rows: AuditEntry[];
  total: number;
}

/** A page of the audit log, newest first (`?halaman=`; a bad value is page 1). */
export async function auditView(
  portal: Pick<Portal, 'database'>,
  params: URLSearchParams,
): Promise<AuditView> {
  const page = pageSchema.parse(params.get('halaman') ?? undefined);
  const store = await portal.database();
  const { rows, total } = await store.listAudit(AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  return { page, rows, total };
}
