import { useState } from 'react';
import { useRovingFocus, type RovingMark } from './useRovingFocus.ts';

export interface MarkProps extends RovingMark {
  className: 'mark';
  role: 'img';
  'aria-label': string;
  'data-active': '' | undefined;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export interface Marks {
  /** The mark under the pointer or with focus: the one the tooltip shows. */
  active: number | undefined;
  onBlur: () => void;
  markProps: (index: number, name: string) => MarkProps;
}

/**
 * What makes a chart's marks readable: one tab stop with arrow keys between them (a grid of
 * `columns` when given), a name with their numbers, and the active one for the tooltip.
 */
export function useMarks(count: number, columns = 1): Marks {
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const roving = useRovingFocus(count, columns);
  const active = roving.focused ?? hovered;
  return {
    active,
    onBlur: roving.onBlur,
    markProps: (index, name) => ({
      className: 'mark',
      role: 'img',
      'aria-label': name,
      'data-active': active === index ? '' : undefined,
      onPointerEnter: () => {
        setHovered(index);
      },
      onPointerLeave: () => {
        setHovered(undefined);
      },
      ...roving.markProps(index),
    }),
  };
}
