// Helpers the events stage (and others) use to turn phrases into actors and places.
import { Doc, type ActorKind, type TokenRange } from '../doc.js';
import { tokenize } from '../segment/tokenize.js';
import { defaultKnowledgeBase, lookup, phraseKey, slug, type KnowledgeBase } from './kb.js';
import { buildMentionLexicons, findMentions, type MentionLexicons } from './mentions.js';
import { buildActorLexicons, resolveActors, type ActorLexicons } from './actors.js';

export { actorsStage } from './actors-stage.js';
export { entitiesStage } from './entities-stage.js';
export { buildKnowledgeBase, officeHolder, type KnowledgeBase } from './kb.js';

/** Indices of doc.actors with a span inside `range`, in text order of their first such span. */
export function actorsInRange(doc: Doc, range: TokenRange): number[] {
  const found: { index: number; at: number }[] = [];
  doc.actors.forEach((actor, index) => {
    const inside = actor.spans.filter((s) => s.start >= range.start && s.end <= range.end && s.end > s.start);
    if (inside.length > 0) found.push({ index, at: Math.min(...inside.map((s) => s.start)) });
  });
  return found.sort((a, b) => a.at - b.at || a.index - b.index).map((f) => f.index);
}

/** Country (ISO3) of a city, region or country name ("Liverpool" → GBR, "Kyiv" → UKR); null when unknown or shared. */
export function placeCountry(name: string, kb: KnowledgeBase = defaultKnowledgeBase()): string | null {
  const key = phraseKey(name.replace(/^the\s+/i, ''));
  const entries = lookup(kb, key);
  const place = entries.find((e) => e.form === 'place' || e.form === 'seat' || e.form === 'country');
  return place?.country && place.country.length === 3 ? place.country : null;
}

/** Country names read with "the": "the United States", "the Netherlands", "the Central African Republic". */
const TAKES_THE = /^(?:United|Democratic|Czech|Dominican)\b|(?:Republic|Islands|Emirates|Kingdom|States|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/;

/** A role with the country it is of: "Foreign Minister of Japan", "President of the United States"; "Secretary-General, UN" for bodies. */
export function roleOf(role: string, code: string | null, kb: KnowledgeBase = defaultKnowledgeBase()): string {
  if (!code) return role;
  const name = kb.countries.get(code)?.name;
  if (!name) return `${role}, ${code}`;
  return `${role} of ${TAKES_THE.test(name) ? 'the ' : ''}${name}`;
}

export interface ActorPhrase {
  /** the actor's stable id and name (an office-holder's, when a title resolves to one) */
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  kind: ActorKind;
  role: string | null;
}

/** A role or group with no country in the phrase: "opposition leader", "the president". */
function bareRole(doc: Doc, lex: ActorLexicons): ActorPhrase | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    const title = lex.titles.matchAt(doc, i);
    if (title && !title.value.honorific) {
      return { id: slug(title.value.role), name: title.value.role, country: null, sector: title.value.sector, kind: 'person', role: title.value.role };
    }
  }
  return null;
}

const lexiconsByKb = new WeakMap<KnowledgeBase, { mention: MentionLexicons; actor: ActorLexicons }>();

/**
 * Resolve a free phrase to an actor description: "Washington" → USA GOV country, "the Kremlin" →
 * RUS GOV, "Iraqi police" → IRQ GOV group, "the Japanese prime minister" → the office-holder on
 * `reference` (YYYY-MM-DD). Null when nothing in the phrase names an actor. Pass the pipeline's
 * knowledge base (ctx.resources 'actors.kb') to share it; by default one is built on first use.
 */
export function lookupActorPhrase(text: string, reference: string, kb: KnowledgeBase = defaultKnowledgeBase()): ActorPhrase | null {
  let lexicons = lexiconsByKb.get(kb);
  if (!lexicons) {
    lexicons = { mention: buildMentionLexicons(kb), actor: buildActorLexicons(kb) };
    lexiconsByKb.set(kb, lexicons);
  }
  const doc = new Doc(text);
  doc.tokens = tokenize(text);
  doc.sentences = doc.tokens.length ? [{ start: 0, end: doc.tokens.length }] : [];
  doc.mentions = findMentions(doc, lexicons.mention, reference);
  resolveActors(doc, lexicons.actor, reference, { focusFallback: false });
  let best: { width: number; end: number; index: number } | null = null;
  doc.actors.forEach((actor, index) => {
    for (const s of actor.spans) {
      const width = s.end - s.start;
      if (!best || width > best.width || (width === best.width && s.end > best.end)) best = { width, end: s.end, index };
    }
  });
  if (best === null) return bareRole(doc, lexicons.actor);
  const actor = doc.actors[(best as { index: number }).index];
  return { id: actor.id, name: actor.name, country: actor.country, sector: actor.sector, kind: actor.kind, role: actor.role };
}
