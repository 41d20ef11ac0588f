/** Open at login with Electron's app replaced by a fake: the system is touched only when needed. */
import { loginItemsSupported, syncOpenAtLogin } from '../../main/login-item';

const fakes = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    setLoginItemSettings: vi.fn(),
  },
}));

vi.mock('electron', () => ({ app: fakes.app }));

const { app } = fakes;

beforeEach(() => {
  app.isPackaged = true;
  app.getLoginItemSettings.mockReset().mockReturnValue({ openAtLogin: false });
  app.setLoginItemSettings.mockReset();
});

describe('syncOpenAtLogin', () => {
  it('never reads nor writes login items while the person has not chosen', () => {
    expect(syncOpenAtLogin(undefined, 'darwin')).toBe('not-chosen');
    expect(app.getLoginItemSettings).not.toHaveBeenCalled();
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it.each(['darwin', 'win32'] as const)('adds Skillgap to the login items on %s when turned on', (platform) => {
    expect(syncOpenAtLogin(true, platform)).toBe('changed');
    expect(app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true });
  });

  it('removes it when turned off again', () => {
    app.getLoginItemSettings.mockReturnValue({ openAtLogin: true });
    expect(syncOpenAtLogin(false, 'win32')).toBe('changed');
    expect(app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: false });
  });

  it('writes nothing when the system already agrees', () => {
    expect(syncOpenAtLogin(false, 'darwin')).toBe('unchanged');
    app.getLoginItemSettings.mockReturnValue({ openAtLogin: true });
    expect(syncOpenAtLogin(true, 'darwin')).toBe('unchanged');
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('does nothing on Linux, where Electron has no login items', () => {
    expect(syncOpenAtLogin(true, 'linux')).toBe('unsupported');
    expect(app.getLoginItemSettings).not.toHaveBeenCalled();
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('leaves a development run alone, which would register the bare Electron binary', () => {
    app.isPackaged = false;
    expect(syncOpenAtLogin(true, 'darwin')).toBe('development');
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('loginItemsSupported', () => {
  it('is true on macOS and Windows only', () => {
    expect(['darwin', 'win32', 'linux', 'freebsd'].map((platform) => loginItemsSupported(platform as NodeJS.Platform))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
