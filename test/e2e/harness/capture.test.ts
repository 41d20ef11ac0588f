import { errors } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CAPTURE_ATTEMPTS, CAPTURE_ATTEMPT_TIMEOUT_MS, captureElement, captureScreenshot } from './capture';

type ScreenshotOptions = Parameters<Parameters<typeof captureScreenshot>[0]['screenshot']>[0];

/** A page whose captures fail with the given errors, in order, then succeed. */
function pageFailingWith(failures: Error[]) {
  const calls: ScreenshotOptions[] = [];
  const page = {
    screenshot: (options?: ScreenshotOptions) => {
      calls.push(options);
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve(Buffer.from(''));
    },
  };
  return { page, calls };
}

describe('captureScreenshot', () => {
  it('asks once, with its own bound, the sections painted and animations stopped', async () => {
    const { page, calls } = pageFailingWith([]);
    await captureScreenshot(page, '/tmp/x.png', true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      path: '/tmp/x.png',
      fullPage: true,
      animations: 'disabled',
      timeout: CAPTURE_ATTEMPT_TIMEOUT_MS,
    });
    expect(calls[0]?.style).toContain('content-visibility: visible');
  });

  it('asks again when a capture times out', async () => {
    const { page, calls } = pageFailingWith([new errors.TimeoutError('page.screenshot: Timeout 30000ms exceeded.')]);
    await captureScreenshot(page, '/tmp/x.png', false);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ fullPage: false });
  });

  it(`gives up after ${CAPTURE_ATTEMPTS} timed-out captures`, async () => {
    const timeouts = Array.from({ length: CAPTURE_ATTEMPTS }, () => new errors.TimeoutError('timed out'));
    const { page, calls } = pageFailingWith(timeouts);
    await expect(captureScreenshot(page, '/tmp/x.png', true)).rejects.toBeInstanceOf(errors.TimeoutError);
    expect(calls).toHaveLength(CAPTURE_ATTEMPTS);
  });

  it('asks again for a part of the page too, with the same options but the whole page', async () => {
    const { page: element, calls } = pageFailingWith([new errors.TimeoutError('timed out')]);
    await captureElement(element, '/tmp/section.png');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ path: '/tmp/section.png', animations: 'disabled', timeout: CAPTURE_ATTEMPT_TIMEOUT_MS });
    expect(calls[1]).not.toHaveProperty('fullPage');
  });

  it('fails at once on any other error', async () => {
    const { page, calls } = pageFailingWith([new Error('Target page, context or browser has been closed')]);
    await expect(captureScreenshot(page, '/tmp/x.png', true)).rejects.toThrow('has been closed');
    expect(calls).toHaveLength(1);
  });
});
