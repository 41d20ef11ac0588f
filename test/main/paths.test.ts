import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preloadPath, rendererIndexPath, rendererLocation } from '../../main/paths';

const MAIN = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'main');
const INDEX = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'renderer', 'index.html');

describe('built file paths', () => {
  it('finds the CommonJS preload next to the main bundle', () => {
    expect(preloadPath(MAIN)).toBe(join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'preload', 'index.cjs'));
  });

  it('finds the renderer index next to the main bundle', () => {
    expect(rendererIndexPath(MAIN)).toBe(INDEX);
  });
});

describe('rendererLocation', () => {
  const production = { kind: 'file', path: INDEX };
  const productionUrl = pathToFileURL(INDEX).href;

  it('loads the built file in a packaged app and trusts only that file', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: undefined, mainDirectory: MAIN })).toEqual({
      target: production,
      appUrl: productionUrl,
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    const location = rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', mainDirectory: MAIN });
    expect(location.target).toEqual(production);
  });

  it('loads the dev server in development and trusts its origin', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', mainDirectory: MAIN })).toEqual({
      target: { kind: 'url', url: 'http://localhost:5173/' },
      appUrl: 'http://localhost:5173',
    });
  });

  it.each(['https://evil.example', 'file:///tmp/x.html', 'not a url'])(
    'falls back to the built file when the dev address is %s',
    (devServerUrl) => {
      const location = rendererLocation({ isPackaged: false, devServerUrl, mainDirectory: MAIN });
      expect(location).toEqual({ target: production, appUrl: productionUrl });
    },
  );
});
