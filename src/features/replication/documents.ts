import { defineEndpoint, refused, type Outcome } from '../../http/endpoint.ts';
import { failures } from '../../http/failure.ts';
import type { StoredDocument } from '../../infra/database/replication-types.ts';
import type { Portal } from '../../portal/types.ts';
import { sessionViewer } from '../accounts/session.ts';
import { adminOf } from '../admin/auth.ts';
import { interestService } from '../interest/service.ts';
import { mayDecide } from './decide.ts';

/**
 * `/minat/<token>/dokumen/<id>`: a document of the registrant's own entry, opened with its
 * private link (another entry's document is a 404, as an unknown one).
 */
export const privateDocumentEndpoint = defineEndpoint<Portal>({
  name: 'private replication document',
  readBucket: 'read',
  thrown: 'unavailable',
  headers: documentHeaders(),
  async GET({ portal, params }) {
    const id = documentId(params.id);
    if (id === undefined) return refused(failures.notFound);
    const entry = await interestService(portal).privateEntry(params.token ?? '');
    if (entry === undefined) return refused(failures.notFound);
    const document = await (await portal.database()).documentById(id);
    if (document?.registrationId !== entry.id) return refused(failures.notFound);
    return download(document);
  },
});

/**
 * `/dokumen/<id>`: a document for those who may see it: anyone when its uploader made it
 * public and its report was confirmed; otherwise only the parties: administrators and the
 * innovating agency's people (the registrant opens it with its private link). To anyone else
 * (a stranger, another agency, nobody signed in) it is a 404, as one that does not exist.
 */
export const documentEndpoint = defineEndpoint<Portal>({
  name: 'replication document',
  readBucket: 'read',
  thrown: 'unavailable',
  headers: documentHeaders(),
  async GET(context) {
    const { portal, params } = context;
    const id = documentId(params.id);
    if (id === undefined) return refused(failures.notFound);
    const store = await portal.database();
    const document = await store.documentById(id);
    const entry = document === undefined ? undefined : await store.byId(document.registrationId);
    if (document === undefined || entry === undefined) return refused(failures.notFound);
    const published = document.public && document.evidenceState === 'confirmed' && !entry.hidden;
    if (published || (await isParty(portal, context, entry.innovationId))) {
      return download(document);
    }
    return refused(failures.notFound);
  },
});

// --- internal ---

/** A document is never cached by another, indexed, or run by the browser as a page. */
function documentHeaders(): Record<string, string> {
  return {
    'X-Robots-Tag': 'noindex',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function documentId(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  const id = Number(value);
  return id <= 2 ** 31 - 1 ? id : undefined;
}

/** An administrator, or a person of the agency that runs the innovation. */
async function isParty(
  portal: Portal,
  context: Parameters<typeof adminOf>[1],
  innovationId: string,
): Promise<boolean> {
  const admin = await adminOf(portal, context);
  if (admin.ok) return true;
  const viewer = await sessionViewer(portal, context.request);
  return viewer?.role === 'agency' && (await mayDecide(portal, viewer, innovationId));
}

const extensions = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * The document as an attachment of the type detected at upload, under a name we make (the
 * uploader's name is shown as text on the pages, never put in a header).
 */
function download(document: StoredDocument): Outcome {
  const { bytes } = document;
  return {
    kind: 'download',
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
    contentType: document.mediaType,
    filename: `dokumen-${String(document.id)}.${extensions[document.mediaType]}`,
    cache: 'none',
    headers: { 'Content-Length': String(bytes.byteLength) },
  };
}
