import { useEffect, useState, type RefObject } from 'react';

/** The width charts are drawn at before the browser has measured them (and without JS). */
export const defaultChartWidth = 640;

/**
 * The width of the chart's box in CSS pixels, followed as it changes, so a chart draws at the
 * size it is shown (text stays its size on a phone). The server's drawing is scaled instead.
 */
export function useChartWidth(box: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(defaultChartWidth);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [box]);
  return width;
}
