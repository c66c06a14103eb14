// In one document the actors stage may link pronouns and descriptions to an actor ("they", "the
// two officials"). Those are right for that document but wrong as names across documents, so the
// store keeps only aliases that look like names.
import type { Annotation } from '../nlp/annotation.js';
import words from './locales/en/aliases.js';

const PRONOUNS = new Set(words.pronouns);
const DETERMINERS = new Set(words.leadingDeterminers);

/** True for "Hayashi", "The United States", "UN"; false for "They", "the two officials". */
export function isNameAlias(alias: string): boolean {
  const tokens = alias.trim().split(/\s+/).filter(Boolean);
  while (tokens.length && DETERMINERS.has(tokens[0].toLowerCase())) tokens.shift();
  if (!tokens.length) return false;
  if (tokens.length === 1 && PRONOUNS.has(tokens[0].toLowerCase())) return false;
  return tokens.some((t) => /^[\p{Lu}\p{N}]/u.test(t));
}

/** The annotation as the store should keep it: actor aliases limited to names. */
export function forStorage(annotation: Annotation): Annotation {
  return { ...annotation, actors: annotation.actors.map((a) => ({ ...a, aliases: a.aliases.filter(isNameAlias) })) };
}
