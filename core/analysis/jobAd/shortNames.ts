/**
 * Names that match only as written. A short acronym ("R", "UPS", "TAL", "REST") is also a
 * word or a piece of one ("start-ups", "Taux", "the rest"), so it matches only as a whole word in
 * the same case; some stay ambiguous even then and need a word of their field nearby. Some
 * product names are common words ("Canvas", "Rise", "Tableau", "Spark"): they match only with
 * their capital and unstemmed, so "canvas" the fabric and "Canva" the tool stay apart.
 */

/**
 * Whether an alias is matched case-exact: three characters or fewer (R, UPS, IaC), or all
 * capitals up to five (REST, ITIL, SCORM: "rest" and "itil" are no names).
 */
export function isStrictName(alias: string): boolean {
  if (/\s/.test(alias)) return false;
  if (alias.length <= 3) return true;
  return alias.length <= 5 && /\p{Lu}/u.test(alias) && alias === alias.toUpperCase();
}

/** Whether a token as written is the strict name: the same, or its plural ("APIs", "PDUs"). */
export function matchesStrict(raw: string, name: string): boolean {
  return raw === name || (name.length >= 2 && raw === `${name}s`);
}

/** Folded product names that are also common words, matched only with their capital. */
export const CAPITALIZED_NAMES: ReadonlySet<string> = new Set([
  'canvas', 'rise', 'word', 'chef', 'puppet', 'spark', 'hive', 'helm', 'chroma', 'transformers', 'lightning',
  'looker', 'outlook', 'tableau', 'react', 'moz', 'adobe', 'storyline', 'airflow', 'copilot', 'gemini',
  // French stems "GenAI" like "génie" (génie climatique): the name keeps its capital and its ending.
  'genai',
]);

/**
 * Acronyms that are still ambiguous as whole, case-exact words, with the words (folded) one of
 * which must stand within CONTEXT_REACH characters: R as a language sits in a list of languages
 * or tools, UPS as power equipment near data-center words, CNN near neural networks.
 */
const CONTEXT: Record<string, RegExp> = {
  R: /\b(?:python|sql|sas|spss|stata|julia|matlab|scala|statisti\w*|programming|programmation|langages?|languages?|rstudio|tidyverse|ggplot\w*)\b/,
  UPS: /\b(?:pdus?|data ?cent(?:er|re)s?|datacenters?|generators?|power|electrical|electricite|onduleurs?|switchgear|batter(?:y|ies)|cooling)\b/,
  CNN: /\b(?:neural|deep learning|convolution\w*|vision|images?|pytorch|tensorflow|rnns?|lstms?|transformers?|neurones)\b/,
  TAL: /\b(?:langage|langue|nlp|linguisti\w*|textes?|text|traitement)\b/,
  PM: /\b(?:product|produit|roadmap|backlog)\b/,
  SEA: /\b(?:seo|ads|ppc|sem|search|referencement|campagnes?|campaigns?)\b/,
  CI: /\b(?:cd|pipelines?|github|gitlab|jenkins|builds?|deploy\w*|docker|tests?|testing)\b/,
};
const CONTEXT_REACH = 200;

/** Whether the strict name found at [start, end) has the context it needs, in the folded text. */
export function hasContext(name: string, folded: string, start: number, end: number): boolean {
  const context = CONTEXT[name];
  if (!context) return true;
  const around = `${folded.slice(Math.max(0, start - CONTEXT_REACH), start)} ${folded.slice(end, end + CONTEXT_REACH)}`;
  return context.test(around);
}
