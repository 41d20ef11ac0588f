import type { Source } from '../../../../core';
import type { MessageKey } from '../../i18n';

/**
 * Plain English markers stored in the sources of the person's own entries. The store keeps data,
 * not interface text, so the screens translate these when they show them.
 */
export const ADDED_BY_YOU = 'Added by you';
export const EDITED_BY_YOU = 'Edited by you';

const MARKER_KEYS: Record<string, MessageKey> = {
  [ADDED_BY_YOU]: 'matrix.source.addedByYou',
  [EDITED_BY_YOU]: 'matrix.source.editedByYou',
};

/** Adding a new entry, editing one of the person's own, or making an own copy of a built-in one. */
export type EditorMode = 'create' | 'edit' | 'customise';

/** The sources of an entry after the person saves it. */
export function sourcesAfterEdit(original: Source[] | undefined, mode: EditorMode): Source[] {
  if (mode === 'create' || !original) return [{ title: ADDED_BY_YOU }];
  if (mode === 'customise' && !original.some((source) => source.title === EDITED_BY_YOU)) {
    return [...original, { title: EDITED_BY_YOU }];
  }
  return original;
}

/** A source title as the person reads it: markers translated, other titles as written. */
export function sourceTitle(source: Source, t: (key: MessageKey) => string): string {
  const key = MARKER_KEYS[source.title];
  return key ? t(key) : source.title;
}
