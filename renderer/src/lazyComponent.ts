import { createElement, use, type ComponentType, type ReactElement, type ReactPromise } from 'react';

/**
 * A component in a chunk of its own, fetched the first time it is needed (or ahead, with
 * `load`). Unlike React.lazy it is drawn without suspending once its chunk is in memory: React
 * keeps a Suspense fallback on screen for at least 300 ms once shown, so a lazy part whose code
 * had already arrived still flashed a spinner for a third of a second.
 */
export interface LazyComponent<Props extends object> {
  /** Fetches the chunk, once: later calls get the same promise; a failed fetch is tried again. */
  load: () => Promise<ComponentType<Props>>;
  /** The component once its chunk is in memory. */
  loaded: () => ComponentType<Props> | null;
  /**
   * Draws the component: at once when it is in memory, else it suspends while the chunk loads.
   * A failed fetch is thrown to the nearest error boundary, and not fetched again by drawing:
   * React draws a suspended part anew, and a fresh fetch on each draw would spin forever on a
   * chunk that is missing. `forgetFailedLoads` lets the next draw try again.
   */
  View: (props: Props) => ReactElement;
}

/** A promise that says when it has settled (`status`), which React's `use` reads without suspending. */
type Settling<T> = Promise<T> & ReactPromise<T>;

const failedLoads = new Set<() => void>();

/** Lets every part whose chunk failed to load fetch it again the next time it is drawn. */
export function forgetFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

export function lazyComponent<Props extends object, Name extends string>(
  importModule: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyComponent<Props> {
  let loading: Settling<ComponentType<Props>> | null = null;
  let failed = false;
  let component: ComponentType<Props> | null = null;
  const forget = () => {
    loading = null;
    failed = false;
  };
  const load = () => {
    if (failed) forget();
    if (loading) return loading;
    const settling: Settling<ComponentType<Props>> = importModule().then(
      (module) => {
        component = module[name];
        Object.assign(settling, { status: 'fulfilled', value: component });
        return component;
      },
      (error: unknown) => {
        failed = true;
        failedLoads.add(forget);
        Object.assign(settling, { status: 'rejected', reason: error });
        throw error;
      },
    );
    loading = settling;
    return settling;
  };
  // `use` is called on every draw, also once the chunk is in memory: React warns when a part
  // that suspended stops calling it. A settled promise says so in its `status`, which `use`
  // reads, so a part whose chunk has arrived draws at once, without suspending. The component
  // is the chunk's export, the same function on every render, so the state below it is kept.
  const View = (props: Props) => createElement(use(loading ?? load()), props);
  return { load, loaded: () => component, View };
}
