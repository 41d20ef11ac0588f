import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppFile,
} from '../../main/app-protocol';

const ROOT = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'renderer');

describe('the app scheme', () => {
  it('is app://skillgap, with index.html as the page', () => {
    expect(APP_ORIGIN).toBe('app://skillgap');
    expect(APP_INDEX_URL).toBe('app://skillgap/index.html');
  });

  it('asks only for an origin and a secure context', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});

describe('resolveAppFile', () => {
  it.each([
    ['app://skillgap/index.html', join(ROOT, 'index.html')],
    ['app://skillgap/', join(ROOT, 'index.html')],
    ['app://skillgap', join(ROOT, 'index.html')],
    ['app://skillgap/index.html?print=1#/plan', join(ROOT, 'index.html')],
    ['app://skillgap/assets/index-abc.js', join(ROOT, 'assets', 'index-abc.js')],
    ['app://skillgap/assets/font%20file.woff2', join(ROOT, 'assets', 'font file.woff2')],
    ['app://skillgap/assets//index-abc.js', join(ROOT, 'assets', 'index-abc.js')],
    ['app://skillgap/..hidden.js', join(ROOT, '..hidden.js')],
  ])('maps %s into the renderer folder', (url, path) => {
    expect(resolveAppFile(url, ROOT)).toEqual({ ok: true, path });
  });

  // The URL parser itself resolves "..", "." and their %2e spellings against the root, so they
  // cannot climb out; what is left to refuse is what decoding a segment could smuggle in.
  it.each([
    ['app://skillgap/../../main/index.js', join(ROOT, 'main', 'index.js')],
    ['app://skillgap/%2e%2e/%2E%2e/main/index.js', join(ROOT, 'main', 'index.js')],
    ['app://skillgap/assets/%2e/x.js', join(ROOT, 'assets', 'x.js')],
  ])('keeps the dot segments of %s inside the renderer folder', (url, path) => {
    expect(resolveAppFile(url, ROOT)).toEqual({ ok: true, path });
  });

  it.each([
    ['an encoded slash', 'app://skillgap/assets%2f..%2f..%2fmain%2findex.js'],
    ['an encoded backslash', 'app://skillgap/..%5cmain%5cindex.js'],
    ['an encoded NUL', 'app://skillgap/index.html%00.png'],
    ['a drive letter', 'app://skillgap/C:%5cWindows%5cwin.ini'],
    ['an alternate data stream', 'app://skillgap/index.html:stream'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, ROOT)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    ['another host', 'app://other/index.html'],
    ['a port', 'app://skillgap:1/index.html'],
    ['credentials', 'app://me@skillgap/index.html'],
    ['another scheme', 'file:///opt/Skillgap/resources/app.asar/out/renderer/index.html'],
  ])('does not serve %s', (_name, url) => {
    expect(resolveAppFile(url, ROOT)).toEqual({ ok: false, status: 404 });
  });

  it.each(['not a url', 'app://skillgap/%E0%A4%A.js'])('calls %s a bad request', (url) => {
    expect(resolveAppFile(url, ROOT)).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/blob.bin', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'skillgap-app-protocol-'));
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Skillgap</title>');
    await writeFile(join(root, 'renderer', 'assets', 'index.js'), 'export {};');
    await writeFile(join(root, 'secret.txt'), 'outside the renderer');
    handle = createAppProtocolHandler({ rendererDirectory: join(root, 'renderer'), readFile: (path) => readFile(path) });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html as HTML with nosniff', async () => {
    const response = await handle(new Request('app://skillgap/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Skillgap</title>');
  });

  it('serves module scripts with a JavaScript type', async () => {
    const response = await handle(new Request('app://skillgap/assets/index.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export {};');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://skillgap/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await handle(new Request('app://skillgap/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://skillgap/assets'))).status).toBe(404);
  });

  it('never reads outside the renderer folder', async () => {
    const reads: string[] = [];
    const guarded = createAppProtocolHandler({
      rendererDirectory: join(root, 'renderer'),
      readFile: (path) => {
        reads.push(path);
        return readFile(path);
      },
    });
    // The parent step resolves to renderer/secret.txt, which does not exist.
    expect((await guarded(new Request('app://skillgap/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await guarded(new Request('app://skillgap/..%2fsecret.txt'))).status).toBe(403);
    expect((await guarded(new Request('app://skillgap/..%5csecret.txt'))).status).toBe(403);
    expect(reads).toEqual([join(root, 'renderer', 'secret.txt')]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://skillgap/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('reports an unexpected read error as 500', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createAppProtocolHandler({
      rendererDirectory: join(root, 'renderer'),
      readFile: async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    });
    expect((await failing(new Request('app://skillgap/index.html'))).status).toBe(500);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
