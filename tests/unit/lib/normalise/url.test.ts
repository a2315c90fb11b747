import { describe, expect, it } from 'vitest';
import { parseVideoUrl } from '../../../../src/lib/normalise/url.ts';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';

describe('parseVideoUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc123', 'https://www.youtube.com/watch?v=abc123'],
    ['  https://youtu.be/abc123  ', 'https://youtu.be/abc123'],
    ['http://www.youtube.com/watch?v=abc123', 'http://www.youtube.com/watch?v=abc123'],
    ['HTTPS://YOUTU.BE/abc123', 'https://youtu.be/abc123'],
    ['www.youtube.com/watch?v=x', 'https://www.youtube.com/watch?v=x'],
    ['youtube.com/watch?v=x', 'https://youtube.com/watch?v=x'],
    ['youtu.be/abc123', 'https://youtu.be/abc123'],
    ['//vimeo.com/12345', 'https://vimeo.com/12345'],
    ['https://drive.google.com/file/d/1AbC/view', 'https://drive.google.com/file/d/1AbC/view'],
    ['https://sinovik.menpan.go.id', 'https://sinovik.menpan.go.id/'],
    ['Video: https://youtu.be/abc123', 'https://youtu.be/abc123'],
    ['https://youtu.be/one\nhttps://youtu.be/two', 'https://youtu.be/one'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseVideoUrl(input)).toEqual({ ok: true, value: expected });
  });

  it('gives links the public schema accepts', () => {
    const videoUrl = innovationSchema.shape.videoUrl;
    for (const input of ['www.youtube.com/watch?v=x', '//vimeo.com/1', 'https://youtu.be/a b']) {
      const parsed = parseVideoUrl(input);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(videoUrl.safeParse(parsed.value).success).toBe(true);
    }
  });

  it.each([
    undefined,
    null,
    '',
    '  ',
    '-',
    '--',
    'belum ada',
    'Belum Ada',
    'tidak ada',
    'Tidak ada video',
    'belum tersedia',
    'N/A',
  ])('gives no value for the placeholder %j', (input) => {
    expect(parseVideoUrl(input)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['javascript:alert(1)', '"javascript:alert(1)" is not an http(s) link'],
    [
      'JavaScript:alert(document.cookie)',
      '"JavaScript:alert(document.cookie)" is not an http(s) link',
    ],
    [
      'ftp://files.example.org/video.mp4',
      '"ftp://files.example.org/video.mp4" is not an http(s) link',
    ],
    [
      'data:text/html,<script>alert(1)</script>',
      '"data:text/html,<script>alert(1)</script>" is not an http(s) link',
    ],
    ['lihat di kanal youtube kami', '"lihat di kanal youtube kami" is not an http(s) link'],
    ['youtube', '"youtube" is not an http(s) link'],
    ['https://', '"https://" is not an http(s) link'],
    ['http://localhost/video', '"http://localhost/video" is not an http(s) link'],
    ['https://exa mple.com', '"https://exa mple.com" is not an http(s) link'],
    [42, '"42" is not a link'],
  ])('refuses %j', (input, reason) => {
    expect(parseVideoUrl(input)).toEqual({ ok: false, reason });
  });
});
