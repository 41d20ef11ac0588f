import type { Skill } from '../../../../core';

/** Lower case without accents, so "modele" finds "modèle" and "PROMPT" finds "prompt". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Everything a person might type to find the skill: both names, the aliases and the id. */
export function searchTextOf(skill: Skill): string {
  return normalizeForSearch([skill.name.en, skill.name.fr, ...skill.aliases, skill.id.replace(/-/g, ' ')].join(' | '));
}

/** True when every word of the query appears somewhere in the skill's search text. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}
