/**
 * The recorders every browser test relies on to say "no CSP violation, no outbound request"
 * (harness/observers.ts), shown to catch both when they happen. Without this, an observer that
 * silently recorded nothing would make those checks pass for the wrong reason.
 */
import { closeOpenHarnesses, closeSharedBrowser, recordNetworkAndCsp, startHarness } from './harness';
import { sharedBrowser } from './harness/shared';

afterEach(closeOpenHarnesses);
afterAll(closeSharedBrowser);

describe('the CSP and network recorders', () => {
  it('record the violation when an inline script or a remote image is put into the app, and the CSP stops both', async () => {
    const harness = await startHarness();
    await harness.openApp('/profile');
    const { page, observations } = harness;
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedScriptRan = true;';
      document.body.append(script);
      const image = new Image();
      image.src = 'https://tracker.example.invalid/pixel.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __injectedScriptRan?: boolean }).__injectedScriptRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => observations.cspViolations.map((violation) => violation.violatedDirective).sort())
      .toEqual(['img-src', 'script-src-elem']);
    // The attempt is counted even though the policy blocked it, so "no outbound request" in the
    // other tests also rules out blocked attempts.
    expect(observations.outboundRequests).toEqual(['https://tracker.example.invalid/pixel.png']);
  });

  it('record a request that leaves the local server, on a page without the app’s policy', async () => {
    const { browser, server } = await sharedBrowser();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const observations = await recordNetworkAndCsp(page, server.origin);
      await page.setContent('<img src="http://tracker.example.invalid/pixel.png" alt="">');
      await expect.poll(() => observations.outboundRequests).toEqual(['http://tracker.example.invalid/pixel.png']);
      expect(observations.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
