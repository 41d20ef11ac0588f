import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import {
  createSafeOpener,
  guardWebContents,
  hardenSession,
  installWebContentsGuards,
  urlsTheDataHolds,
} from '../../../main/security/guards';
import { fail, ok, type Catalog, type UserCatalog } from '../../../core';

// The guards take Electron objects as parameters; if anything tried to load the real module,
// this stand-in would make the failure obvious.
vi.mock('electron', () => ({}));

const APP_URL = 'file:///opt/Skillgap/out/renderer/index.html';

type WindowOpenHandler = (details: { url: string }) => { action: string };

class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

function guarded() {
  const contents = new FakeWebContents();
  const openInBrowser = vi.fn<(url: string) => Promise<void>>().mockResolvedValue(undefined);
  guardWebContents(contents as unknown as WebContents, { appUrl: APP_URL, openInBrowser });
  return { contents, openInBrowser };
}

describe('hardenSession', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
  }

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'answers a %s permission request with false',
    (permission) => {
      const session = fakeSession();
      hardenSession(session as unknown as Session);
      const handler = session.setPermissionRequestHandler.mock.calls[0][0];
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check and device request with false', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    const device = session.setDevicePermissionHandler.mock.calls[0][0];
    expect(check({}, 'media', APP_URL, {})).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', APP_URL, {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: APP_URL })).toBe(false);
  });
});

describe('guardWebContents', () => {
  describe.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s', (eventName) => {
    it('prevents a foreign URL', () => {
      const { contents } = guarded();
      const event = navigationEvent('https://evil.example/');
      contents.emit(eventName, event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    });

    it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://localhost:5173/'])('prevents %s', (url) => {
      const { contents } = guarded();
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    });

    it('allows a page of the app', () => {
      const { contents, openInBrowser } = guarded();
      const event = navigationEvent(`${APP_URL}#/plan`);
      contents.emit(eventName, event);
      expect(event.preventDefault).not.toHaveBeenCalled();
      expect(openInBrowser).not.toHaveBeenCalled();
    });
  });

  it('sends a link clicked in the main frame to the system browser', () => {
    const { contents, openInBrowser } = guarded();
    contents.emit('will-navigate', navigationEvent('https://www.coursera.org/learn/x'));
    expect(openInBrowser).toHaveBeenCalledExactlyOnceWith('https://www.coursera.org/learn/x');
  });

  it('opens nothing for an unsafe link, a sub-frame or a redirect', () => {
    const { contents, openInBrowser } = guarded();
    contents.emit('will-navigate', navigationEvent('file:///etc/passwd'));
    contents.emit('will-navigate', navigationEvent('https://example.org/', false));
    contents.emit('will-frame-navigate', navigationEvent('https://example.org/'));
    contents.emit('will-redirect', navigationEvent('https://example.org/'));
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  describe('window.open', () => {
    it.each([
      ['a safe link', 'https://example.org/course', true],
      ['an uppercase scheme', 'HTTPS://example.org/course', true],
      ['javascript:', 'javascript:alert(1)', false],
      ['file:', 'file:///etc/passwd', false],
      ['credentials', 'https://evil.com@app', false],
      ['the app itself', APP_URL, false],
      ['localhost', 'http://localhost:8080/', false],
    ])('denies the window for %s (%s); opens it in the browser: %s', (_name, url, opened) => {
      const { contents, openInBrowser } = guarded();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(openInBrowser).toHaveBeenCalledTimes(opened ? 1 : 0);
    });

    it('passes the normalised address to the browser', () => {
      const { contents, openInBrowser } = guarded();
      contents.windowOpenHandler?.({ url: 'HTTPS://Example.ORG/x' });
      expect(openInBrowser).toHaveBeenCalledWith('https://example.org/x');
    });

    it('reports a failure to open instead of throwing', async () => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const contents = new FakeWebContents();
      const openInBrowser = vi.fn().mockRejectedValue(new Error('no browser'));
      guardWebContents(contents as unknown as WebContents, { appUrl: APP_URL, openInBrowser });
      expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
      await vi.waitFor(() => expect(errors).toHaveBeenCalled());
      errors.mockRestore();
    });
  });

  it('prevents attaching a webview', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('installWebContentsGuards', () => {
  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App, { appUrl: APP_URL, openInBrowser: vi.fn().mockResolvedValue(undefined) });
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    app.emit('web-contents-created', {}, first);
    app.emit('web-contents-created', {}, second);
    for (const contents of [first, second]) {
      expect(contents.windowOpenHandler).not.toBeNull();
      const event = navigationEvent('https://evil.example/');
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });
});

describe('createSafeOpener', () => {
  const COURSE = 'https://www.coursera.org/learn/machine-learning';
  const known = async () => new Set([COURSE, 'https://example.org/']);

  it('opens a safe address the data holds, in its normalised form', async () => {
    const openInBrowser = vi.fn().mockResolvedValue(undefined);
    await createSafeOpener(openInBrowser, known)('HTTPS://example.org');
    expect(openInBrowser).toHaveBeenCalledExactlyOnceWith('https://example.org/');
    await createSafeOpener(openInBrowser, known)(COURSE);
    expect(openInBrowser).toHaveBeenLastCalledWith(COURSE);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org', 'skillgap://x', 'http://localhost/'])(
    'rejects %s without opening anything',
    async (url) => {
      const openInBrowser = vi.fn().mockResolvedValue(undefined);
      await expect(createSafeOpener(openInBrowser, known)(url)).rejects.toThrow(/refused/i);
      expect(openInBrowser).not.toHaveBeenCalled();
    },
  );

  it('rejects a public address that no course or role links to', async () => {
    const openInBrowser = vi.fn().mockResolvedValue(undefined);
    const opener = createSafeOpener(openInBrowser, known);
    await expect(opener('https://evil.example/?data=secret')).rejects.toThrow(/no course or role/);
    await expect(opener(`${COURSE}?leak=1`)).rejects.toThrow(/no course or role/);
    expect(openInBrowser).not.toHaveBeenCalled();
  });
});

describe('urlsTheDataHolds', () => {
  const builtin = {
    version: 'test',
    skills: [],
    roles: [{ sources: [{ title: 'Survey', url: 'https://survey.example/2026' }], onetCodes: ['15-1221.00'] }],
    courses: [{ url: 'https://www.coursera.org/learn/ml' }],
  } as unknown as Catalog;
  const userCatalog = { skills: [], roles: [], courses: [{ url: 'https://my-course.example/x' }] } as unknown as UserCatalog;

  it('holds the links of the built-in catalog and of the person’s own entries', async () => {
    const urls = await urlsTheDataHolds({
      load: async () => ok({ userCatalog }),
      builtinCatalog: async () => ok(builtin),
    });
    expect([...urls].sort()).toEqual([
      'https://my-course.example/x',
      'https://survey.example/2026',
      'https://www.coursera.org/learn/ml',
      'https://www.onetonline.org/link/summary/15-1221.00',
    ]);
  });

  it('holds nothing before the service runs, and what it could read when a read fails', async () => {
    expect((await urlsTheDataHolds(null)).size).toBe(0);
    const urls = await urlsTheDataHolds({
      load: async () => fail('io-failure', 'disk gone'),
      builtinCatalog: async () => ok(builtin),
    });
    expect(urls.has('https://www.coursera.org/learn/ml')).toBe(true);
    expect(urls.has('https://my-course.example/x')).toBe(false);
  });
});
