import type { DocumentMeta } from '../../infra/database/replication-types.ts';
import {
  normaliseCode,
  publicReplicationSchema,
  type PublicReplication,
} from '../../lib/replication/schema.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationAgency, innovationTitle } from '../interest/innovation-title.ts';

/** What a certificate shows: the replication's public facts, both agencies, public documents. */
export interface Certificate {
  replication: PublicReplication;
  title: string;
  /** The innovating agency, as the record gives it. */
  innovatingAgency: string;
  /** The replica's title, when the replication names one. */
  replicaTitle: string | undefined;
  /** Documents of its confirmed reports that their uploader made public. */
  documents: DocumentMeta[];
}

/**
 * The certificate of the confirmed replication a code names (as typed: any case, O for 0),
 * or undefined for a code of no confirmed replication (a 404, like a code of the wrong shape).
 */
export async function certificateOf(
  portal: Pick<Portal, 'database' | 'search' | 'innovations'>,
  typed: string,
): Promise<Certificate | undefined> {
  const code = normaliseCode(typed);
  if (code === undefined) return undefined;
  const store = await portal.database();
  const found = await store.replicationByCode(code);
  if (found === undefined) return undefined;
  const { evidenceId } = found;
  const replication = publicReplicationSchema.parse(found);
  const implementation = await store.evidenceById(evidenceId);
  const reports =
    implementation === undefined ? [] : await store.evidenceOf(implementation.registrationId);
  const documents = reports
    .filter((report) => report.state === 'confirmed')
    .flatMap((report) => report.documents.filter((document) => document.public));
  const [title, agency, replicaTitle] = await Promise.all([
    innovationTitle(portal, replication.innovationId),
    innovationAgency(portal, replication.innovationId),
    replication.replicaId === undefined
      ? undefined
      : innovationTitle(portal, replication.replicaId),
  ]);
  return {
    replication,
    title,
    innovatingAgency: agency?.agency ?? implementation?.innovatingAgency ?? title,
    replicaTitle,
    documents,
  };
}
