/** Most roles compared at once; more columns stop being readable side by side. */
export const MAX_COMPARED = 3;

/**
 * The role ids of #/compare?roles=a,b,c: known ids only, each once, at most three, in the order
 * written. `dropped` tells whether the address named something the matrix does not have.
 */
export function selectedRoleIds(query: URLSearchParams, knownIds: ReadonlySet<string>): { ids: string[]; dropped: boolean } {
  const written = (query.get('roles') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const ids: string[] = [];
  let dropped = false;
  for (const id of written) {
    if (!knownIds.has(id)) dropped = true;
    else if (!ids.includes(id) && ids.length < MAX_COMPARED) ids.push(id);
  }
  return { ids, dropped };
}

export function compareAddress(ids: readonly string[]): string {
  return ids.length === 0 ? '/compare' : `/compare?roles=${ids.map(encodeURIComponent).join(',')}`;
}
