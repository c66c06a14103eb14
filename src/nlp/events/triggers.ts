// Trigger words: the lexicon patterns whose head, particles, object noun and context match at a
// token, and how far a trigger's content clause reaches.
import type { Doc, TokenRange } from '../doc.js';
import type { EventPattern } from './lexicon-types.js';
import { headPatterns, lemmaIn, type LexiconIndex } from './lexicon.js';
import {
  AUXILIARIES, CLAUSE_BREAKS, HYPOTHETICAL_CUES, PLANNED_CUES, NOUN_CONTEXT, PREPOSITIONS, PRONOUN_SUBJECTS, REPORTING_FORMS,
} from './locales/en/cues.js';
import { IRREGULAR_FORMS } from './locales/en/inflections.js';
import { lower } from './text.js';

/** A matched trigger before its arguments are known. */
export interface Trigger {
  pattern: EventPattern;
  head: number;
  /** one past the last token of the trigger words (head + particles) */
  end: number;
  noun: boolean;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** Trigger heads of a sentence by token index. */
export type Heads = Map<number, Trigger>;

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
      // "a jailed activist": a participle after a determiner is an adjective (not "That was ...")
      if (p.pos === 'verb' && !p.copula && i > s.start && DETERMINERS.has(lower(doc, i - 1))) continue;
      if (p.pos === 'verb' && i > s.start + 1 && lower(doc, i - 1).endsWith('ly') && (DETERMINERS.has(lower(doc, i - 2)) || lower(doc, i - 2) === "'s")) continue;
      if (p.pos === 'noun' && !noun) continue;
      const end = matchAfter(doc, p, i, s);
      if (end < 0) continue;
      const objectAt = p.objectNoun ? objectNounAt(doc, p.objectNoun, end, s, p.verdict ? VERDICT_SPAN : OBJECT_SPAN, p.category === 'AID') : -1;
      if (p.objectNoun && objectAt < 0) continue;
      if (p.objectNounAfter && !followsWord(doc, p.objectNounAfter, objectAt, i)) continue;
      if (p.subjectNoun && !subjectNounBefore(doc, p.subjectNoun, i, s)) continue;
      if (p.notSubjectNoun && subjectNounBefore(doc, p.notSubjectNoun, i, s)) continue;
      if (p.exceptObjectNoun && objectNounAt(doc, p.exceptObjectNoun, end, s) >= 0) continue;
      if (p.before && !hasBefore(doc, p.before, i, s)) continue;
      if (p.notFollowedBy && end < s.end && followedBy(doc, p.notFollowedBy, end, s)) continue;
      if (p.notModifier && noun && modifiesNextNoun(doc, end, s)) continue;
      if (p.notAfter && afterPhrase(doc, p.notAfter, i, s)) continue;
      if (p.intransitive && !noun && !participleAdjective(doc, i, s) && directObject(doc, end, s)) continue;
      if (p.notNaming && naming(doc, i, end, s)) continue;
      if (p.notAfterNoun && participleAfter(doc, p.notAfterNoun, i, s)) continue;
      if (p.notPurpose && purposeInfinitive(doc, i, s)) continue;
      if (p.claimed && freeRelativeAt(doc, i, s) < 0) continue;
      if (p.pastContent && !pastInContent(doc, end, s)) continue;
      if (p.copula && !copulaVerdict(doc, i, objectAt, s)) continue;
      const exact = p.lemma === lower(doc, i) ? 1.5 : 0;
      const score = (p.after ? 4 : 0) + (p.objectNoun ? 4 : 0) + (p.subjectNoun ? 4 : 0) + (p.before ? 2 : 0) + (p.pos !== 'any' ? 1 : 0) + exact;
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
  if (i >= s.start + 2 && lower(doc, i - 1) === 'to' && !/s$/.test(lower(doc, i)) && !prepositionalVerb(doc, i - 2) &&
    ((doc.pos[i - 2] ?? '').startsWith('VB') || PLANNED_CUES.has(lower(doc, i - 2)) || HYPOTHETICAL_CUES.has(lower(doc, i - 2)))) return false;
  // "Hailing Kenya's decision, the minister ...": a sentence-opening participle the tagger took for a name
  if (openingParticiple(doc, i, s)) return false;
  const tag = doc.pos[i];
  // past forms the tagger takes for nouns after a name ("Azerbaijan retook ...")
  const w0 = lower(doc, i);
  if (tag && tag.startsWith('NN') && IRREGULAR_FORMS[w0] && IRREGULAR_FORMS[w0] !== w0 && i > s.start && /^[A-Z]/.test(doc.tokens[i - 1].text)) return false;
  // "Armenian forces occupied ...": a past form after a noun, tagged as an adjective
  if (tag === 'JJ' && /ed$/.test(w0) && i > s.start && (/^NN/.test(doc.pos[i - 1] ?? '') || /^(has|have|had)$/.test(lower(doc, i - 1)))) return false;
  // "Kenyan police abducted two activists": a rarer past form the tagger took for a noun, between
  // its subject noun and an object that opens with a number or determiner
  if (tag?.startsWith('NN') && /ed$/.test(w0) && i > s.start && i + 1 < s.end && /^NN/.test(doc.pos[i - 1] ?? '') &&
    /^(CD|DT|PRP\$)$/.test(doc.pos[i + 1] ?? '')) return false;
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

/** A capitalised -ing word opening the sentence, then a noun phrase (no verb) and a comma. */
function openingParticiple(doc: Doc, i: number, s: TokenRange): boolean {
  if (i !== s.start || !/^[A-Z][a-z]+ing$/.test(doc.tokens[i].text) || i + 2 >= s.end) return false;
  for (let k = i + 1; k < s.end && k <= i + 20; k++) {
    if (lower(doc, k) === ',') return k > i + 1;
    if (/^(VB|MD)/.test(doc.pos[k] ?? '') || CLAUSE_BREAKS.has(lower(doc, k)) || lower(doc, k) === '.') return false;
  }
  return false;
}

/** "... the negotiating room to allow", "after four years to allow": "to" after a noun opens a purpose. */
function purposeInfinitive(doc: Doc, i: number, s: TokenRange): boolean {
  return i >= s.start + 2 && lower(doc, i - 1) === 'to' && /^(NN|CD)/.test(doc.pos[i - 2] ?? '');
}

/**
 * "what it said was", "what Deputy Prime Minister X claimed were": the "what" opening the free
 * relative whose verb is at i (a copula follows it, only the verb's subject between), or -1.
 */
export function freeRelativeAt(doc: Doc, i: number, s: TokenRange): number {
  if (i + 1 >= s.end || !COPULAS.has(lower(doc, i + 1))) return -1;
  for (let k = i - 1; k >= s.start && k >= i - MAX_RELATIVE_SUBJECT; k--) {
    const w = lower(doc, k);
    if (w === 'what') return k < i - 1 ? k : -1;
    if (!/^[A-Za-z]/.test(doc.tokens[k].text) || (doc.pos[k] ?? '').startsWith('VB') || CLAUSE_BREAKS.has(w)) return -1;
  }
  return -1;
}

const COPULAS = new Set(['was', 'were', 'is', 'are']);

/**
 * 'was "stupidity"', 'was a very aggressive stand', 'was an act of piracy': the copula's own
 * complement reaches the verdict word at `verdict` — not an auxiliary ("were battling terrorists",
 * "is investigating war crimes") nor "there was a threat".
 */
function copulaVerdict(doc: Doc, i: number, verdict: number, s: TokenRange): boolean {
  if (i > s.start && lower(doc, i - 1) === 'there') return false;
  // ("the tanks were not an offensive threat to Russia": a verdict denied is a reassurance, no charge)
  if (i + 1 < s.end && /^(not|n't|never|no)$/.test(lower(doc, i + 1))) return false;
  for (let k = i + 1; k < verdict; k++) {
    // ("amounted to a trade ban": the verb's own "to")
    const ownTo = k === i + 1 && lower(doc, k) === 'to';
    if ((doc.pos[k] ?? '').startsWith('VB') || (PREPOSITIONS.has(lower(doc, k)) && lower(doc, k) !== 'of' && !ownTo)) return false;
  }
  return true;
}
/** A past "was / were / had" in the clause after a claim verb, before the sentence or clause ends. */
function pastInContent(doc: Doc, from: number, s: TokenRange): boolean {
  for (let k = from; k < s.end && k < from + CONTENT_SPAN; k++) {
    const w = lower(doc, k);
    if (w === ';' || w === '.' || w === 'but') return false;
    if (w === 'was' || w === 'were' || w === 'had') return true;
  }
  return false;
}

/** How far into a claim its verb may stand ("alleged, without giving any proof, that she had ..."). */
const CONTENT_SPAN = 14;

/** Words a free relative's subject may span ("what Deputy Prime Minister Lena Kovac said"). */
const MAX_RELATIVE_SUBJECT = 7;

/** Verbs whose "to" is a preposition: "bowed to pressure", "gave in to demands", "responded to attacks". */
const TO_PREPOSITION_VERBS = ['bow', 'yield', 'respond', 'react', 'object', 'succumb', 'submit', 'cave', 'in', 'lead', 'contribute', 'return'];

function prepositionalVerb(doc: Doc, k: number): boolean {
  return lemmaIn(lower(doc, k), TO_PREPOSITION_VERBS);
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

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '`', '``', "''"]);

/** Index of the object noun a construction needs ("imposed ... sanctions"), or -1. */
/** How far after the verb a construction's object noun may stand; a verdict may follow a long object ("calling Moscow's
 * recognition of two regions in eastern Ukraine the beginning of an invasion"). */
const OBJECT_SPAN = 8;
const VERDICT_SPAN = 16;

function objectNounAt(doc: Doc, lemmas: string[], from: number, s: TokenRange, span = OBJECT_SPAN, goods = false): number {
  for (let k = from; k < s.end && k < from + span; k++) {
    const w = lower(doc, k);
    // ('called the tariff "payback"', 'expressed "deep concern"': a quoted object is still the object)
    if (QUOTE_MARKS.has(w)) continue;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') return -1;
    // ("gave the U.N. arms inspectors access": a noun modifying another names no goods)
    if (lemmaIn(w, lemmas) && !(goods && k + 1 < s.end && lemmaIn(lower(doc, k + 1), NOT_GOODS_HEADS))) return k;
  }
  return -1;
}

/** Heads that make the noun before them a modifier: "arms inspectors", "food prices", "aid workers". */
const NOT_GOODS_HEADS = ['inspector', 'inspection', 'control', 'race', 'embargo', 'price', 'worker', 'official', 'agency',
  'chain', 'dealer', 'smuggler', 'smuggling', 'trafficking', 'programme', 'program', 'reduction', 'limitation', 'treaty',
  'shortage', 'crisis', 'group', 'organisation', 'organization'];

/** "to the (foreign) ministry": one of `words` precedes the noun at k, only a determiner or adjective between. */
function followsWord(doc: Doc, words: string[], k: number, head: number): boolean {
  for (let j = k - 1; j > head && j >= k - 3; j--) {
    if (words.includes(lower(doc, j))) return true;
    if (!/^(DT|JJ|NNP)/.test(doc.pos[j] ?? '')) return false;
  }
  return false;
}

/** "Vaccine doses dispatched from India reached ...": a subject noun of the clause, before the head. */
function subjectNounBefore(doc: Doc, lemmas: string[], i: number, s: TokenRange): boolean {
  for (let k = i - 1; k >= s.start && k >= i - 8; k--) {
    const w = lower(doc, k);
    // ("20,000 tents, dispatched from Japan, reached ...": a participle phrase between commas is skipped)
    if (w === ',' && (k === i - 1 || doc.pos[k + 1] === 'VBN')) continue;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === ';') return false;
    if (lemmaIn(w, lemmas)) return true;
  }
  return false;
}

function hasBefore(doc: Doc, words: string[], i: number, s: TokenRange): boolean {
  for (let k = i - 1; k >= s.start && k >= i - 3; k--) {
    const w = lower(doc, k);
    // an entry "-day" stands for any compound ending so ("four-day", "24-hour")
    if (words.includes(w) || words.some((x) => x.startsWith('-') && w.endsWith(x) && w.length > x.length)) return true;
  }
  return false;
}

/** A noun's content ("warnings of starvation by aid agencies,") ends at the first comma. */
export function nounComplementEnd(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return k;
  }
  return s.end;
}

/** Where the content of a demand, threat or refusal ends. */
export function complementEnd(doc: Doc, s: TokenRange, from: number, heads: Heads): number {
  for (let k = from; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === ';' || REPORTING_FORMS.has(w) || w === 'while' || w === 'but') return k;
    // (", killing 20 people": a participle of the main clause; but "accused X of crossing the border and
    // attacking Y": a gerund after "and" goes on with an "of" + gerund content)
    const goesOn = w === 'and' && /ing$/.test(lower(doc, k + 1)) && gerundContent(doc, from, k);
    if ((w === 'and' || w === ',') && heads.has(k + 1) && /ing$/.test(lower(doc, k + 1)) && !goesOn) return k;
    // ", and the United Nations pulled out": a new clause with its own subject
    if (w === ',' && k + 1 < s.end && (lower(doc, k + 1) === 'and' || lower(doc, k + 1) === 'but')) return k;
    // ("demanded that Russia stop ... and withdraw its troops": a bare verb after "and" goes on with the that-clause)
    if (w === 'and' && heads.has(k + 1) && !goesOn && !(doc.pos[k + 1] === 'VB' && thatClauseFrom(doc, from, k))) return k;
    // "agreed to reopen embassies five years after cutting off relations": a past act of the main clause's subject
    if ((w === 'after' || w === 'since') && gerundAt(doc, s, k + 1)) return k;
  }
  return s.end;
}

/** Does an "of" + gerund content open between `from` and `to` ("accused Indian forces of crossing ...")? */
function gerundContent(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to - 1 && k <= from + 6; k++) if (lower(doc, k) === 'of' && /ing$/.test(lower(doc, k + 1))) return true;
  return false;
}

/** Does a that-clause open between `from` and `to` ("demanded that Russia stop ...")? */
function thatClauseFrom(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k <= from + 2; k++) if (lower(doc, k) === 'that') return true;
  return false;
}

/** "breaking", "formally breaking": an -ing verb, an adverb allowed before it. */
function gerundAt(doc: Doc, s: TokenRange, k: number): boolean {
  if (k < s.end && /ly$/.test(lower(doc, k))) k++;
  return k < s.end && /ing$/.test(lower(doc, k)) && (doc.pos[k] ?? 'VBG') === 'VBG';
}

/** "hosted a summit", "launched airstrikes on": the noun is the verb's own act, coded once. */
export function objectOfSameAct(doc: Doc, t: Trigger, heads: Heads, produced: Set<number>): boolean {
  if (!t.noun) return false;
  // ("hosted a \"Quad\" summit": quotation marks and a name may stand between them)
  for (let k = t.head - 1; k >= 0 && k >= t.head - 6; k--) {
    const other = heads.get(k);
    if (other) return !other.noun && other.pattern.category === t.pattern.category && produced.has(k);
    if (PREPOSITIONS.has(lower(doc, k)) || lower(doc, k) === ',') return false;
  }
  return false;
}

/** "war planners", "the war damages": a lower-case common noun right after the trigger heads the phrase. */
function modifiesNextNoun(doc: Doc, end: number, s: TokenRange): boolean {
  return end < s.end && /^NNS?$/.test(doc.pos[end] ?? '') && /^\p{Ll}/u.test(doc.tokens[end].text);
}

/**
 * "called Bush a liar", "called the waiting period ``another concession''", "a joint venture called
 * Orion": a name or verdict follows the object (or a participle follows a common noun), so the verb
 * names rather than phones. The object runs to the first clause break, preposition or "to".
 */
function naming(doc: Doc, i: number, end: number, s: TokenRange): boolean {
  if (i > s.start && /^NNS?$/.test(doc.pos[i - 1] ?? '') && (doc.pos[i] === 'VBN' || indefiniteBefore(doc, i - 1, s))) return true;
  for (let k = end + 1; k < s.end && k < end + 14; k++) {
    const w = lower(doc, k);
    if (QUOTE_MARKS.has(w) || w === 'a' || w === 'an' || w === 'another') return true;
    // ("called the mother of the boy ``an excellent girl''": "of" stays inside the object, and so does a
    // place: "calling Moscow's recognition of two regions in eastern Ukraine the beginning of an invasion")
    if (w === 'of' || (w === 'in' && /^(\p{Lu}|eastern|western|northern|southern)/u.test(doc.tokens[k + 1]?.text ?? ''))) continue;
    // (a second noun phrase right after the object names it: "... in eastern Ukraine the beginning of ...")
    if (w === 'the' && k > end + 1 && /^NN/.test(doc.pos[k - 1] ?? '')) return true;
    // (an adjective right after the object's noun judges it: "called Nielsen's comment troubling")
    const clauseEnds = k + 1 >= s.end || /^[.,;]$/.test(doc.tokens[k + 1].text);
    if (/^NN/.test(doc.pos[k - 1] ?? '') && ((/^JJ/.test(doc.pos[k] ?? '') && !/^NN/.test(doc.pos[k + 1] ?? '')) ||
      (doc.pos[k] === 'VBG' && clauseEnds))) return true;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.' || w === 'to' || /^(IN|TO|CC|VBD|VBZ|VBP|MD)$/.test(doc.pos[k] ?? '')) return false;
  }
  return false;
}

/** "set up a mining venture": the noun phrase ending at k opens with an indefinite article after a verb or preposition. */
function indefiniteBefore(doc: Doc, k: number, s: TokenRange): boolean {
  for (let j = k - 1; j >= s.start && j >= k - 6; j--) {
    const w = lower(doc, j);
    // ("set up a venture called ...", "in a programme called ...": an object, not a subject "A senior minister called ...")
    if (w === 'a' || w === 'an') return j > s.start && /^(VB|IN|RP|TO)/.test(doc.pos[j - 1] ?? '');
    if (!/^(JJ|NN|VBN|VBG|CD|HYPH)/.test(doc.pos[j] ?? '') && w !== '-') return false;
  }
  return false;
}

/** One of `phrases` (a word, or words: "of words") starts at `end` ("war games", "a war of words"). */
function followedBy(doc: Doc, phrases: string[], end: number, s: TokenRange): boolean {
  return phrases.some((phrase) => phrase.split(' ').every((w, k) => end + k < s.end && lower(doc, end + k) === w));
}

/** "the Cold War", "prisoners of war", "a custody battle": one of `phrases` ends right before the trigger. */
function afterPhrase(doc: Doc, phrases: string[], i: number, s: TokenRange): boolean {
  return phrases.some((phrase) => {
    const words = phrase.split(' ');
    const from = i - words.length;
    return from >= s.start && words.every((w, k) => lower(doc, from + k) === w);
  });
}

/**
 * "to demonstrate American support", "to rally Arab public opinion": a noun phrase right after the
 * verb (not a weekday or month, nor a number: "rallied thousands of supporters" stages a rally).
 */
function directObject(doc: Doc, end: number, s: TokenRange): boolean {
  if (end >= s.end) return false;
  const tag = doc.pos[end] ?? '';
  if (/^(DT|PRP\$|JJ|NN|NNS)$/.test(tag)) return !NOT_AN_OBJECT.test(lower(doc, end));
  return tag === 'NNP' && !TIME_NAMES.test(doc.tokens[end].text);
}

/** Quantities and time adverbs after the verb ("demonstrating today", "rallied last week", "rallied thousands"). */
const NOT_AN_OBJECT = /^(all|both|each|some|many|several|hundreds|thousands|dozens|tens|more|about|today|tonight|yesterday|overnight|again|last|this|next|every|early|late|here|there)$/;

/** "several thousand rallying Cuban scientists": an -ing form inside a noun phrase modifies the noun after it. */
function participleAdjective(doc: Doc, i: number, s: TokenRange): boolean {
  return i > s.start && doc.pos[i] === 'VBG' && /^(CD|DT|JJ|PRP\$)$/.test(doc.pos[i - 1] ?? '');
}

const TIME_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** "a statement, released by the Kremlin", "the video released on Sunday": a participle after one of `nouns`. */
function participleAfter(doc: Doc, nouns: string[], i: number, s: TokenRange): boolean {
  let k = i - 1;
  if (k > s.start && lower(doc, k) === ',') k--;
  return k >= s.start && doc.pos[i] === 'VBN' && lemmaIn(lower(doc, k), nouns);
}
