import type { MouseEvent } from 'react';

/**
 * A click handler for a link the island can follow itself: a plain click runs `action`, a
 * click that asks for a new tab or window is left to the browser.
 */
export function followWith(action: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    action();
  };
}
