import { describe, expect, it } from 'vitest';
import { cleanLine, htmlToText } from '../../../../src/lib/normalise/text.ts';

describe('htmlToText', () => {
  it('turns paragraphs and line breaks into line breaks', () => {
    expect(htmlToText('<p>Satu</p><p>Dua<br>Tiga</p>')).toBe('Satu\n\nDua\nTiga');
    expect(htmlToText('Baris satu<br/>Baris dua')).toBe('Baris satu\nBaris dua');
  });

  it('turns list items into "- " lines', () => {
    expect(htmlToText('<p>Manfaat:</p><ul><li>Cepat</li><li>Murah</li></ul>')).toBe(
      'Manfaat:\n\n- Cepat\n- Murah',
    );
    expect(htmlToText('<ul>\n  <li>Cepat</li>\n  <li>Murah</li>\n</ul>')).toBe('- Cepat\n- Murah');
  });

  it('numbers ordered list items', () => {
    expect(htmlToText('<ol><li>Daftar</li><li>Verifikasi</li></ol>')).toBe(
      '1. Daftar\n2. Verifikasi',
    );
  });

  it('counts a line break typed after <br> once', () => {
    expect(htmlToText('Satu<br />\nDua')).toBe('Satu\nDua');
  });

  it('starts an ordered list where its start attribute says, and skips empty items', () => {
    expect(htmlToText('<ol start="3"><li>a</li><li>b</li></ol>')).toBe('3. a\n4. b');
    expect(htmlToText('<ul><li></li><li>x</li></ul>')).toBe('- x');
  });

  it('keeps the words of inline markup and drops the tags', () => {
    expect(htmlToText('Layanan <b>cepat</b> dan <strong>gratis</strong>, <i>tanpa</i> antre')).toBe(
      'Layanan cepat dan gratis, tanpa antre',
    );
  });

  it('decodes entities', () => {
    expect(htmlToText('Ibu&nbsp;&amp;&nbsp;Anak')).toBe('Ibu & Anak');
    expect(htmlToText('Skor &gt; 80 &quot;baik&quot; &#8211; ya')).toBe('Skor > 80 "baik" – ya');
  });

  it('drops script and style content entirely', () => {
    expect(htmlToText('<p>Aman</p><script>alert("x")</script><style>p{color:red}</style>')).toBe(
      'Aman',
    );
    expect(htmlToText('<SCRIPT type="text/javascript">steal()</SCRIPT>Sisa')).toBe('Sisa');
    expect(
      htmlToText('A<noscript>n</noscript><iframe src="//x">i</iframe><svg><text>s</text></svg>B'),
    ).toBe('AB');
  });

  it('drops attributes, images and link targets', () => {
    expect(htmlToText('<img src="x" onerror="alert(1)">Foto')).toBe('Foto');
    expect(htmlToText('<a href="javascript:alert(1)">Klik</a> di sini')).toBe('Klik di sini');
    expect(htmlToText('<a href="https://example.org">Situs</a>')).toBe('Situs');
    expect(htmlToText('<p onclick="evil()" style="x">Isi</p>')).toBe('Isi');
  });

  it('removes markup that was escaped twice instead of leaving it as text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;Ringkasan')).toBe('Ringkasan');
    expect(htmlToText('&lt;p&gt;Satu&lt;/p&gt;&lt;p&gt;Dua&lt;/p&gt;')).toBe('Satu\n\nDua');
  });

  it('does not wrap long lines', () => {
    const long = 'kata '.repeat(60).trim();
    expect(htmlToText(`<p>${long}</p>`)).toBe(long);
  });

  it('collapses runs of blank lines and trims', () => {
    expect(htmlToText('<p>A</p><p></p><p>&nbsp;</p><br><br><br><p>B</p>')).toBe('A\n\nB');
    expect(htmlToText('\n\n  <p> A </p>  \n\n')).toBe('A');
  });

  it('keeps table cells apart', () => {
    expect(htmlToText('<table><tr><th>Tahun</th><td>2019</td></tr></table>')).toBe('Tahun 2019');
  });

  it('passes plain text through, only normalising whitespace', () => {
    expect(htmlToText('Layanan antar obat')).toBe('Layanan antar obat');
    expect(htmlToText('  Satu  baris\t ini \r\nBaris dua\n\n\n\nBaris tiga  ')).toBe(
      'Satu baris ini\nBaris dua\n\nBaris tiga',
    );
    expect(htmlToText('Ibu\u00a0hamil\u200b dan balita')).toBe('Ibu hamil dan balita');
  });

  it('leaves a lone < or & that is not markup alone', () => {
    expect(htmlToText('Nilai < 5 & turun')).toBe('Nilai < 5 & turun');
    expect(htmlToText('R&D Dinas')).toBe('R&D Dinas');
  });

  it('gives text for numbers and booleans and nothing for other values', () => {
    expect(htmlToText(2019)).toBe('2019');
    expect(htmlToText(true)).toBe('true');
    expect(htmlToText(undefined)).toBe('');
    expect(htmlToText(null)).toBe('');
    expect(htmlToText({ a: 1 })).toBe('');
    expect(htmlToText('')).toBe('');
  });
});

describe('cleanLine', () => {
  it('gives one line with single spaces', () => {
    expect(cleanLine('  BASABA\n(Bapak   Sayang\u00a0Bayi) ')).toBe('BASABA (Bapak Sayang Bayi)');
    expect(cleanLine('<p>Pemerintah Kota<br>Padang</p>')).toBe('Pemerintah Kota Padang');
    expect(cleanLine('Dinas&nbsp;Kesehatan &amp; KB')).toBe('Dinas Kesehatan & KB');
  });

  it('drops hostile markup', () => {
    expect(cleanLine('Judul<script>alert(1)</script><img src=x onerror=alert(1)>')).toBe('Judul');
  });

  it('keeps the words after a drawing or frame that is never closed', () => {
    expect(cleanLine('Judul <svg onload=alert(1)> (SVGX)')).toBe('Judul (SVGX)');
    expect(cleanLine('Judul <svg/onload=alert(1)><text>dalam</text> (SVGX)')).toBe(
      'Judul dalam (SVGX)',
    );
    expect(cleanLine('<div>A <iframe src=x>B</div> C')).toBe('A B C');
    // A closed one is still dropped whole, and so is a script: its content is code, never words.
    expect(cleanLine('A <svg><text>s</text></svg> B')).toBe('A B');
    expect(cleanLine('Judul <script>alert(1) (S)')).toBe('Judul');
  });

  it('gives an empty string for empty input', () => {
    expect(cleanLine(undefined)).toBe('');
    expect(cleanLine(' \n ')).toBe('');
  });

  it('gives text for a number', () => {
    expect(cleanLine(42)).toBe('42');
  });
});
