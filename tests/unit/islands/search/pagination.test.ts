import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../../../src/islands/search/ui/Pagination.tsx';

describe('pageWindow', () => {
  it('shows the first, the last, and the current page with its neighbours', () => {
    expect(pageWindow(10, 50)).toEqual([1, 'gap', 9, 10, 11, 'gap', 50]);
  });

  it('fills a gap of one page with that page instead of an ellipsis', () => {
    expect(pageWindow(4, 50)).toEqual([1, 2, 3, 4, 5, 'gap', 50]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  it('is one page for one page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
