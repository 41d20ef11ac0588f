import { MATRIX_PAGE_SIZE, pageWindow } from '../../../../renderer/src/screens/Matrix/paging';

describe('pageWindow', () => {
  it('cuts 143 rows into six pages of 25, the last one holding 18', () => {
    expect(MATRIX_PAGE_SIZE).toBe(25);
    expect(pageWindow(143, 1)).toEqual({ page: 1, pageCount: 6, start: 0, end: 25, first: 1, last: 25, total: 143 });
    expect(pageWindow(143, 2)).toMatchObject({ start: 25, end: 50, first: 26, last: 50 });
    expect(pageWindow(143, 6)).toMatchObject({ start: 125, end: 143, first: 126, last: 143 });
  });

  it('shows the last page for a page past the end, and page 1 for nonsense', () => {
    expect(pageWindow(30, 4)).toMatchObject({ page: 2, first: 26, last: 30 });
    expect(pageWindow(30, 0)).toMatchObject({ page: 1, first: 1 });
    expect(pageWindow(30, Number.NaN)).toMatchObject({ page: 1 });
  });

  it('has one empty page for an empty list', () => {
    expect(pageWindow(0, 3)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0, first: 0, last: 0, total: 0 });
  });

  it('fits a list of exactly one page on one page', () => {
    expect(pageWindow(25, 1).pageCount).toBe(1);
    expect(pageWindow(26, 1).pageCount).toBe(2);
  });
});
