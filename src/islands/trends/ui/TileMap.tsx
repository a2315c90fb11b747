import { useState } from 'react';
import { provinceTiles, tileGrid, type ProvinceTile } from '../../../lib/trends/tiles.ts';
import { countColour, inkOn } from '../colours.ts';
import { legendHeight, ScaleKey } from './ScaleKey.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { Tooltip } from './Tooltip.tsx';
import type { NumberFormat } from './types.ts';

export interface TileMapProps {
  width: number;
  label: string;
  /** Matching innovations by official province name. */
  counts: ReadonlyMap<string, number>;
  hrefOf: (tile: ProvinceTile) => string;
  markName: (tile: ProvinceTile, count: number) => string;
  texts: { fewer: string; more: string };
  format: NumberFormat;
}

const largestTile = 60;
const gap = 2;

/** Indonesia as equal tiles, one per province, coloured by count; each tile is a link. */
export function TileMap(props: TileMapProps) {
  const [active, setActive] = useState<ProvinceTile | undefined>(undefined);
  const size = Math.min(Math.floor(props.width / tileGrid.columns), largestTile);
  const mapHeight = tileGrid.rows * size;
  const highest = Math.max(0, ...props.counts.values());
  const countOf = (tile: ProvinceTile) => props.counts.get(tile.name) ?? 0;
  const show = (tile: ProvinceTile) => () => {
    setActive(tile);
  };
  const hide = () => {
    setActive(undefined);
  };
  return (
    <ChartSvg width={props.width} height={mapHeight + legendHeight} label={props.label}>
      {provinceTiles.map((tile) => {
        const fill = countColour(countOf(tile), highest);
        return (
          <a
            key={tile.code}
            href={props.hrefOf(tile)}
            className="tile"
            onPointerEnter={show(tile)}
            onPointerLeave={hide}
            onFocus={show(tile)}
            onBlur={hide}
          >
            {/* Its name (a title, not aria-label: the tile's visible code is not the name). */}
            <title>{props.markName(tile, countOf(tile))}</title>
            <rect
              x={tile.column * size + gap / 2}
              y={tile.row * size + gap / 2}
              width={size - gap}
              height={size - gap}
              rx="3"
              fill={fill}
              stroke="#9aa3a8"
              strokeWidth="0.5"
            />
            <text
              aria-hidden="true"
              x={(tile.column + 0.5) * size}
              y={(tile.row + 0.5) * size + (size >= 40 ? -2 : 4)}
              fontSize={size >= 40 ? 12 : 10}
              fontWeight="700"
              textAnchor="middle"
              fill={inkOn(fill)}
            >
              {tile.label}
            </text>
            {size >= 40 ? (
              <text
                aria-hidden="true"
                x={(tile.column + 0.5) * size}
                y={(tile.row + 0.5) * size + 13}
                fontSize="11"
                textAnchor="middle"
                fill={inkOn(fill)}
              >
                {props.format(countOf(tile))}
              </text>
            ) : null}
          </a>
        );
      })}
      <ScaleKey top={mapHeight + 10} highest={highest} texts={props.texts} format={props.format} />
      {active === undefined ? null : (
        <Tooltip
          x={(active.column + 0.5) * size}
          y={active.row * size}
          lines={[active.name, props.format(countOf(active))]}
          width={props.width}
        />
      )}
    </ChartSvg>
  );
}
