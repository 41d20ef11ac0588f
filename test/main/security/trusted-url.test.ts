import { pathToFileURL } from 'node:url';
import type { Catalog } from '../../../core';
import {
  devServerOrigin,
  isAppUrl,
  isSafeExternalUrl,
  knownExternalUrl,
  MAX_EXTERNAL_URL_LENGTH,
  normalizeExternalUrl,
  urlsInCatalogs,
} from '../../../main/security/trusted-url';

describe('isSafeExternalUrl', () => {
  const accepted: Array<[string, string]> = [
    ['plain https', 'https://www.coursera.org/learn/machine-learning'],
    ['plain http', 'http://example.org/'],
    ['uppercase scheme', 'HTTPS://example.org/path'],
    ['mixed-case scheme and host', 'HtTp://Example.ORG'],
    ['query and fragment', 'https://example.org/search?q=llm&lang=fr#results'],
    ['explicit port', 'https://example.org:8443/x'],
    ['percent-encoded path', 'https://fr.wikipedia.org/wiki/%C3%89ducation'],
    ['unicode path', 'https://fr.wikipedia.org/wiki/Éducation'],
    ['internationalised host', 'https://bücher.example/'],
    ['trailing dot host', 'https://example.org./'],
    ['exactly the length limit', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH - 20)}`],
  ];
  it.each(accepted)('accepts %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  const refused: Array<[string, unknown]> = [
    ['javascript:', 'javascript:alert(1)'],
    ['uppercase JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
    ['javascript: disguised with a leading space', ' javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://example.org/123'],
    ['custom scheme', 'skillgap://open'],
    ['ms-settings scheme', 'ms-settings:privacy'],
    ['ftp', 'ftp://example.org/file'],
    ['mailto', 'mailto:someone@example.org'],
    ['credentials before the host', 'https://evil.com@app'],
    ['user and password', 'https://user:pass@example.org/'],
    ['empty password', 'https://user:@example.org/'],
    ['missing slashes', 'https:example.org'],
    ['single slash', 'https:/example.org'],
    ['backslashes', 'https:\\\\example.org\\x'],
    ['leading space', ' https://example.org'],
    ['trailing space', 'https://example.org '],
    ['space inside', 'https://exa mple.org'],
    ['tab', 'https://example.org/\tx'],
    ['newline', 'https://example.org/\nx'],
    ['NUL byte', 'https://example.org/\u0000'],
    ['DEL', 'https://example.org/\u007f'],
    ['C1 control', 'https://example.org/\u0085'],
    ['no-break space', 'https://example.org/\u00a0'],
    ['zero-width space', 'https://exam\u200bple.org'],
    ['right-to-left override', 'https://example.org/\u202egnp.exe'],
    ['byte-order mark', '\ufeffhttps://example.org'],
    ['localhost', 'http://localhost:3000/'],
    ['localhost uppercase', 'http://LOCALHOST/'],
    ['subdomain of localhost', 'http://app.localhost/'],
    ['.local host', 'http://printer.local/'],
    ['single-label host', 'http://intranet/'],
    ['IPv4 loopback', 'http://127.0.0.1/'],
    ['IPv4 as a number', 'http://2130706433/'],
    ['IPv4 in hex', 'http://0x7f.1/'],
    ['private IPv4', 'http://192.168.1.1/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['IPv6 address', 'https://[2001:db8::1]:8443/x'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['IPv6 link-local', 'http://[fe80::1]/'],
    ['IPv4 with a trailing dot', 'http://10.0.0.1./'],
    ['localhost.localdomain', 'http://localhost.localdomain/'],
    ['a .localdomain name', 'http://printer.localdomain/'],
    ['localhost with a trailing dot', 'http://localhost./'],
    ['.internal host', 'https://metadata.google.internal/computeMetadata/v1/'],
    ['.lan host', 'http://router.lan/'],
    ['.home host', 'http://nas.home/'],
    ['.home.arpa host', 'http://nas.home.arpa/'],
    ['reverse-lookup .arpa name', 'http://1.0.0.127.in-addr.arpa/'],
    ['.corp host', 'https://wiki.corp/'],
    ['.corp host in capitals', 'https://WIKI.ACME.CORP/'],
    ['.local host with a trailing dot', 'http://printer.local./'],
    ['empty host', 'http:///path'],
    ['scheme only', 'https://'],
    ['relative path', '/index.html'],
    ['empty string', ''],
    ['over the length limit', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
    ['not a string', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { href: 'https://example.org' }],
  ];
  it.each(refused)('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('normalizeExternalUrl', () => {
  it('returns the parsed form so what is opened is what was checked', () => {
    expect(normalizeExternalUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
    expect(normalizeExternalUrl('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
    expect(normalizeExternalUrl('https://fr.wikipedia.org/wiki/Éducation')).toBe(
      'https://fr.wikipedia.org/wiki/%C3%89ducation',
    );
  });

  it('returns null for a refused address', () => {
    expect(normalizeExternalUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('urlsInCatalogs and knownExternalUrl', () => {
  const catalog = {
    roles: [
      {
        sources: [{ title: 'Survey' }, { title: 'Report', url: 'HTTPS://Reports.example/AI?year=2026' }],
        onetCodes: ['15-1221.00', '43-9021.00'],
      },
    ],
    courses: [{ url: 'https://www.coursera.org/learn/machine-learning' }, { url: 'http://localhost:8080/course' }],
  } as unknown as Pick<Catalog, 'roles' | 'courses'>;
  const own = { roles: [], courses: [{ url: 'https://my-notes.example/course' }] } as unknown as Pick<Catalog, 'roles' | 'courses'>;
  const known = urlsInCatalogs([catalog, own]);

  it('holds course pages, role sources and O*NET pages, normalised, and leaves out unsafe ones', () => {
    expect([...known].sort()).toEqual([
      'https://my-notes.example/course',
      'https://reports.example/AI?year=2026',
      'https://www.coursera.org/learn/machine-learning',
      'https://www.onetonline.org/link/summary/15-1221.00',
      'https://www.onetonline.org/link/summary/43-9021.00',
    ]);
  });

  const accepted: Array<[string, string, string]> = [
    ['a built-in course page', 'https://www.coursera.org/learn/machine-learning', 'https://www.coursera.org/learn/machine-learning'],
    ['a course of the person’s own', 'https://my-notes.example/course', 'https://my-notes.example/course'],
    ['a role source, written otherwise', 'https://reports.example/AI?year=2026', 'https://reports.example/AI?year=2026'],
    ['an O*NET page of a role', 'https://www.onetonline.org/link/summary/15-1221.00', 'https://www.onetonline.org/link/summary/15-1221.00'],
    ['a known page with the host in capitals', 'https://WWW.COURSERA.ORG/learn/machine-learning', 'https://www.coursera.org/learn/machine-learning'],
  ];
  it.each(accepted)('opens %s', (_name, url, opened) => {
    expect(knownExternalUrl(url, known)).toBe(opened);
  });

  const refused: Array<[string, unknown]> = [
    ['a public page no entry links to', 'https://evil.example/collect?data=1'],
    ['a known page with data added', 'https://www.coursera.org/learn/machine-learning?leak=1'],
    ['an O*NET page of no role', 'https://www.onetonline.org/link/summary/11-1011.00'],
    ['a local course address, even though the data holds it', 'http://localhost:8080/course'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a string', 42],
  ];
  it.each(refused)('refuses %s', (_name, url) => {
    expect(knownExternalUrl(url, known)).toBeNull();
  });
});

describe('isAppUrl', () => {
  const indexUrl = pathToFileURL('/opt/Skillgap/resources/app.asar/out/renderer/index.html').href;

  describe('production (file URL of index.html)', () => {
    const cases: Array<[string, unknown, boolean]> = [
      ['the index file', indexUrl, true],
      ['a hash route', `${indexUrl}#/plan`, true],
      ['a query', `${indexUrl}?print=1#/print`, true],
      ['another file in the same folder', indexUrl.replace('index.html', 'other.html'), false],
      ['a file elsewhere', 'file:///etc/passwd', false],
      ['a file on a remote host', indexUrl.replace('file://', 'file://evil.com'), false],
      ['a path climbing out and back', indexUrl.replace('/renderer/', '/renderer/../main/'), false],
      ['a web page', 'https://example.org/', false],
      ['the dev server', 'http://localhost:5173/', false],
      ['javascript:', 'javascript:alert(1)', false],
      ['about:blank', 'about:blank', false],
      ['a control character', `${indexUrl}\u0000`, false],
      ['not a string', undefined, false],
    ];
    it.each(cases)('%s', (_name, url, expected) => {
      expect(isAppUrl(url, indexUrl)).toBe(expected);
    });
  });

  describe('development (dev server origin)', () => {
    const origin = 'http://localhost:5173';
    const cases: Array<[string, unknown, boolean]> = [
      ['the origin', 'http://localhost:5173', true],
      ['a path on the origin', 'http://localhost:5173/index.html#/roles', true],
      ['another port', 'http://localhost:5174/', false],
      ['https instead of http', 'https://localhost:5173/', false],
      ['127.0.0.1 is another origin', 'http://127.0.0.1:5173/', false],
      ['credentials that fake the host', 'http://localhost:5173@evil.com/', false],
      ['credentials on the right host', 'http://user@localhost:5173/', false],
      ['a foreign site', 'https://evil.com/', false],
      ['a file URL', indexUrl, false],
    ];
    it.each(cases)('%s', (_name, url, expected) => {
      expect(isAppUrl(url, origin)).toBe(expected);
    });
  });

  describe('built app (app:// origin)', () => {
    const origin = 'app://skillgap';
    const cases: Array<[string, unknown, boolean]> = [
      ['the index page', 'app://skillgap/index.html', true],
      ['a hash route', 'app://skillgap/index.html#/plan', true],
      ['a query and a route', 'app://skillgap/index.html?print=1#/print', true],
      ['an asset', 'app://skillgap/assets/index-abc.js', true],
      ['the bare origin', 'app://skillgap', true],
      ['another host on the scheme', 'app://evil/index.html', false],
      ['a host that only starts like ours', 'app://skillgap.evil.com/', false],
      ['a port', 'app://skillgap:8080/index.html', false],
      ['credentials', 'app://user@skillgap/index.html', false],
      ['no authority', 'app:skillgap/index.html', false],
      ['another scheme, same host', 'https://skillgap/index.html', false],
      ['a file URL', indexUrl, false],
      ['the dev server', 'http://localhost:5173/', false],
      ['a control character', 'app://skillgap/\u0000', false],
    ];
    it.each(cases)('%s', (_name, url, expected) => {
      expect(isAppUrl(url, origin)).toBe(expected);
    });

    it('trusts nothing when the app address has no host', () => {
      expect(isAppUrl('app:/index.html', 'app:/index.html')).toBe(false);
    });
  });

  it('trusts nothing when the app address is not app, http(s) or file', () => {
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
    expect(isAppUrl('https://example.org', 'not a url')).toBe(false);
  });
});

describe('devServerOrigin', () => {
  const cases: Array<[string, string | undefined, string | null]> = [
    ['electron-vite localhost', 'http://localhost:5173', 'http://localhost:5173'],
    ['loopback IPv4 with a path', 'http://127.0.0.1:5173/some/path', 'http://127.0.0.1:5173'],
    ['loopback IPv6', 'http://[::1]:5173', 'http://[::1]:5173'],
    ['unset', undefined, null],
    ['empty', '', null],
    ['a remote site', 'https://evil.com', null],
    ['credentials', 'http://evil@localhost:5173', null],
    ['a file URL', 'file:///tmp/index.html', null],
    ['garbage', 'not a url', null],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    expect(devServerOrigin(raw)).toBe(expected);
  });
});
