/** Longest slug kept from a title, leaving room for the "my-" prefix and a "-99" suffix. */
const MAX_SLUG_LENGTH = 60;

/** Lowercase kebab-case of a title, accents dropped ("Prompt Ingénieur!" -> "prompt-ingenieur"). */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
}

/**
 * The id of a new entry the person adds: "my-" plus the slug of its title, with "-2", "-3"…
 * appended until it clashes with nothing already in the catalog. The prefix keeps the person's
 * ids apart from the built-in ones, so a later catalog update cannot take them over.
 */
export function newEntryId(title: string, takenIds: Iterable<string>, fallback: string): string {
  const taken = new Set(takenIds);
  const base = `my-${slugify(title) || fallback}`;
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
