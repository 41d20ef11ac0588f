import { useCallback, useRef, useState } from 'react';

/** Rows per page of a matrix list: a screenful at 1280×860 without scrolling far. */
export const MATRIX_PAGE_SIZE = 25;

/** Which rows one page shows: [start, end) as slice bounds, first–last as a person counts them. */
export interface PageWindow {
  page: number;
  pageCount: number;
  start: number;
  end: number;
  first: number;
  last: number;
  total: number;
}

/**
 * The rows of a page of a list of `total`. A page past the end (after a search narrowed the list
 * or an entry was deleted) shows the last page instead of an empty one.
 */
export function pageWindow(total: number, requestedPage: number, pageSize = MATRIX_PAGE_SIZE): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const start = (page - 1) * pageSize;
  const end = Math.min(total, start + pageSize);
  return { page, pageCount, start, end, first: total === 0 ? 0 : start + 1, last: end, total };
}

/** A list's search and filters with the page shown; any change of filter goes back to page 1. */
export interface ListState<F> {
  filter: F;
  page: number;
  setFilter: (filter: F) => void;
  setPage: (page: number) => void;
}

export function useListState<F>(initial: F): ListState<F> {
  const [state, setState] = useState({ filter: initial, page: 1 });
  const setFilter = useCallback((filter: F) => setState({ filter, page: 1 }), []);
  const setPage = useCallback((page: number) => setState((current) => ({ ...current, page })), []);
  return { filter: state.filter, page: state.page, setFilter, setPage };
}

/**
 * The rows of the page shown, and a page change that brings the top of the list back into view
 * (the page buttons sit under the table, so the new rows would otherwise start off-screen).
 */
export function usePagedRows<T>(rows: T[], page: number, onPageChange: (page: number) => void) {
  const topRef = useRef<HTMLDivElement>(null);
  const range = pageWindow(rows.length, page);
  const changePage = (next: number) => {
    onPageChange(next);
    topRef.current?.scrollIntoView({ block: 'start' });
  };
  return { range, shown: rows.slice(range.start, range.end), topRef, changePage };
}
