import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

export interface RovingMark {
  tabIndex: 0 | -1;
  ref: (element: SVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
  onFocus: (event: FocusEvent<SVGElement>) => void;
}

export interface RovingFocus {
  /** The mark that has focus, or undefined. */
  focused: number | undefined;
  markProps: (index: number) => RovingMark;
  onBlur: () => void;
}

/**
 * One tab stop for a chart's marks: arrows move between them (left/right by one, up/down by a
 * row of `columns` in a grid), Home and End to the ends. The last mark visited keeps the stop.
 */
export function useRovingFocus(count: number, columns = 1): RovingFocus {
  const [current, setCurrent] = useState(0);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const marks = useRef<(SVGElement | null)[]>([]);
  const move = (to: number) => {
    const next = Math.min(Math.max(to, 0), count - 1);
    setCurrent(next);
    marks.current[next]?.focus();
  };
  const steps: Record<string, (from: number) => number> = {
    ArrowRight: (from) => from + 1,
    ArrowLeft: (from) => from - 1,
    ArrowDown: (from) => from + columns,
    ArrowUp: (from) => from - columns,
    Home: () => 0,
    End: () => count - 1,
  };
  return {
    focused,
    markProps: (index) => ({
      tabIndex: index === Math.min(current, count - 1) ? 0 : -1,
      ref: (element) => {
        marks.current[index] = element;
      },
      onKeyDown: (event) => {
        const step = steps[event.key];
        if (step === undefined) return;
        event.preventDefault();
        move(step(index));
      },
      onFocus: () => {
        setCurrent(index);
        setFocused(index);
      },
    }),
    onBlur: () => {
      setFocused(undefined);
    },
  };
}
