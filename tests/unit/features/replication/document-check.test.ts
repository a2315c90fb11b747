import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../../src/features/replication/document-check.ts';
import { files, hostile } from '../../../helpers/uploads.ts';

describe('checkDocument', () => {
  it('recognises a PDF, a PNG and a JPEG by their bytes', async () => {
    await expect(checkDocument(files.pdf)).resolves.toMatchObject({
      ok: true,
      mediaType: 'application/pdf',
    });
    await expect(checkDocument(files.png)).resolves.toMatchObject({
      ok: true,
      mediaType: 'image/png',
    });
    await expect(checkDocument(files.jpeg)).resolves.toMatchObject({
      ok: true,
      mediaType: 'image/jpeg',
    });
    const checked = await checkDocument(files.pdf);
    expect(checked.ok && checked.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses HTML and SVG whatever they are called, and nothing at all', async () => {
    for (const bytes of [hostile.html, hostile.svg, new Uint8Array(), Buffer.from('PK\x03\x04')]) {
      await expect(checkDocument(bytes)).resolves.toEqual({ ok: false, reason: 'type' });
    }
  });

  it('refuses polyglots: markup inside, data appended, a PDF that runs scripts', async () => {
    for (const bytes of [hostile.pdfHtml, hostile.pngZip, hostile.pdfScript]) {
      await expect(checkDocument(bytes)).resolves.toEqual({ ok: false, reason: 'polyglot' });
    }
    const jpegWithScript = Buffer.concat([
      files.jpeg.subarray(0, 20),
      Buffer.from('<SCRIPT>alert(1)</SCRIPT>'),
      files.jpeg.subarray(20),
    ]);
    await expect(checkDocument(jpegWithScript)).resolves.toEqual({
      ok: false,
      reason: 'polyglot',
    });
    const pdfAppended = Buffer.concat([files.pdf, Buffer.from('trailing bytes')]);
    await expect(checkDocument(pdfAppended)).resolves.toEqual({ ok: false, reason: 'polyglot' });
  });
});
