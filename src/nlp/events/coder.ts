// The event coder: finds trigger words from the lexicon, then the trigger's source and target
// actors in its sentence, and reads negation, modality, attribution and date from the clause.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import type { EventPattern } from './lexicon-types.js';
import { headPatterns, lemmaIn, type LexiconIndex } from './lexicon.js';
import { actorSlots, governingPrep, groupCodes, groupSlots, slotsIn, type Group, type Slot } from './arguments.js';
import { clauseStart, isNegated, modalityAfter, modalityOf, speakers, type Speaker } from './context.js';
import { calendarValue, eventPlace, eventTimex } from './when-where.js';
import {
  AUXILIARIES, BE_FORMS, CLAUSE_BREAKS, HYPOTHETICAL_CUES, PLANNED_CUES, LOCATIVE_PREPS, NOUN_CONTEXT, PLURAL_ANAPHORS, PREPOSITIONS, PRONOUN_SUBJECTS,
  RECIPROCALS, REPORTING_FORMS,
} from './locales/en/cues.js';
import { IRREGULAR_FORMS } from './locales/en/inflections.js';
import type { KnowledgeBase } from '../actors/kb.js';

/** A matched trigger before its arguments are known. */
interface Trigger {
  pattern: EventPattern;
  head: number;
  /** one past the last token of the trigger words (head + particles) */
  end: number;
  noun: boolean;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** Trigger heads of a sentence by token index. */
type Heads = Map<number, Trigger>;

/** Per-document memory for pronouns and "the two sides". */
interface Discourse {
  lastSource: Slot[];
  lastParties: Slot[];
}

interface Parties {
  source: Slot[];
  target: Slot[];
  /** where modality, negation and date are read from when not the trigger (relative clauses) */
  anchor?: number;
  /** a passive with no agent ("were killed near Basra"): the text leaves the actor unnamed */
  agentless?: boolean;
}

const lower = (doc: Doc, k: number) => doc.tokens[k].text.toLowerCase().replace(/’/g, "'");

export function codeEvents(doc: Doc, lexicon: LexiconIndex, kb?: KnowledgeBase): DocEvent[] {
  const slots = actorSlots(doc, kb);
  const discourse: Discourse = { lastSource: [], lastParties: [] };
  const events: DocEvent[] = [];
  const verbHeads = new Set<number>();
  const produced = new Set<number>();
  for (const sentence of doc.sentences) {
    const sentenceSlots = slotsIn(slots, sentence);
    const groups = groupSlots(doc, sentenceSlots, sentence.start);
    const triggers = findTriggers(doc, lexicon, sentence);
    const heads: Heads = new Map(triggers.map((t) => [t.head, t]));
    for (const t of triggers) if (!t.noun) verbHeads.add(t.head);
    const spoken = speakers(doc, sentence);
    const sources: { head: number; source: Slot[] }[] = [];
    let suppressUntil = -1;
    let scope: { end: number; modality: Modality } | null = null;
    for (const trigger of triggers) {
      const suppressed = trigger.head < suppressUntil;
      const inScope = scope && trigger.head < scope.end ? scope.modality : null;
      const effect = trigger.pattern.complement;
      if (effect === 'suppress' && !suppressed) {
        suppressUntil = trigger.noun ? nounComplementEnd(doc, sentence, trigger.end) : complementEnd(doc, sentence, trigger.end, heads);
      } else if ((effect === 'planned' || effect === 'hypothetical') && !suppressed) {
        scope = { end: complementEnd(doc, sentence, trigger.end, heads), modality: effect };
      }
      if (objectOfSameAct(doc, trigger, heads, produced)) continue;
      const parties = findParties(doc, sentence, groups, trigger, heads, spoken, sources, discourse);
      if (parties.source.length) sources.push({ head: trigger.head, source: parties.source });
      if (suppressed) continue;
      if (!parties.target.length && parties.source.length && RESPONSIVE.has(trigger.pattern.category) && respondsTo(doc, sentence)) {
        // "scrambled its fighters in response to the flight": the counterpart of the act responded to
        const last = events[events.length - 1];
        const own = new Set(groupCodes(parties.source));
        if (last && doc.sentenceOf(last.trigger.start) >= doc.sentenceOf(trigger.head) - 1) {
          const other = last.source.every((c) => !own.has(c)) ? last.source : [];
          if (other.length) parties.target = slotsFor(last.sourceActors, other);
        }
      }
      if (!parties.target.length && trigger.noun && parties.source.length) {
        // "would engage in a diplomatic boycott": the boycott named earlier, against its target
        const antecedent = [...events].reverse().find((e) => e.rule === trigger.pattern.id);
        if (antecedent) parties.target = slotsFor(antecedent.targetActors, antecedent.target);
      }
      const event = buildEvent(doc, sentence, trigger, parties, spoken, inScope, kb);
      if (event) {
        events.push(event);
        produced.add(trigger.head);
        discourse.lastSource = parties.source;
        discourse.lastParties = [...parties.source, ...parties.target];
      }
    }
    if (!events.length || events[events.length - 1].sentence !== sentence) {
      const subject = groups.find((g) => !isLocative(doc, g, sentence));
      if (subject) discourse.lastSource = subject.slots;
    }
  }
  return dedupe(doc, events, verbHeads);
}

/** Triggers of a sentence, one per head token, most specific pattern first. */
export function findTriggers(doc: Doc, lexicon: LexiconIndex, s: TokenRange): Trigger[] {
  const out: Trigger[] = [];
  const consumed = new Set<number>();
  for (let i = s.start; i < s.end; i++) {
    if (consumed.has(i)) continue;
    const word = doc.tokens[i].text;
    if (!/^[A-Za-z]/.test(word)) continue;
    // "Iranian-backed", "Saudi-led": a modifier inside a name compound, not an act
    if (i > s.start && doc.tokens[i - 1].text === '-' && !doc.tokens[i].spaceBefore) continue;
    const candidates = headPatterns(lexicon, word);
    if (!candidates.length) continue;
    const noun = readsAsNoun(doc, i, s);
    const tag = doc.pos[i];
    let best: Trigger | null = null;
    let bestScore = -1;
    let bestObject = -1;
    for (const p of candidates) {
      const construction = !!p.objectNoun;
      if (p.pos === 'verb' && noun && !construction) continue;
      if (p.pos === 'verb' && tag && !tag.startsWith('VB') && !construction && noun !== false) continue;
      // "a jailed activist": a participle after a determiner is an adjective
      if (p.pos === 'verb' && i > s.start && DETERMINERS.has(lower(doc, i - 1))) continue;
      if (p.pos === 'verb' && i > s.start + 1 && lower(doc, i - 1).endsWith('ly') && DETERMINERS.has(lower(doc, i - 2))) continue;
      if (p.pos === 'noun' && !noun) continue;
      const end = matchAfter(doc, p, i, s);
      if (end < 0) continue;
      const objectAt = p.objectNoun ? objectNounAt(doc, p.objectNoun, end, s) : -1;
      if (p.objectNoun && objectAt < 0) continue;
      if (p.exceptObjectNoun && objectNounAt(doc, p.exceptObjectNoun, end, s) >= 0) continue;
      if (p.before && !hasBefore(doc, p.before, i, s)) continue;
      if (p.notFollowedBy && end < s.end && p.notFollowedBy.includes(lower(doc, end))) continue;
      const exact = p.lemma === lower(doc, i) ? 1.5 : 0;
      const score = (p.after ? 4 : 0) + (p.objectNoun ? 4 : 0) + (p.before ? 2 : 0) + (p.pos !== 'any' ? 1 : 0) + exact;
      if (score > bestScore) {
        best = { pattern: p, head: i, end, noun: p.pos === 'noun' || (p.pos === 'any' && noun) };
        bestScore = score;
        bestObject = objectAt;
      }
    }
    if (best) {
      out.push(best);
      // the construction's object noun is part of this trigger, not another one ("lodged a protest")
      if (bestObject >= 0) consumed.add(bestObject);
      i = best.end - 1;
    }
  }
  return out;
}

/** Noun or verb reading of a head word, from the POS layer when present, else its context. */
function readsAsNoun(doc: Doc, i: number, s: TokenRange): boolean {
  // "plans to sanction", "threatened to attack": an infinitive after a verb
  if (i >= s.start + 2 && lower(doc, i - 1) === 'to' && !/s$/.test(lower(doc, i)) &&
    ((doc.pos[i - 2] ?? '').startsWith('VB') || PLANNED_CUES.has(lower(doc, i - 2)) || HYPOTHETICAL_CUES.has(lower(doc, i - 2)))) return false;
  const tag = doc.pos[i];
  // past forms the tagger takes for nouns after a name ("Azerbaijan retook ...")
  const w0 = lower(doc, i);
  if (tag && tag.startsWith('NN') && IRREGULAR_FORMS[w0] && IRREGULAR_FORMS[w0] !== w0 && i > s.start && /^[A-Z]/.test(doc.tokens[i - 1].text)) return false;
  // "Armenian forces occupied ...": a past form after a noun, tagged as an adjective
  if (tag === 'JJ' && /ed$/.test(w0) && i > s.start && /^NN/.test(doc.pos[i - 1] ?? '')) return false;
  if (tag) return tag.startsWith('NN') || tag === 'JJ';
  if (i === s.start) return !/(ed|ing)$/.test(doc.tokens[i].text.toLowerCase());
  const prev = lower(doc, i - 1);
  if (prev === 'to' || AUXILIARIES.has(prev) || PRONOUN_SUBJECTS.has(prev)) return false;
  if (NOUN_CONTEXT.has(prev) || prev.endsWith("'s")) return true;
  if (/^[A-Z]/.test(doc.tokens[i - 1].text) && /^[A-Z]/.test(doc.tokens[i].text)) return true;
  // "-ed" forms after a name are verbs; bare plurals after an adjective-like word are nouns
  const w = lower(doc, i);
  if (/ed$/.test(w) || IRREGULAR_FORMS[w]) return false;
  return /(al|ic|ive|ary|ish|ese|ian|an)$/.test(prev) && !/^[A-Z]/.test(doc.tokens[i - 1].text);
}

function matchAfter(doc: Doc, p: EventPattern, i: number, s: TokenRange): number {
  if (!p.after) return i + 1;
  let k = i + 1;
  for (const w of p.after) {
    if (k >= s.end || lower(doc, k) !== w) return -1;
    k++;
  }
  return k;
}

/** Index of the object noun a construction needs ("imposed ... sanctions"), or -1. */
function objectNounAt(doc: Doc, lemmas: string[], from: number, s: TokenRange): number {
  for (let k = from; k < s.end && k < from + 8; k++) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') return -1;
    if (lemmaIn(w, lemmas)) return k;
  }
  return -1;
}

function hasBefore(doc: Doc, words: string[], i: number, s: TokenRange): boolean {
  for (let k = i - 1; k >= s.start && k >= i - 3; k--) if (words.includes(lower(doc, k))) return true;
  return false;
}

/** A noun's content ("warnings of starvation by aid agencies,") ends at the first comma. */
function nounComplementEnd(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return k;
  }
  return s.end;
}

/** Where the content of a demand, threat or refusal ends. */
function complementEnd(doc: Doc, s: TokenRange, from: number, heads: Heads): number {
  for (let k = from; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === ';' || REPORTING_FORMS.has(w) || w === 'while' || w === 'but') return k;
    if ((w === 'and' || w === ',') && heads.has(k + 1) && /ing$/.test(lower(doc, k + 1))) return k;
    // ", and the United Nations pulled out": a new clause with its own subject
    if (w === ',' && k + 1 < s.end && (lower(doc, k + 1) === 'and' || lower(doc, k + 1) === 'but')) return k;
    if (w === 'and' && heads.has(k + 1)) return k;
  }
  return s.end;
}

function isLocative(doc: Doc, g: TokenRange, s: TokenRange): boolean {
  const prep = governingPrep(doc, g.start, s.start);
  return prep !== null && LOCATIVE_PREPS.has(prep);
}

function isPassive(doc: Doc, t: Trigger, s: TokenRange): boolean {
  if (t.noun) return false;
  // "is opposed to", "are committed to": adjectival, the subject still acts
  if (t.end < s.end && lower(doc, t.end) === 'to') return false;
  const form = lower(doc, t.head);
  // "agreements brokered by Russia": a participle with its agent
  if (/ed$/.test(form) && t.end < s.end && lower(doc, t.end) === 'by' && t.head > s.start && !AUXILIARIES.has(lower(doc, t.head - 1))) return true;
  const w = lower(doc, t.head);
  if (!/ed$/.test(w) && !(IRREGULAR_FORMS[w] && /(en|t|d|n)$/.test(w))) return false;
  for (let k = t.head - 1; k >= s.start && k >= t.head - 4; k--) {
    const prev = lower(doc, k);
    if (BE_FORMS.has(prev)) return true;
    if (!AUXILIARIES.has(prev) && !prev.endsWith('ly')) return false;
  }
  return false;
}

function findParties(
  doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, spoken: Speaker[],
  earlier: { head: number; source: Slot[] }[], discourse: Discourse,
): Parties {
  const p = t.pattern;
  const passive = isPassive(doc, t, s);
  const right = rightArguments(doc, s, groups, t, heads, passive);
  let source: Slot[] = right.source;
  let anchor: number | undefined;
  if (p.speakerSource) {
    // "X said Y must ...": X demands, Y is asked
    const speaker = [...spoken].reverse().find((sp) => sp.at < t.head);
    const speakerSlots = speaker ? groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots) : [];
    const subject = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    const speakerCodes = new Set(groupCodes(speakerSlots));
    return { source: speakerSlots, target: subject.filter((sl) => !speakerSlots.includes(sl) && !speakerCodes.has(sl.code ?? '')) };
  }
  if (passive) {
    const subject = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    return { source, target: subject, agentless: !source.length };
  }
  if (!source.length) {
    source = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
  }
  // "offered its troops to Lebanon": skip a first object that only repeats the source
  const sourceCodes = new Set(groupCodes(source));
  let target: Slot[] = right.targets.find((g) => groupCodes(g).some((c) => !sourceCodes.has(c))) ?? right.targets[0] ?? [];
  if (!source.length && t.noun) {
    const relative = relativeClauseSource(doc, s, groups, t);
    if (relative) ({ source, anchor } = relative);
  }
  if (!source.length && t.noun && p.category === 'CONSULT') {
    // "Kuleba said Friday during a visit to Romania": the speaker is the visitor
    const speaker = [...spoken].reverse().find((sp) => sp.at < t.head && sp.range.end <= sp.at);
    if (speaker) source = groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots);
  }
  if (p.swap) {
    if (right.source.length) {
      // "Moldova received equipment from Romania": the subject receives
      target = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    } else if (!right.viaBetween) {
      [source, target] = [target, source];
    }
  }
  return { source, target, anchor };
}

/** Target (and "by"/"from" source) groups to the right of the trigger, within its clause. */
function rightArguments(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, passive: boolean) {
  const p = t.pattern;
  const object = p.object ?? !t.noun;
  const preps = p.preps ?? [];
  const sourcePreps = p.sourcePreps ?? [];
  let source: Slot[] = [];
  const targets: Slot[][] = [];
  let limit = s.end;
  let byPrep = false;
  let viaBetween = false;
  for (let k = t.end; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === ';' || REPORTING_FORMS.has(w) || (CLAUSE_BREAKS.has(w) && !['"', '“', '”', '(', ')'].includes(w))) {
      limit = k;
      break;
    }
    // "held a summit in Accra to agree on a response to ...": a purpose clause is not the noun's
    if (t.noun && !p.complement && w === 'to' && k + 1 < s.end && (doc.pos[k + 1] ?? '') === 'VB') {
      limit = k;
      break;
    }
    if (w === ',' && openingParticiple(doc, s, t)) {
      limit = k;
      break;
    }
    if ((w === 'and' || w === ',') && heads.has(k + 1) && p.complement !== 'suppress') {
      limit = k;
      break;
    }
    if (w === 'according' || (w === ',' && k + 1 < s.end && ['which', 'who', 'saying', 'while'].includes(lower(doc, k + 1)))) {
      limit = k;
      break;
    }
  }
  for (const g of groups) {
    if (g.start < t.end || g.end > limit) continue;
    // ", the United Nations said": a speaker, not a participant
    if (g.end < s.end && REPORTING_FORMS.has(lower(doc, g.end))) continue;
    let prep = governingPrep(doc, g.start, t.end);
    const between = doc.words({ start: t.end, end: g.start }).map((w) => w.toLowerCase());
    // "shelled positions of the Palestinian forces": "of" inside the direct object
    // "welcomed the decision by the Netherlands", "dismissed criticism from the EU": the name inside the object
    const inner = between.filter((w) => PREPOSITIONS.has(w));
    if (prep && !preps.includes(prep) && !sourcePreps.includes(prep) && !t.noun && !passive && inner.length <= 2 &&
      inner.every((w) => OBJECT_PREPS.has(w))) prep = null;
    // "by" names the agent of a passive verb or of an event noun ("airstrikes by the coalition")
    const agent = (prep === 'by' && (passive || (t.noun && between.length <= 6))) ||
      (passive && prep !== null && (p.passiveSourcePreps ?? []).includes(prep));
    if (prep && (agent || sourcePreps.includes(prep))) {
      if (!source.length) source = g.slots;
      continue;
    }
    if (prep !== null && preps.includes(prep) && p.prepFirst && !byPrep) {
      targets.unshift(g.slots);
      byPrep = true;
      viaBetween = prep === 'between' || prep === 'among';
      continue;
    }
    const passesHead = !p.complement && between.some((_, k) => heads.has(t.end + k));
    if (prep === null && object && !passesHead) targets.push(g.slots);
    else if (prep !== null && preps.includes(prep)) targets.push(g.slots);
    // "threatened to impose tariffs on Lithuanian goods": the content's target is the target
    else if (prep !== null && p.complement && passedHead(between, t.end, heads) &&
      (p.complement === 'suppress' ? CONTENT_PREPS.has(prep) : prep === 'between' || prep === 'among')) targets.push(g.slots);
    // "threatened further action against Russia", "threatened to resume attacks in Israel"
    else if (prep !== null && p.category === 'THREATEN' && THREAT_PREPS.has(prep)) targets.push(g.slots);
  }
  return { source, targets, viaBetween };
}

/** The subject of the trigger: nearest actor group to its left in the clause, or an antecedent. */
function leftSubject(
  doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, spoken: Speaker[],
  earlier: { head: number; source: Slot[] }[], discourse: Discourse,
): Slot[] {
  // pronoun or "the two sides" right before the trigger (unless the actors stage resolved it)
  const anaphor = anaphorBefore(doc, s, t.head);
  const resolved = anaphor && groups.find((g) => g.start <= anaphor.start && anaphor.start < g.end);
  if (anaphor && !resolved) return resolveAnaphor(doc, anaphor, spoken, t.head, groups, discourse);
  let floor = s.start;
  for (let k = t.head - 1; k >= s.start; k--) {
    const w = lower(doc, k);
    if ((w === 'which' || w === 'who') && k > s.start && lower(doc, k - 1) === ',' && !t.noun) {
      // "Serbia, which does not recognize Kosovo": the relative clause's subject is its antecedent
      const inside = groups.filter((g) => g.start > k && g.end <= t.head && !g.locative);
      const antecedent = groups.filter((g) => g.end <= k - 1 && !g.locative).pop();
      if (!inside.length && antecedent && k - 1 - antecedent.end <= 1) return antecedent.slots;
    }
    if (w === ';' || w === 'which' || w === 'who' || (REPORTING_FORMS.has(w) && !isSpeakerVerbBefore(spoken, k))) {
      floor = k + 1;
      break;
    }
  }
  // an actor span that ends with the event noun itself ("Israeli airstrikes") names its source
  const owner = t.noun ? groups.find((g) => g.start < t.head && g.end === t.end && !g.locative) : undefined;
  if (owner) return owner.slots;
  const candidates = groups.filter((g) => g.end <= t.head && g.start >= floor && !g.locative && !isLocative(doc, g, s));
  const participle = !t.noun && /ing$/.test(lower(doc, t.head));
  if (participle && t.head > s.start && (lower(doc, t.head - 1) === ',' || SUBORDINATE_OPENERS.has(lower(doc, t.head - 1)) ||
    (t.head > s.start + 1 && lower(doc, t.head - 1).endsWith('ly') && SUBORDINATE_OPENERS.has(lower(doc, t.head - 2))))) {
    // ", accusing Washington of ...": the participle shares the main clause's subject
    const previous = earlier[earlier.length - 1];
    if (previous) return previous.source;
    return candidates[0]?.slots ?? [];
  }
  if (participle && !candidates.length) {
    // "Hailing India's initiative, Nepal's minister said ...": the subject follows the comma
    const comma = doc.words({ start: t.end, end: s.end }).indexOf(',');
    if (comma >= 0) {
      const after = groups.find((g) => g.start > t.end + comma && !g.locative && !isLocative(doc, g, s));
      if (after && after.start <= t.end + comma + 6) return after.slots;
    }
  }
  // "... and killed", "... to attack": a coordinated or infinitive verb shares the subject before it
  let k = t.head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) && lower(doc, k) !== 'to' || lower(doc, k).endsWith('ly'))) k--;
  const joiner = k >= s.start ? lower(doc, k) : '';
  if (!t.noun && (joiner === 'and' || joiner === 'to' || joiner === 'but') && earlier.length) {
    const previous = earlier[earlier.length - 1];
    const nearer = candidates.filter((c) => c.start > previous.head);
    if (!nearer.length || joiner !== 'to') return previous.source;
  }
  let g = candidates[candidates.length - 1];
  // "Pakistan, a key U.S. ally in the war, has refused ...": skip the apposition's names
  const apposition = appositionBefore(doc, s, t.head);
  if (g && apposition && g.start > apposition.open && g.end <= apposition.close) {
    g = candidates.filter((c) => c.end <= apposition.open).pop() ?? g;
  }
  if (!g && t.noun) {
    // "they would engage in a diplomatic boycott": the clause's pronoun subject
    const pronoun = firstPronoun(doc, floor, t.head);
    if (pronoun >= 0) return resolveAnaphor(doc, { plural: ['they', 'we'].includes(lower(doc, pronoun)), start: pronoun }, spoken, t.head, groups, discourse);
  }
  if (!g) {
    // "Demonstrators in Baghdad blocked ...", "Opposition groups in Zimbabwe are demanding ...":
    // a people noun located in a country stands for that country
    const located = groups.filter((gr) => gr.end <= t.head && gr.start >= floor && gr.locative && locatedPeople(doc, gr, s));
    g = located[located.length - 1];
  }
  if (!g || t.head - g.end > MAX_SUBJECT_DISTANCE) return [];
  const between = doc.words({ start: g.end, end: t.head }).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const content = between.filter((w) => !AUXILIARIES.has(w) && !w.endsWith('ly'));
  if (content.length && content.every((w) => w === 'and' || w === ',' || w === 'but')) {
    // coordinated verbs share the subject: "Hayashi met with Blinken and agreed ..."
    const previous = earlier[earlier.length - 1];
    if (previous) return previous.source;
    const first = candidates[0];
    return first && first !== g ? first.slots : [];
  }
  if (t.noun && governingPrep(doc, g.start, floor) !== null) return [];
  if (!t.noun && isConsequence(doc, t, heads, floor)) return [];
  for (let h = g.start; h < t.head; h++) {
    const other = heads.get(h);
    if (!other || joiner === 'to') continue;
    // "The Russian attack on Odesa killed civilians": the killing is the attack, not a second act
    if (!t.noun && other.noun && other.pattern.category === t.pattern.category) return [];
    if (h < g.end) continue;
    // nouns between an actor and an event noun sit inside one phrase ("a breakthrough in the talks")
    if (t.noun && other.noun) continue;
    // "could host talks", "approved a loan": the verb enacts the noun's act; other verbs have their own object
    const enacts = t.noun && (other.pattern.category === t.pattern.category || lemmaIn(lower(doc, h), LIGHT) ||
      other.pattern.complement === 'planned' || other.pattern.complement === 'hypothetical');
    if (!enacts) return [];
  }
  if (t.noun && !nounPhraseSubject(between)) return [];
  return g.slots;
}

const PEOPLE_NOUN = /^(protesters|demonstrators|rebels|insurgents|militants|groups|forces|troops|police|activists|students|workers|people|residents|civilians|officials|authorities|soldiers|gunmen|opposition|supporters|leaders|parties|fighters|guerrillas|villagers|farmers|refugees)$/;

/** "Rebels in the Ivory Coast": people noun + "in" right before the place. */
function locatedPeople(doc: Doc, g: Group, s: TokenRange): boolean {
  let k = g.start - 1;
  if (k >= s.start && lower(doc, k) === 'the') k--;
  if (k < s.start + 1 || lower(doc, k) !== 'in') return false;
  return PEOPLE_NOUN.test(lower(doc, k - 1));
}

/** "hosted a summit", "launched airstrikes on": the noun is the verb's own act, coded once. */
function objectOfSameAct(doc: Doc, t: Trigger, heads: Heads, produced: Set<number>): boolean {
  if (!t.noun) return false;
  for (let k = t.head - 1; k >= 0 && k >= t.head - 4; k--) {
    const other = heads.get(k);
    if (other) return !other.noun && other.pattern.category === t.pattern.category && produced.has(k);
    if (PREPOSITIONS.has(lower(doc, k)) || lower(doc, k) === ',') return false;
  }
  return false;
}

/** "Meeting on the sidelines of the summit, X and Y agreed ...": a participle opening the sentence. */
function openingParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  if (t.noun || !/ing$/.test(lower(doc, t.head))) return false;
  for (let k = s.start; k < t.head; k++) if (/^[A-Za-z]/.test(doc.tokens[k].text)) return false;
  return true;
}

/** "The Russian attack on Odesa killed civilians": a verb whose subject is an event noun of its own category. */
function isConsequence(doc: Doc, t: Trigger, heads: Heads, floor: number): boolean {
  for (let h = t.head - 1; h >= floor && h >= t.head - 8; h--) {
    const w = lower(doc, h);
    if (w === ',' || CLAUSE_BREAKS.has(w)) return false;
    const other = heads.get(h);
    if (!other) continue;
    return other.noun && other.pattern.category === t.pattern.category;
  }
  return false;
}

function firstPronoun(doc: Doc, from: number, to: number): number {
  for (let k = to - 1; k >= from && k >= to - 8; k--) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || w === ',') break;
    if (PRONOUN_SUBJECTS.has(w) && w !== 'both') return k;
  }
  return -1;
}

const SUBORDINATE_OPENERS = new Set(['after', 'before', 'while', 'since', 'by', 'when', 'without', 'despite']);

/** The ", a ... ," phrase ending right before the verb (only auxiliaries between), if any. */
function appositionBefore(doc: Doc, s: TokenRange, head: number): { open: number; close: number } | null {
  let k = head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly'))) k--;
  if (k < s.start || lower(doc, k) !== ',') return null;
  for (let j = k - 1; j >= s.start && j >= k - 15; j--) {
    if (lower(doc, j) !== ',') continue;
    const next = lower(doc, j + 1);
    return APPOSITION_STARTS.has(next) ? { open: j, close: k } : null;
  }
  return null;
}

const APPOSITION_STARTS = new Set(['a', 'an', 'the', 'which', 'who', 'whose', 'its', 'their', 'his', 'her', 'one', 'once', 'now', 'already', 'long']);

/** Tokens allowed between a subject and its verb (appositions, titles, adverbials). */
const MAX_SUBJECT_DISTANCE = 14;

function isSpeakerVerbBefore(_spoken: Speaker[], _k: number): boolean {
  return false;
}

const NP_FILLER = new Set(["'s", 's', '-', 'led', 'backed', 'the', 'a', 'an', 'its', 'their', 'new', 'fresh', 'joint',
  'first', 'diplomatic', 'economic', 'military', 'further', 'additional', 'more', 'direct', 'two-day', 'official',
  'state', 'planned', 'upcoming', 'recent', 'latest', 'possible', 'proposed', 'strong', 'air', 'missile', 'drone',
  'massive', 'deadly', 'naval', 'annual', 'large-scale', 'high-level', 'trade', 'peace', 'bilateral', 'own']);
const LIGHT = ['hold', 'impose', 'launch', 'stage', 'conduct', 'carry', 'out', 'announce', 'begin', 'reach', 'sign',
  'issue', 'make', 'start', 'resume', 'continue', 'have', 'take', 'open', 'order', 'approve', 'unveil', 'declare',
  'raise', 'introduce', 'convene', 'call', 'put', 'increase', 'slap', 'hike', 'levy', 'step', 'up', 'expand', 'engage', 'reiterate', 'express', 'voice', 'repeat', 'renew', 'restate', 'their', 'its', 'in', 'wage', 'mount', 'join', 'attend', 'arrange', 'for', 'seek', 'agree', 'to',
  'decide', 'plan', 'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'not',
  "n't", 'did', 'do', 'does', 'no'];

/** Can the words between an actor and a noun trigger make the actor its subject? */
function nounPhraseSubject(between: string[]): boolean {
  return between.every((w) => NP_FILLER.has(w) || lemmaIn(w, LIGHT) || /^\d/.test(w) || w.endsWith('ly') ||
    (/^[a-z-]+$/.test(w) && (!PREPOSITIONS.has(w) || w === 'of' || w === 'on') && !REPORTING_FORMS.has(w) && !CLAUSE_BREAKS.has(w) && w !== 'that'));
}

function anaphorBefore(doc: Doc, s: TokenRange, head: number): { plural: boolean; start: number } | null {
  let k = head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly')) && !PRONOUN_SUBJECTS.has(lower(doc, k))) k--;
  if (k < s.start) return null;
  const w = lower(doc, k);
  if (PRONOUN_SUBJECTS.has(w) && w !== 'both') return { plural: w === 'they' || w === 'we', start: k };
  for (const phrase of PLURAL_ANAPHORS) {
    const b = k - phrase.length + 1;
    if (b >= s.start && phrase.every((p, i) => lower(doc, b + i) === p)) return { plural: true, start: b };
  }
  return null;
}

function resolveAnaphor(
  doc: Doc, anaphor: { plural: boolean; start: number }, spoken: Speaker[], head: number, groups: Group[],
  discourse: Discourse,
): Slot[] {
  // a speaker earlier in the sentence: "Iran said it would ..."
  const speaker = [...spoken].reverse().find((sp) => sp.at < anaphor.start && sp.range.end <= anaphor.start + 1);
  if (speaker) {
    // the whole coordinated group, even where the speaker phrase starts after one of its commas
    const g = groups.filter((gr) => gr.end > speaker.range.start && gr.start < speaker.range.end);
    const slots = g.flatMap((gr) => gr.slots);
    const plural = groupCodes(slots).length >= 2 || slots.length >= 2;
    if (slots.length && (!anaphor.plural || plural || groupCodes(discourse.lastParties).length < 2)) return slots;
  }
  if (anaphor.plural && groupCodes(discourse.lastParties).length >= 2) return discourse.lastParties;
  void head;
  void doc;
  return discourse.lastSource;
}

/** "a boycott ..., which Washington announced last week": the relative clause names the source. */
function relativeClauseSource(doc: Doc, s: TokenRange, groups: Group[], t: Trigger): { source: Slot[]; anchor: number } | null {
  for (let k = t.end; k < s.end && k < t.end + 12; k++) {
    const w = lower(doc, k);
    if ((w === 'which' || w === 'that') && lower(doc, k - 1) === ',') {
      const g = groups.find((gr) => gr.start === k + 1 || gr.start === k + 2);
      if (g) return { source: g.slots, anchor: Math.min(g.end, s.end - 1) };
      return null;
    }
    if (w === ';' || w === '.' || REPORTING_FORMS.has(w)) return null;
  }
  return null;
}

function buildEvent(
  doc: Doc, s: TokenRange, t: Trigger, parties: Parties, spoken: Speaker[], inherited: Modality | null,
  kb?: KnowledgeBase,
): DocEvent | null {
  const p = t.pattern;
  let source = codes(parties.source);
  let target = codes(parties.target);
  let sourceActors = actorsOf(parties.source);
  let targetActors = actorsOf(parties.target);
  const mutual = p.mutual || followedByReciprocal(doc, t.end, s);
  if (mutual) {
    const all = [...new Set([...source, ...target])];
    if (all.length < 2 && !(source.length && target.length)) return null;
    source = all;
    target = all;
    sourceActors = targetActors = [...new Set([...sourceActors, ...targetActors])];
  } else if (!source.length && target.length >= 2 && (p.symmetric || p.category === 'CONSULT')) {
    // "talks between Sudan and South Sudan": the first-named party is the source
    source = target.slice(0, 1);
    target = target.slice(1);
    const first = parties.target.find((sl) => sl.code === source[0]);
    sourceActors = first ? [first.actor] : [];
    targetActors = parties.target.filter((sl) => sl.code !== source[0]).map((sl) => sl.actor);
  } else if (!target.length && source.length >= 2 && (p.symmetric || p.category === 'CONSULT')) {
    target = source.slice(1);
    source = source.slice(0, 1);
    const first = parties.source.find((sl) => sl.code === source[0]);
    sourceActors = first ? [first.actor] : [];
    targetActors = parties.source.filter((sl) => sl.code !== source[0]).map((sl) => sl.actor);
  }
  if (!target.length && source.length >= 2 && TWO_SIDED.has(p.category)) {
    target = source;
    targetActors = sourceActors;
  }
  if (!target.length && p.domestic && source.length) {
    target = source;
    targetActors = sourceActors;
  }
  if (!source.length && target.length && (p.category === 'ASSAULT' || p.category === 'COERCE') && parties.agentless) {
    // attackers the text does not name ("were killed by a roadside bomb near Samarra") take the
    // country where they strike (SCHEMA: insurgents take the code of the country they fight in)
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    if (where.length && !where.every((c) => target.includes(c))) source = where;
  }
  if (!source.length && p.category === 'PROTEST') {
    // protesters the text does not name protest at home: against a named target, or where they rally
    const home = target.length ? target : placeCountry(eventPlace(doc, s, t.head, kb));
    if (home.length) {
      source = home.slice(0, 1);
      if (!target.length) target = source;
    }
  }
  if (!source.length || !target.length) return null;
  // one mention cannot be both parties (unless the pattern is domestic or two-sided)
  if (!mutual && !p.domestic && parties.target.length && parties.target.every((sl) => parties.source.includes(sl)) &&
    source.join() === target.join()) return null;
  const anchor = parties.anchor ?? t.head;
  const floor = clauseStart(doc, s, anchor);
  let modality = p.modality ?? modalityOf(doc, s, anchor, floor);
  // "The joint drills will begin Monday": an event noun takes the modality of its own verb
  if (modality === 'asserted' && t.noun) modality = modalityAfter(doc, s, t.end) ?? modality;
  if (modality === null || judgedNotDone(doc, s, t.end)) return null;
  // inside "agreed to ..." or "offered to ...": the content is planned or only offered
  if (inherited && modality === 'asserted') modality = inherited;
  const timex = eventTimex(doc, s, anchor, inherited !== null);
  const event: DocEvent = {
    category: p.category,
    mode: p.mode ?? null,
    trigger: { start: t.head, end: t.end },
    sentence: s,
    sourceActors: [...new Set(sourceActors)].filter((a) => a >= 0),
    targetActors: [...new Set(targetActors)].filter((a) => a >= 0),
    source,
    target,
    date: timex >= 0 ? calendarValue(doc.timexes[timex]) : null,
    location: eventPlace(doc, s, anchor, kb),
    negated: parties.anchor === undefined && isNegated(doc, t.head, floor, t.noun),
    modality,
    attribution: attributionFor(doc, spoken, t.head),
    rule: p.id,
  };
  if (timex >= 0) event.timex = timex;
  if (isConditionalThreat(doc, s, t, modality)) {
    // "will boycott the elections unless the president steps down": a threat, itself asserted
    event.category = 'THREATEN';
    event.mode = null;
    event.modality = 'asserted';
    event.rule = `${p.id}+threaten.conditional`;
  }
  return event;
}

const RESPONSIVE = new Set(['MOBILIZE', 'ACCUSE', 'REJECT', 'THREATEN']);
const RESPONSE_WORDS = new Set(['response', 'retaliation', 'reaction', 'reply', 'responding', 'retaliating', 'reacting']);

/** Does the sentence explicitly answer an earlier act ("in response to the flight")? */
function respondsTo(doc: Doc, s: TokenRange): boolean {
  for (let k = s.start; k < s.end; k++) if (RESPONSE_WORDS.has(lower(doc, k))) return true;
  return false;
}
const THREAT_PREPS = new Set(['against', 'on', 'in', 'into', 'to']);
const CONTENT_PREPS = new Set(['on', 'against', 'to', 'with', 'from', 'for', 'into', 'in']);

function passedHead(between: string[], from: number, heads: Heads): boolean {
  return between.some((_, k) => heads.has(from + k)) || between.includes('to');
}

const OBJECT_PREPS = new Set(['of', 'by', 'from']);

/** Categories where parties named together without a target act on each other. */
const TWO_SIDED = new Set(['ASSAULT']);

function slotsFor(actors: number[], codes: string[]): Slot[] {
  return codes.map((code, i) => ({ start: -1, end: -1, actor: actors[i] ?? -1, code }));
}

const NORM_ADJECTIVES = new Set(['vital', 'essential', 'important', 'necessary', 'crucial', 'needed', 'key', 'possible', 'impossible', 'unlikely', 'likely']);

/** "cooperation between X and Y is vital": a judgement about an act, not the act. */
function judgedNotDone(doc: Doc, s: TokenRange, from: number): boolean {
  for (let k = from; k < s.end - 1 && k < from + 12; k++) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w) || w === 'that') return false;
    if ((w === 'is' || w === 'are' || w === 'remains' || w === 'was') && NORM_ADJECTIVES.has(lower(doc, k + 1))) return true;
  }
  return false;
}

const THREATENED_ACTS = new Set(['SANCTION', 'ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE']);
const CONDITIONS = new Set(['unless', 'if', 'until']);

/** A planned or possible coercive act under a condition the target must meet. */
function isConditionalThreat(doc: Doc, s: TokenRange, t: Trigger, modality: Modality): boolean {
  if (!THREATENED_ACTS.has(t.pattern.category) || modality === 'asserted') return false;
  for (let k = s.start; k < s.end; k++) if (CONDITIONS.has(lower(doc, k)) && Math.abs(k - t.head) <= 15) return true;
  return false;
}

/** The country code of a place value ("Lagos, NGA" → ["NGA"], "NGA" → ["NGA"]). */
function placeCountry(place: string | null): string[] {
  const code = place?.match(/([A-Z]{3})$/)?.[1];
  return code ? [code] : [];
}

function codes(slots: Slot[]): string[] {
  return groupCodes(slots);
}

function actorsOf(slots: Slot[]): number[] {
  return [...new Set(slots.filter((s) => s.code && s.actor >= 0).map((s) => s.actor))];
}

function followedByReciprocal(doc: Doc, from: number, s: TokenRange): boolean {
  for (let k = from; k < s.end && k < from + 4; k++) {
    for (const r of RECIPROCALS) {
      if (r.every((w, i) => k + i < s.end && lower(doc, k + i) === w)) return true;
    }
  }
  return false;
}

/** Who the text credits: the nearest speaker before the trigger, else the first after it. */
function attributionFor(doc: Doc, spoken: Speaker[], head: number): string | null {
  const before = spoken.filter((sp) => sp.at < head && !(sp.range.start <= head && head < sp.range.end));
  const after = spoken.filter((sp) => sp.at > head && !(sp.range.start <= head && head < sp.range.end));
  const sp = before[before.length - 1] ?? after[0];
  if (!sp || sp.range.end <= sp.range.start) return null;
  return doc.spanText(sp.range);
}

/**
 * One event per act: the same category and parties in one sentence are one event ("met for
 * talks"), unless two different verbs state two acts ("arrested ... and sentenced ...").
 */
function dedupe(doc: Doc, events: DocEvent[], verbs: Set<number>): DocEvent[] {
  const kept: DocEvent[] = [];
  for (const e of events) {
    const same = kept.find((k) => k.sentence === e.sentence && k.category === e.category &&
      k.source.join() === e.source.join() && k.target.join() === e.target.join());
    const distinctVerbs = same && verbs.has(same.trigger.start) && verbs.has(e.trigger.start) &&
      lower(doc, same.trigger.start) !== lower(doc, e.trigger.start);
    if (same && !distinctVerbs) continue;
    kept.push(e);
  }
  return kept;
}
