import { useEffect, useState } from 'react';
import type { Occupation, OccupationCatalog } from '../../../core';
import type { OccupationSearch } from '../../../core/occupations/search';

/**
 * The occupation catalogue (docs/occupations.md), loaded the first time a screen asks for it and
 * kept for the session: 1,016 occupations and 72,186 titles, too much for the first screen.
 * The data, the prebuilt index and MiniSearch are chunks of their own.
 */
export interface LoadedOccupations {
  catalog: OccupationCatalog;
  byCode: ReadonlyMap<string, Occupation>;
  search: OccupationSearch;
}

/** `titleCount` grows when the alternate titles join, so a screen searches again. */
export type OccupationsState =
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedOccupations; titleCount: number }
  | { status: 'error'; message: string };

let loaded: LoadedOccupations | null = null;
let loading: Promise<LoadedOccupations> | null = null;

/**
 * Resolves once the page is idle (after the next frame where idle periods are unknown): the
 * screen draws what the main titles found, suggestions included, before the next long piece of
 * work. A frame alone was too early: the suggestions list opens in a render after it.
 */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

async function loadOnce(): Promise<LoadedOccupations> {
  const alternatesFile = import('../../../assets/occupation-index-alternates.json?raw').then((file) => file.default);
  const [data, index, searchModule] = await Promise.all([
    import('../../../assets/occupations.json?raw'),
    import('../../../assets/occupation-index.json?raw'),
    import('../../../core/occupations/search'),
  ]);
  // Read as text and parsed: a JSON import becomes a JavaScript object literal, which the engine
  // takes about twice as long to read as JSON.parse takes over the same text.
  const catalog = JSON.parse(data.default) as OccupationCatalog;
  // The main titles load right below, in this task; the alternate titles (58,700) are indexed in
  // one piece of work (about 0.1 s) once their file is here and the page is idle, so what the
  // main titles found is on screen first.
  const alternates = alternatesFile.then(async (json) => {
    await whenIdle();
    return json;
  });
  const search = searchModule.loadOccupationSearchInStages(index.default, catalog.occupations, alternates);
  return { catalog, byCode: new Map(catalog.occupations.map((occupation) => [occupation.code, occupation])), search };
}

/** Starts loading (once) and resolves with the catalogue; a failed load can be tried again. */
export function loadOccupations(): Promise<LoadedOccupations> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= loadOnce().then(
    (result) => (loaded = result),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** For tests: hands over a catalogue (or one still on its way) so no chunk is fetched. */
export function provideOccupations(value: LoadedOccupations | Promise<LoadedOccupations> | null): void {
  if (value instanceof Promise) {
    loaded = null;
    loading = value.then((result) => (loaded = result));
    return;
  }
  loaded = value;
  loading = null;
}

/** The catalogue's state for a screen: loading, ready, or the reason it could not load. */
export function useOccupations(): OccupationsState {
  const [state, setState] = useState<OccupationsState>(() =>
    loaded ? { status: 'ready', loaded, titleCount: loaded.search.titleCount } : { status: 'loading' },
  );
  useEffect(() => {
    let current = true;
    // Already ready with the same titles (loaded before this screen opened): nothing to redraw.
    const ready = (value: LoadedOccupations) =>
      current &&
      setState((previous) =>
        previous.status === 'ready' && previous.loaded === value && previous.titleCount === value.search.titleCount
          ? previous
          : { status: 'ready', loaded: value, titleCount: value.search.titleCount },
      );
    loadOccupations().then(
      (value) => {
        ready(value);
        // A failed alternates file leaves the main titles searchable; nothing to tell the person.
        value.search.complete.then(() => ready(value)).catch(() => undefined);
      },
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
