import { createElement, use, type ComponentType, type ReactElement } from 'react';

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
  /** Draws the component: at once when it is in memory, else it suspends while the chunk loads. */
  View: (props: Props) => ReactElement;
}

export function lazyComponent<Props extends object, Name extends string>(
  importModule: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyComponent<Props> {
  let loading: Promise<ComponentType<Props>> | null = null;
  let component: ComponentType<Props> | null = null;
  const load = () => {
    loading ??= importModule().then(
      (module) => (component = module[name]),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  // `use` may be called conditionally. The component is the chunk's export, the same function
  // on every render, so the state below it is kept.
  const View = (props: Props) => createElement(component ?? use(load()), props);
  return { load, loaded: () => component, View };
}
