import type { PortalLog } from './types.ts';

/** The portal's lines on the process's standard streams (the default log). */
export const consoleLog: PortalLog = {
  info: (line) => {
    console.log(line);
  },
  warn: (line) => {
    console.warn(line);
  },
  error: (line) => {
    console.error(line);
  },
};
