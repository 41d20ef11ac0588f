import { join } from 'node:path';
import { APP_INDEX_URL, APP_ORIGIN } from '../../main/app-protocol';
import { preloadPath, rendererDirectory, rendererIndexPath, rendererLocation } from '../../main/paths';

const MAIN = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'main');
const INDEX = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'renderer', 'index.html');

describe('built file paths', () => {
  it('finds the CommonJS preload next to the main bundle', () => {
    expect(preloadPath(MAIN)).toBe(join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'preload', 'index.cjs'));
  });

  it('finds the renderer folder and its index next to the main bundle', () => {
    expect(rendererDirectory(MAIN)).toBe(join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'renderer'));
    expect(rendererIndexPath(MAIN)).toBe(INDEX);
  });
});

describe('rendererLocation', () => {
  // The built renderer is served through app:// (main/app-protocol.ts), never file://.
  const production = { target: { kind: 'url', url: APP_INDEX_URL }, appUrl: APP_ORIGIN };

  it('loads the built renderer through app:// in a packaged app and trusts only that origin', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: undefined })).toEqual(production);
    expect(APP_INDEX_URL).toBe('app://skillgap/index.html');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(production);
  });

  it('loads the dev server in development and trusts its origin', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      target: { kind: 'url', url: 'http://localhost:5173/' },
      appUrl: 'http://localhost:5173',
    });
  });

  it('uses the built renderer in an unpackaged run without a dev server', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: undefined })).toEqual(production);
  });

  it.each(['https://evil.example', 'file:///tmp/x.html', 'not a url'])(
    'falls back to the built renderer when the dev address is %s',
    (devServerUrl) => {
      expect(rendererLocation({ isPackaged: false, devServerUrl })).toEqual(production);
    },
  );
});
