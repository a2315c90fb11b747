/**
 * The tile-grid map of Indonesia: one equal tile per province, placed on a grid roughly as the
 * islands lie (Sumatra to the west, Papua to the east, Java and Nusa Tenggara along the
 * bottom). `name` is the official name as `data/regions/provinces.csv` and the index write it;
 * `label` is the ISO 3166-2:ID code, short enough for a tile on a phone.
 */
export interface ProvinceTile {
  code: string;
  name: string;
  label: string;
  column: number;
  row: number;
}

export const provinceTiles: readonly ProvinceTile[] = [
  tile('11', 'Aceh', 'AC', 0, 0),
  tile('12', 'Sumatera Utara', 'SU', 1, 0),
  tile('13', 'Sumatera Barat', 'SB', 1, 1),
  tile('14', 'Riau', 'RI', 2, 1),
  tile('21', 'Kepulauan Riau', 'KR', 3, 1),
  tile('17', 'Bengkulu', 'BE', 1, 2),
  tile('15', 'Jambi', 'JA', 2, 2),
  tile('16', 'Sumatera Selatan', 'SS', 2, 3),
  tile('19', 'Kepulauan Bangka Belitung', 'BB', 3, 3),
  tile('18', 'Lampung', 'LA', 2, 4),
  tile('36', 'Banten', 'BT', 3, 4),
  tile('31', 'Daerah Khusus Ibukota Jakarta', 'JK', 4, 3),
  tile('32', 'Jawa Barat', 'JB', 4, 4),
  tile('33', 'Jawa Tengah', 'JT', 5, 4),
  tile('34', 'Daerah Istimewa Yogyakarta', 'YO', 5, 5),
  tile('35', 'Jawa Timur', 'JI', 6, 4),
  tile('51', 'Bali', 'BA', 7, 4),
  tile('52', 'Nusa Tenggara Barat', 'NB', 8, 4),
  tile('53', 'Nusa Tenggara Timur', 'NT', 9, 4),
  tile('61', 'Kalimantan Barat', 'KB', 5, 1),
  tile('62', 'Kalimantan Tengah', 'KT', 6, 1),
  tile('63', 'Kalimantan Selatan', 'KS', 7, 2),
  tile('64', 'Kalimantan Timur', 'KI', 7, 1),
  tile('65', 'Kalimantan Utara', 'KU', 7, 0),
  tile('71', 'Sulawesi Utara', 'SA', 10, 0),
  tile('75', 'Gorontalo', 'GO', 9, 0),
  tile('72', 'Sulawesi Tengah', 'ST', 9, 1),
  tile('76', 'Sulawesi Barat', 'SR', 8, 2),
  tile('73', 'Sulawesi Selatan', 'SN', 9, 2),
  tile('74', 'Sulawesi Tenggara', 'SG', 10, 2),
  tile('82', 'Maluku Utara', 'MU', 11, 1),
  tile('81', 'Maluku', 'MA', 11, 2),
  tile('96', 'Papua Barat Daya', 'PD', 12, 1),
  tile('92', 'Papua Barat', 'PB', 13, 1),
  tile('91', 'Papua', 'PA', 14, 1),
  tile('94', 'Papua Tengah', 'PT', 13, 2),
  tile('95', 'Papua Pegunungan', 'PE', 14, 2),
  tile('93', 'Papua Selatan', 'PS', 14, 3),
];

/** The grid's size in tiles. */
export const tileGrid = {
  columns: Math.max(...provinceTiles.map((entry) => entry.column)) + 1,
  rows: Math.max(...provinceTiles.map((entry) => entry.row)) + 1,
};

// --- internal ---

function tile(code: string, name: string, label: string, column: number, row: number) {
  return { code, name, label, column, row };
}
