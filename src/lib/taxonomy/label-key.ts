/** Words that join parts of a label and vary between exports (`dan`, `serta`, `&`). */
const connectors = new Set(['dan', 'serta']);

/**
 * The form a category label is compared in: case, accents, punctuation, spacing and connector
 * words do not count, so `Kependudukan & Pencatatan Sipil` meets `KEPENDUDUKAN DAN PENCATATAN
 * SIPIL` and `Koperasi, Usaha Kecil dan Menengah` meets `Koperasi Usaha Kecil Menengah`.
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !connectors.has(word))
    .join(' ');
}
