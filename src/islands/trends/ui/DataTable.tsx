import type { Matrix } from '../../../lib/trends/matrix.ts';
import type { NumberFormat } from './types.ts';

export interface DataTableProps {
  caption: string;
  matrix: Matrix;
  format: NumberFormat;
  /** A link for a row's first cell, by row (the provinces: their browse pages). */
  rowHrefs?: readonly (string | undefined)[];
}

/** A chart's exact numbers: the header row, then one row per category, numbers to the right. */
export function DataTable({ caption, matrix, format, rowHrefs }: DataTableProps) {
  const [head = [], ...rows] = matrix;
  return (
    <div className="data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first = '', ...cells], row) => (
            <tr key={row}>
              <th scope="row">
                {rowHrefs?.[row] === undefined ? first : <a href={rowHrefs[row]}>{first}</a>}
              </th>
              {cells.map((cell, index) => (
                <td key={index} className={typeof cell === 'number' ? 'number' : undefined}>
                  {typeof cell === 'number' ? format(cell) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
