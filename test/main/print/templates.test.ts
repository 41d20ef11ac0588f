import { footerTemplate, printRouteHash, printTarget } from '../../../main/print/templates';

describe('print templates', () => {
  it('builds the print route for a plan and a paper size', () => {
    expect(printRouteHash('plan-switch', 'a4')).toBe('/print/plan-switch?paper=a4');
    expect(printTarget({ kind: 'url', url: 'http://localhost:5173/#/profile' }, 'plan-x', 'letter')).toEqual({
      kind: 'url',
      url: 'http://localhost:5173/#/print/plan-x?paper=letter',
    });
    const file = { kind: 'file' as const, path: '/opt/out/renderer/index.html' };
    expect(printTarget(file, 'plan-x', 'a4')).toBe(file);
  });

  it('puts page numbers in the footer and escapes everything else the page gave', () => {
    const template = footerTemplate('Page {page} of {total}');
    expect(template).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    const hostile = footerTemplate('<img src=x onerror=alert(1)> {page}');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&#60;img src=x onerror=alert(1)&#62; <span class="pageNumber"></span>');
  });
});
