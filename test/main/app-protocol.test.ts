import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere', 'leak.js'), 'export const secret = 1;');
    // Links inside the served folder: to a file outside it, to a folder outside it, and to a file inside it.
    await symlink(join(root, 'secret.txt'), join(root, 'renderer', 'assets', 'secret.js'));
    await symlink(join(root, 'elsewhere'), join(root, 'renderer', 'linked'));
    await symlink(join(root, 'renderer', 'assets', 'index.js'), join(root, 'renderer', 'alias.js'));
    handle = createAppProtocolHandler({ rendererDirectory: join(root, 'renderer'), readFile: (path) => readFile(path) });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  afterEach(() => {
    vi.restoreAllMocks();
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

  it('answers 404, without reading, for a link inside the folder that leads out of it', async () => {
    const reads: string[] = [];
    const guarded = createAppProtocolHandler({
      rendererDirectory: join(root, 'renderer'),
      readFile: (path) => {
        reads.push(path);
        return readFile(path);
      },
    });
    expect((await guarded(new Request('app://skillgap/assets/secret.js'))).status).toBe(404);
    expect((await guarded(new Request('app://skillgap/linked/leak.js'))).status).toBe(404);
    expect(reads).toEqual([]);
  });

  it('follows a link that stays inside the folder and types it by the name asked for', async () => {
    const response = await handle(new Request('app://skillgap/alias.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export {};');
  });

  it('answers 404, not 500, for a name too long for the file system', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await handle(new Request(`app://skillgap/${'a'.repeat(5_000)}.js`));
    expect(response.status).toBe(404);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('answers 404 for any other failure to look the file up', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createAppProtocolHandler({
      rendererDirectory: join(root, 'renderer'),
      readFile: (path) => readFile(path),
      realpath: async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    });
    expect((await failing(new Request('app://skillgap/index.html'))).status).toBe(404);
    errors.mockRestore();
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
    // The parent step resolves to renderer/secret.txt, which does not exist: nothing is read.
    expect((await guarded(new Request('app://skillgap/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await guarded(new Request('app://skillgap/..%2fsecret.txt'))).status).toBe(403);
    expect((await guarded(new Request('app://skillgap/..%5csecret.txt'))).status).toBe(403);
    expect(reads).toEqual([]);
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
