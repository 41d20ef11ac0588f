import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadMessages } from '../../renderer/src/i18n';

// findBy* and waitFor wait for a condition; their 1 s default is a clock, and a busy machine
// (CI on 2 cores) misses it. A waited-for condition that never comes still fails, at 20 s.
configure({ asyncUtilTimeout: 20_000 });

// The app loads the table of the language on screen before its first render; tests switch
// between both, so both are loaded up front.
await Promise.all([loadMessages('en'), loadMessages('fr')]);

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// jsdom lacks the layout APIs Mantine's components query.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = () => {};
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
