import type { Catalog, UserCatalog } from '../../../../core';
import type { CatalogEntryKind } from '../../../../preload/channels';

/**
 * Where an entry of the merged matrix comes from: the built-in matrix, the person alone
 * ("custom"), or the person's copy laid over a built-in one ("customised", which can be reset).
 */
export type EntryOrigin = 'builtin' | 'custom' | 'customised';

const LIST_OF = { role: 'roles', skill: 'skills', course: 'courses' } as const;

export function entryOrigin(kind: CatalogEntryKind, id: string, builtin: Catalog, user: UserCatalog): EntryOrigin {
  const list = LIST_OF[kind];
  const isUsers = (user[list] as Array<{ id: string }>).some((entry) => entry.id === id);
  if (!isUsers) return 'builtin';
  const isBuiltin = (builtin[list] as Array<{ id: string }>).some((entry) => entry.id === id);
  return isBuiltin ? 'customised' : 'custom';
}
