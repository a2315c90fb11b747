import type { Innovation } from '../../lib/schema/innovation.ts';

/** The ways to cite a page: what a reference manager or a reader takes. */
export interface Citations {
  /** `Agency (2019). Title. Lumbung Inovasi. https://… (2026-03-03).` */
  text: string;
  bibtex: string;
  ris: string;
}

/**
 * How to cite an innovation's page: its agency as corporate author, the year it was first
 * recorded, its title, the portal as publisher, the page's URL, and the day the record last
 * changed as its version (a citation stays the same as long as the page says the same).
 */
export function citeInnovation(innovation: Innovation, url: string): Citations {
  const year = Math.min(...innovation.years);
  const updated = innovation.updatedAt.slice(0, 10);
  return {
    text: `${oneLine(innovation.agency)} (${String(year)}). ${oneLine(innovation.title)}. Lumbung Inovasi. ${url} (${updated}).`,
    bibtex: [
      `@misc{lumbung-${innovation.id},`,
      `  author = {{${bibtexText(innovation.agency)}}},`,
      `  title = {{${bibtexText(innovation.title)}}},`,
      `  year = {${String(year)}},`,
      '  howpublished = {Lumbung Inovasi},',
      `  url = {${url}},`,
      `  note = {Version of ${updated}},`,
      '}',
    ].join('\n'),
    ris: [
      'TY  - ELEC',
      `AU  - ${risText(innovation.agency)}`,
      `TI  - ${risText(innovation.title)}`,
      `PY  - ${String(year)}`,
      'PB  - Lumbung Inovasi',
      `UR  - ${url}`,
      `Y2  - ${updated.replaceAll('-', '/')}`,
      'ER  - ',
    ].join('\n'),
  };
}

/**
 * How to cite the dataset: Lumbung Inovasi as author and publisher, the year and day it was
 * retrieved (the data change with every ingest), the open-data page's URL, and the licence.
 */
export function citeDataset(url: string, retrieved: Date): Citations {
  const day = retrieved.toISOString().slice(0, 10);
  const year = day.slice(0, 4);
  const title = 'Lumbung Inovasi: public-service innovations of KIPP, IGA and InoLAN';
  return {
    text: `Lumbung Inovasi (${year}). ${title} [dataset, CC BY 4.0]. ${url} (${day}).`,
    bibtex: [
      `@misc{lumbung-inovasi-${day},`,
      '  author = {{Lumbung Inovasi}},',
      `  title = {{${bibtexText(title)}}},`,
      `  year = {${year}},`,
      '  howpublished = {Dataset, CC BY 4.0},',
      `  url = {${url}},`,
      `  note = {Retrieved ${day}},`,
      '}',
    ].join('\n'),
    ris: [
      'TY  - DATA',
      'AU  - Lumbung Inovasi',
      `TI  - ${title}`,
      `PY  - ${year}`,
      'PB  - Lumbung Inovasi',
      `UR  - ${url}`,
      `Y2  - ${day.replaceAll('-', '/')}`,
      'ER  - ',
    ].join('\n'),
  };
}

// --- internal ---

/** BibTeX's special characters escaped, so a title with `&` or `%` compiles as written. */
function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (char) => bibtexEscapes[char] ?? char);
}

const bibtexEscapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  ...Object.fromEntries(['{', '}', '&', '%', '$', '#', '_'].map((char) => [char, `\\${char}`])),
};

/** RIS is one tag per line: a value never spans two. */
function risText(text: string): string {
  return oneLine(text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
