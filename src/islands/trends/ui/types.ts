/** One series of a chart: a cluster, a programme, a status. */
export interface Series {
  key: string;
  label: string;
  colour: string;
  hidden: boolean;
}

/** Turns a number into the page language's notation (`1.234` or `1,234`). */
export type NumberFormat = (value: number) => string;
