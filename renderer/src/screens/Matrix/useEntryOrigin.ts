import { useCallback } from 'react';
import type { CatalogEntryKind } from '../../../../preload/channels';
import { useAppData } from '../../data/AppDataProvider';
import { entryOrigin, type EntryOrigin } from './entryOrigin';

export function useEntryOrigin(): (kind: CatalogEntryKind, id: string) => EntryOrigin {
  const { builtinCatalog, data } = useAppData();
  return useCallback(
    (kind, id) => entryOrigin(kind, id, builtinCatalog, data.userCatalog),
    [builtinCatalog, data.userCatalog],
  );
}
