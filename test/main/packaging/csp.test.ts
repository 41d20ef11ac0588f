/**
 * The Content Security Policy shipped in renderer/index.html (docs/architecture.md, "Security"). The
 * security scan's CSP finding is accepted in SECURITY-FINDINGS.md on the strength of this test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const INDEX = resolve(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html');

function shippedPolicy(): Map<string, string[]> {
  const html = readFileSync(INDEX, 'utf8');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/g)];
  expect(metas).toHaveLength(1);
  const directives = metas[0][1].split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0] !== '');
  return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

describe('renderer/index.html Content Security Policy', () => {
  const policy = shippedPolicy();

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
  ])('sets %s to exactly %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('never allows eval or inline scripts', () => {
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource).not.toContain("'wasm-unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('loads nothing from the network: only the app itself and data: images and fonts', () => {
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        expect([`'none'`, `'self'`, `'unsafe-inline'`, 'data:'], `${directive} ${source}`).toContain(source);
      }
    }
    expect([...policy.entries()].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)).toEqual([
      'style-src',
    ]);
  });
});
