// Reactions to earlier acts: whose act a condemnation, welcome, refusal or show of force answers.
import type { Doc, TokenRange } from '../doc.js';
import { groupCodes, type Group, type Slot } from './arguments.js';
import type { Discourse } from './parties.js';
import type { Heads, Trigger } from './triggers.js';
import { lower } from './text.js';

export const REACTIONS = new Set(['SUPPORT', 'ACCUSE', 'REJECT']);

const BACK_REFERENCES = new Set(['move', 'decision', 'announcement', 'proposal', 'offer', 'plan', 'step', 'statement', 'remarks', 'measure', 'measures', 'initiative', 'declaration']);

/**
 * Where the act a reaction is about is named: right after the verb ("condemned the move"), or after
 * the preposition that follows a construction's object noun ("expressed regret over the decision").
 */
export function reactionObject(doc: Doc, s: TokenRange, t: Trigger): number {
  if (!t.pattern.objectNoun || t.pattern.verdict) return t.end;
  for (let k = t.end; k < s.end && k < t.end + 10; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === '.' || w === ';') break;
    if (REACTION_PREPS.has(w)) return k + 1;
  }
  return t.end;
}

const REACTION_PREPS = new Set(['over', 'about', 'at', 'with', 'for', 'to']);

/** "welcomed the announcement", "denounced the move": a definite reference to an act named before. */
export function refersBack(doc: Doc, s: TokenRange, from: number, verdict = false): boolean {
  let k = from;
  // "called it a provocation": a verdict's pronoun object is the act just told
  if (verdict && k < s.end && (lower(doc, k) === 'it' || lower(doc, k) === 'this')) return true;
  if (k < s.end && (lower(doc, k) === 'the' || lower(doc, k) === 'this' || lower(doc, k) === 'that')) k++;
  else return false;
  return k < s.end && BACK_REFERENCES.has(lower(doc, k));
}

/** "the attack", "this week's sanctions", "the Russian strikes": a definite event noun right after the trigger. */
export function definiteAct(doc: Doc, s: TokenRange, from: number, heads: Heads): Trigger | null {
  if (from >= s.end || !DEFINITE.has(lower(doc, from))) return null;
  for (let k = from + 1; k < s.end && k <= from + 4; k++) {
    const t = heads.get(k);
    if (t) return t.noun ? t : null;
    const w = lower(doc, k);
    if (w === ',' || w === '.' || PREPOSITIONS_STOP.has(w)) return null;
  }
  return null;
}

export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** The "by" agent inside the phrase of an act noun ("the release of the hostages by Somalia"). */
export function agentOfAct(doc: Doc, s: TokenRange, groups: Group[], act: Trigger, own: string[], betweenOnly = false): Slot[] {
  for (let k = act.end; k < s.end && k < act.end + (betweenOnly ? 4 : 8); k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || w === 'that' || w === 'which' || w === 'who' || w === 'to') return [];
    if (betweenOnly && PREPOSITIONS_STOP.has(w)) return [];
    // "hailed the truce between Israel and Hamas": the act's own parties
    if (w === 'between') {
      const parties = groups.find((g) => g.start === k + 1);
      return parties && groupCodes(parties.slots).some((c) => !own.includes(c)) ? parties.slots : [];
    }
    if (w !== 'by' || betweenOnly) continue;
    const agent = groups.find((g) => g.start === k + 1);
    return agent && groupCodes(agent.slots).some((c) => !own.includes(c)) ? agent.slots : [];
  }
  return [];
}

const PREPOSITIONS_STOP = new Set(['of', 'on', 'in', 'against', 'by', 'to', 'for', 'with', 'that', 'and']);

/** How many sentences back a definite act may have been named. */
export const ACT_SPAN = 3;

/** ... and an act named by its own kind ("the tariff", "the airstrikes"), which the article may have told well before. */
export const NAMED_ACT_SPAN = 10;

/**
 * The owner of the bid a refusal blocks: "its attempts to join the UN" (the nearest other party
 * named before), "Kosovo's bid to join Interpol".
 */
export function bidOwner(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, own: string[], discourse: Discourse): Slot[] {
  let k = t.end;
  if (k < s.end && lower(doc, k) === 'the') k++;
  const other = (slots: Slot[]) => groupCodes(slots).some((c) => !own.includes(c));
  const possessor = groups.find((g) => g.start === k && g.end < s.end && /^['’]s$/.test(lower(doc, g.end)));
  const pronoun = k < s.end && POSSESSIVES.has(lower(doc, k));
  const noun = possessor ? possessor.end + 1 : pronoun ? k + 1 : -1;
  if (noun < 0 || !(BIDS.has(lower(doc, noun)) || (noun + 1 < s.end && BIDS.has(lower(doc, noun + 1))))) return [];
  if (possessor) return other(possessor.slots) ? possessor.slots : [];
  const before = groups.filter((g) => g.end <= t.head && !g.locative && other(g.slots)).pop();
  if (before) return before.slots;
  return other(discourse.lastSource) ? discourse.lastSource : [];
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

const BIDS = new Set(['bid', 'bids', 'attempt', 'attempts', 'effort', 'efforts', 'accession', 'membership', 'application',
  'candidacy', 'entry', 'admission', 'request', 'proposal', 'plan', 'plans']);

export const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'another', 'others']);

export const RESPONSIVE = new Set(['MOBILIZE', 'ACCUSE', 'REJECT', 'THREATEN']);

/** The actor group opening an "after/as/when" clause a few words after the trigger (not the source). */
export function promptedBy(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
  for (let k = from; k < s.end && k < from + 10; k++) {
    const w = lower(doc, k);
    if (w === ';' || w === '.') return [];
    if (w !== 'after' && w !== 'as' && w !== 'when') continue;
    const g = groups.find((gr) => gr.start > k && gr.start <= k + 3 && !gr.locative);
    // the group must be the clause's subject: a verb follows it
    const verb = g && g.end < s.end && /^VB[DZP]?$/.test(doc.pos[g.end] ?? '');
    return g && verb && groupCodes(g.slots).some((c) => !own.includes(c)) ? g.slots : [];
  }
  return [];
}

const RESPONSE_WORDS = new Set(['response', 'retaliation', 'reaction', 'reply', 'responding', 'retaliating', 'reacting']);

/** Does the sentence explicitly answer an earlier act ("in response to the flight")? */
export function respondsTo(doc: Doc, s: TokenRange): boolean {
  for (let k = s.start; k < s.end; k++) if (RESPONSE_WORDS.has(lower(doc, k))) return true;
  return false;
}
