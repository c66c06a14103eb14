// The parties of a trigger: its source and target actor groups, read from the clause around it —
// subjects, objects, prepositional objects, passives, coordination, appositions and anaphora.
import type { Doc, TokenRange } from '../doc.js';
import { lemmaIn } from './lexicon.js';
import { governingPrep, groupCodes, type Group, type Slot } from './arguments.js';
import { firstConjunct, type Speaker } from './context.js';
import {
  AUXILIARIES, BE_FORMS, CLAUSE_BREAKS, LOCATIVE_PREPS, PLURAL_ANAPHORS, PREPOSITIONS, PRONOUN_SUBJECTS, REPORTING_FORMS,
} from './locales/en/cues.js';
import { IRREGULAR_FORMS } from './locales/en/inflections.js';
import { freeRelativeAt, type Heads, type Trigger } from './triggers.js';
import { lower } from './text.js';

/** A trigger already read in this sentence: its subject, and whether it made an event. */
export interface Earlier {
  head: number;
  source: Slot[];
  produced: boolean;
}

/** Per-document memory for pronouns and "the two sides". */
export interface Discourse {
  lastSource: Slot[];
  lastParties: Slot[];
  /** the main subject of the previous sentence ("The small Balkan country" stands for it) */
  mainSource: Slot[];
  /** the parties named in each earlier sentence, oldest first, for pronouns that must agree in number and kind */
  named: Slot[][][];
}

export interface Parties {
  source: Slot[];
  target: Slot[];
  /** where modality, negation and date are read from when not the trigger (relative clauses) */
  anchor?: number;
  /** a passive with no agent ("were killed near Basra"): the text leaves the actor unnamed */
  agentless?: boolean;
}

export function isLocative(doc: Doc, g: TokenRange, s: TokenRange): boolean {
  const prep = governingPrep(doc, g.start, s.start);
  return prep !== null && LOCATIVE_PREPS.has(prep);
}

function isPassive(doc: Doc, t: Trigger, s: TokenRange): boolean {
  if (t.noun) return false;
  // "is opposed to", "are committed to": adjectival, the subject still acts (not "was sentenced to 16 years / to death")
  if (t.end < s.end && lower(doc, t.end) === 'to' && !(t.end + 1 < s.end && (MEASURES.test(lower(doc, t.end + 1)) || PENALTIES.has(lower(doc, t.end + 1))))) return false;
  // ("is prepared to", "is committed to" with the particle inside the trigger)
  if (t.end > t.head + 1 && lower(doc, t.end - 1) === 'to') return false;
  const form = lower(doc, t.head);
  // "agreements brokered by Russia": a participle with its agent
  // ("shortened by one hour", "raised by 10 percent": a measure, not an agent)
  if (/ed$/.test(form) && t.end < s.end && lower(doc, t.end) === 'by' && t.head > s.start &&
    (!AUXILIARIES.has(lower(doc, t.head - 1)) || quantifiedParticiple(doc, s, t.head))) {
    return !(t.end + 1 < s.end && (doc.pos?.[t.end + 1] === 'CD' || MEASURES.test(lower(doc, t.end + 1))));
  }
  const w = lower(doc, t.head);
  if (!/ed$/.test(w) && !(IRREGULAR_FORMS[w] && /(en|t|d|n)$/.test(w))) return false;
  for (let k = t.head - 1; k >= s.start && k >= t.head - 4; k--) {
    const prev = lower(doc, k);
    if (BE_FORMS.has(prev)) return true;
    if (!AUXILIARIES.has(prev) && !prev.endsWith('ly')) return false;
  }
  return false;
}

/**
 * "two truce deals, both mediated by Qatar": a participle after a comma and a quantifier describes
 * the noun before it (the quantifier is no subject, as in "they have both agreed").
 */
function quantifiedParticiple(doc: Doc, s: TokenRange, head: number): boolean {
  return head - 2 >= s.start && PARTICIPLE_QUANTIFIERS.has(lower(doc, head - 1)) && PHRASE_OPENERS.has(lower(doc, head - 2));
}

const PARTICIPLE_QUANTIFIERS = new Set(['both', 'all', 'each']);
const PHRASE_OPENERS = new Set([',', '–', '—', '-', '(']);

/** ", Defence Secretary Maria Lopez has announced": the name is followed by its reporting verb. */
function speakerAfter(doc: Doc, s: TokenRange, end: number): boolean {
  let k = end;
  // ("has announced", not the passive "was reported")
  while (k < s.end && ['has', 'have', 'had'].includes(lower(doc, k)) && k < end + 2) k++;
  const w = k < s.end ? lower(doc, k) : '';
  return REPORTING_FORMS.has(w) || (k > end && ['announced', 'confirmed', 'reported'].includes(w));
}

const STAGING_PARTICIPLES = new Set(['called', 'organised', 'organized', 'staged', 'led', 'launched', 'carried', 'conducted',
  'declared', 'imposed', 'ordered', 'announced', 'sent', 'delivered', 'provided', 'donated', 'shipped', 'dispatched']);

/** What a sentence runs to: "sentenced to death / life / prison". */
const PENALTIES = new Set(['death', 'life', 'prison', 'jail', 'hard', 'lifelong']);

const MEASURES = /^(\d.*|one|two|three|four|five|six|seven|eight|nine|ten|half|a|about|around|nearly|almost|some|more|up|over|another)$/;

export function findParties(
  doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, spoken: Speaker[],
  earlier: Earlier[], discourse: Discourse,
): Parties {
  const p = t.pattern;
  const passive = isPassive(doc, t, s);
  const right = rightArguments(doc, s, groups, t, heads, passive);
  let source: Slot[] = right.source;
  let anchor: number | undefined;
  if (p.claimed) return claimParties(doc, s, groups, t, discourse);
  if (p.speakerSource) {
    // "X said Y must ...": X demands, Y is asked
    // ("Libya must pay, Britain said": a speaker after the clause, when none stands before it)
    const speaker = [...spoken].reverse().find((sp) => sp.at < t.head) ?? spoken.find((sp) => sp.range.start > t.head);
    let speakerSlots = speaker ? groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots) : [];
    const pronoun = speaker ? lower(doc, speaker.range.start) : '';
    if (!speakerSlots.length && speaker && speaker.range.end - speaker.range.start === 1 && PRONOUN_SUBJECTS.has(pronoun) && pronoun !== 'both') {
      // "He said the United States must ...": the pronoun speaker's antecedent
      speakerSlots = resolveAnaphor(doc, { plural: pronoun === 'they' || pronoun === 'we', start: speaker.range.start }, spoken, t.head, groups, discourse);
    }
    if (!speakerSlots.length) {
      // "A French envoy reiterated that Mali must ...": the subject before "that"
      const that = lastIndexOf(doc, s, 'that', t.head);
      const before = that >= 0 ? groups.filter((g) => g.end <= that && !g.locative) : [];
      speakerSlots = before.length ? before[0].slots : [];
    }
    const subject = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    // "Sudanese rebels said that President X must ...": other actors of the same country may be asked
    const speakerActors = new Set(speakerSlots.map((sl) => sl.actor).filter((a) => a >= 0));
    const target = subject.filter((sl) => !speakerSlots.includes(sl) && !speakerActors.has(sl.actor));
    return { source: speakerSlots, target: target.length ? target : addresseeOfThat(doc, s, groups, t, speakerSlots) };
  }
  if (passive) {
    // a reduced relative ("talks mediated by the US") modifies the noun right before it
    const reduced = t.head > s.start && (!AUXILIARIES.has(lower(doc, t.head - 1)) || quantifiedParticiple(doc, s, t.head)) &&
      !BE_FORMS.has(lower(doc, t.head - 1));
    const subject = reduced ? groups.filter((g) => g.end === t.head).flatMap((g) => g.slots)
      : leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    // "a fighter jet was scrambled": the forces moved belong to their own side, the mover unnamed
    if (!source.length && p.category === 'MOBILIZE') return { source: subject, target: right.targets[0] ?? [] };
    // "Tents were also sent to Laos": goods, not a party, undergo the act; the party named after its preposition receives it
    const received = !subject.length && p.category === 'AID' ? right.targets[0] ?? [] : subject;
    return { source, target: received, agentless: !source.length };
  }
  if (!source.length) {
    source = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
  }
  // "offered its troops to Lebanon": skip a first object that only repeats the source
  const sourceCodes = new Set(groupCodes(source));
  let target: Slot[] = right.targets.find((g) => groupCodes(g).some((c) => !sourceCodes.has(c))) ?? right.targets[0] ?? [];
  // '"We condemn the attack on our embassy," ...': the speaker's own side is not the target
  // ("Condemning the attack on its embassy, Norway ...": nor is a single source's own "its" ...)
  target = target.filter((sl) => !(sl.start > 0 && (FIRST_PERSON.has(lower(doc, sl.start - 1)) ||
    (THIRD_PERSON_OWN.has(lower(doc, sl.start - 1)) && sourceCodes.size === 1 && sl.code !== null && sourceCodes.has(sl.code)))));
  if (!source.length && t.noun) {
    const relative = relativeClauseSource(doc, s, groups, t);
    if (relative) ({ source, anchor } = relative);
  }
  if (!source.length && t.noun && SPOKEN_ACTS.has(p.category)) {
    // '"Congratulations to Kenya and Somalia," Biden said': a quoted praise or appeal is its speaker's
    const speaker = spoken.find((sp) => sp.range.start > t.head && doc.words({ start: t.head, end: sp.range.start }).some((w) => CLOSING_QUOTES.has(w)));
    if (speaker) source = groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots);
  }
  if (!source.length && t.noun && p.category === 'CONSULT') {
    // "Sikorski said Monday during a visit to Chile": the speaker is the visitor
    const speaker = [...spoken].reverse().find((sp) => sp.at < t.head && sp.range.end <= sp.at);
    if (speaker) source = groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots);
  }
  if (p.swap) {
    if (right.source.length && t.noun && passiveClause(doc, s, t.head)) {
      // "Meng was arrested at the request of the U.S.": asked of the unnamed agent, not the subject
      target = [];
    } else if (right.source.length) {
      // "Moldova received equipment from Romania": the subject receives
      target = leftSubject(doc, s, groups, t, heads, spoken, earlier, discourse);
    } else if (!right.viaBetween) {
      [source, target] = [target, source];
    }
  }
  return { source, target, anchor };
}

/** "was arrested ... at the request of": a passive verb ("was/were/been" + participle) before the noun in its clause. */
function passiveClause(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k > s.start; k--) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return false;
    if (BE_FORMS.has(lower(doc, k - 1)) && (doc.pos[k] ?? '') === 'VBN') return true;
  }
  return false;
}

const SPOKEN_ACTS = new Set(['SUPPORT', 'ACCUSE', 'REQUEST']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);

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
    // "convened in Dakar to settle on a reply to ...": a purpose clause is not the noun's
    // "urged the North to pass a bill ...": whom a request is made of stands before its content
    if ((t.noun && !p.complement || p.category === 'REQUEST') && w === 'to' && k + 1 < s.end && (doc.pos[k + 1] ?? '') === 'VB') {
      limit = k;
      break;
    }
    if (w === ',' && openingParticiple(doc, s, t)) {
      limit = k;
      break;
    }
    // "arrested him at the request of the United States": the requester is not the arrest's object
    const circumstance = heads.get(k);
    if (circumstance && circumstance !== t && circumstance.noun && circumstance.pattern.swap) {
      let opener = k;
      while (opener > t.end && !(circumstance.pattern.before ?? []).includes(lower(doc, opener))) opener--;
      limit = opener;
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
    if (speakerAfter(doc, s, g.end)) continue;
    let prep = governingPrep(doc, g.start, t.end);
    const between = doc.words({ start: t.end, end: g.start }).map((w) => w.toLowerCase());
    // "shelled positions of the Kurdish fighters": "of" inside the direct object
    // "welcomed the decision by the Netherlands", "dismissed criticism from the EU": the name inside the object
    const inner = between.filter((w) => PREPOSITIONS.has(w));
    if (prep && !preps.includes(prep) && !sourcePreps.includes(prep) && !t.noun && !passive && inner.length <= 2 &&
      inner.every((w) => OBJECT_PREPS.has(w))) prep = null;
    // "by" names the agent of a passive verb or of an event noun ("airstrikes by the coalition")
    // a noun's own "by" agent ("airstrikes by the coalition"), not that of a verb in between ("crimes committed by")
    // ("a general strike called by the unions", "a curfew imposed by the city": the participle stages the noun's own act)
    const nounAgent = t.noun && between.length <= 6 &&
      !doc.words({ start: t.end, end: g.start }).some((w) => /^[a-z]+(ed|ing)$/.test(w) && !STAGING_PARTICIPLES.has(w));
    const agent = (prep === 'by' && (passive || nounAgent)) ||
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
    // "demanded that the US cancel ...", "its demand that Israel ease ...": the content's subject
    const clauseSubject = g.start > t.end && lower(doc, g.start - 1) === 'that' && p.complement === 'suppress';
    if ((prep === null && object && !passesHead) || clauseSubject) targets.push(g.slots);
    else if (prep !== null && preps.includes(prep)) targets.push(g.slots);
    // "threatened to impose tariffs on Lithuanian goods": the content's target is the target
    // (but "agreed sanctions against Belarus" is no agreement with Belarus)
    // the target of the content: "urged X to withdraw from Y", "agreed to a mission in Lebanon", "talks between X and Y"
    else if (prep !== null && p.complement && passedHead(between, t.end, heads) && (prep === 'between' || prep === 'among' ||
      ((p.complement === 'suppress' || (p.category === 'AGREE' && prep !== 'against')) && CONTENT_PREPS.has(prep) &&
        !venueOfMeeting(doc, heads, t.end, g.start, prep)))) targets.push(g.slots);
    // "threatened more measures against Belarus", "threatened to resume attacks in Israel"
    else if (prep !== null && p.category === 'THREATEN' && THREAT_PREPS.has(prep)) targets.push(g.slots);
  }
  return { source, targets, viaBetween };
}

/** The subject of the trigger: nearest actor group to its left in the clause, or an antecedent. */
function leftSubject(
  doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, spoken: Speaker[],
  earlier: Earlier[], discourse: Discourse,
): Slot[] {
  // pronoun or "the two sides" right before the trigger (unless the actors stage resolved it)
  const anaphor = anaphorBefore(doc, s, t.head);
  const resolved = anaphor && groups.find((g) => g.start <= anaphor.start && anaphor.start < g.end);
  if (anaphor && (!resolved || saidBy(doc, spoken, anaphor.start))) return resolveAnaphor(doc, anaphor, spoken, t.head, groups, discourse);
  // "After Kenya and Somalia met they agreed": a plural pronoun the actors stage tied to one of the
  // opening clause's coordinated subjects stands for all of them
  const opening = anaphor?.plural && resolved ? openingClauseSubject(doc, anaphor, groups) : null;
  if (opening && groupCodes(opening).length >= groupCodes(resolved!.slots).length) return opening;
  let floor = s.start;
  for (let k = t.head - 1; k >= s.start; k--) {
    const w = lower(doc, k);
    // ", neither of which has accepted": the relative pronoun stands after its quantifier
    const quantified = (w === 'which' || w === 'whom') && k - 2 > s.start && lower(doc, k - 1) === 'of' &&
      QUANTIFIERS.has(lower(doc, k - 2)) && lower(doc, k - 3) === ',';
    if ((w === 'which' || w === 'who') && k > s.start && (lower(doc, k - 1) === ',' || quantified) && !t.noun) {
      // "Serbia, which does not recognize Kosovo": the relative clause's subject is its antecedent
      const comma = quantified ? k - 3 : k - 1;
      const inside = groups.filter((g) => g.start > k && g.end <= t.head && !g.locative);
      // "Peru, which together with Chile rejects the plan": companions join the antecedent
      const companions = inside.filter((g) => g.start >= 2 && lower(doc, g.start - 1) === 'with' && ['along', 'together'].includes(lower(doc, g.start - 2)));
      const antecedent = groups.filter((g) => g.end <= comma && (!g.locative || quantified)).pop();
      if (inside.length === companions.length && antecedent && comma - antecedent.end <= 1) {
        // "imports from Peru and Bolivia, neither of which": the coordinated names before the comma
        const before = groups.filter((g) => g.end <= antecedent.start && antecedent.start - g.end === 1 &&
          ['and', 'or'].includes(lower(doc, g.end)));
        return [...before.flatMap((g) => g.slots), ...antecedent.slots, ...companions.flatMap((g) => g.slots)];
      }
    }
    // a relative clause closed by a comma before the trigger ("Serbia, which ..., has blocked") is an apposition
    const closedRelative = (w === 'which' || w === 'who') && doc.words({ start: k, end: t.head }).includes(',');
    if (w === ';' || ((w === 'which' || w === 'who') && !closedRelative) || REPORTING_FORMS.has(w)) {
      floor = k + 1;
      break;
    }
  }
  // "vaccine doses dispatched from India reached Bhutan": goods arriving come from their sender
  const sender = t.pattern.subjectNoun ? goodsSender(doc, groups, t.head, floor) : undefined;
  if (sender) return sender.slots;
  // an actor span that ends with the event noun itself ("Israeli airstrikes") names its source
  const owner = t.noun ? groups.find((g) => g.start < t.head && g.end === t.end && !g.locative) : undefined;
  if (owner) return owner.slots;
  // "During X's recent visit to India": the possessor of the event noun, even inside a prepositional phrase
  const possessor = t.noun ? possessorOf(doc, s, groups, t.head) : undefined;
  if (possessor) return possessor.slots;
  // subjects are not objects of prepositions ("a coalition allied with Yemen's government has been fighting ...")
  const candidates = groups.filter((g) => g.end <= t.head && g.start >= floor && !g.locative && !isLocative(doc, g, s) &&
    (t.noun || governingPrep(doc, g.start, floor) === null));
  // ", meeting with the envoy": an -ing noun after a comma, with its partner, is a participle too
  const nounParticiple = t.noun && /ing$/.test(lower(doc, t.head)) && t.head > s.start && lower(doc, t.head - 1) === ',' &&
    t.end < s.end && lower(doc, t.end) === 'with';
  if (nounParticiple) {
    const previous = earlier[earlier.length - 1];
    if (previous) return previous.source;
    return candidates.find((c) => governingPrep(doc, c.start, floor) === null)?.slots ?? [];
  }
  const participle = !t.noun && /ing$/.test(lower(doc, t.head));
  if (participle && t.head > s.start && (lower(doc, t.head - 1) === ',' || SUBORDINATE_OPENERS.has(lower(doc, t.head - 1)) ||
    (t.head > s.start + 1 && lower(doc, t.head - 1).endsWith('ly') && SUBORDINATE_OPENERS.has(lower(doc, t.head - 2))))) {
    // ", accusing Washington of ...": the participle shares the main clause's subject
    const previous = earlier[earlier.length - 1];
    if (previous) return previous.source;
    // '"...," Petro said, addressing a crowd and giving ...': the speaker, when nothing came between
    const speaker = spoken.find((sp) => sp.at === t.head - 2 && lower(doc, t.head - 1) === ',' && sp.range.end <= sp.at);
    if (speaker && !candidates.length) return groups.filter((g) => g.start >= speaker.range.start && g.end <= speaker.range.end).flatMap((g) => g.slots);
    // "She stated that South Korea ..., warning that ...": a pronoun opening the sentence is the main clause's subject
    const opening = lower(doc, s.start);
    if (PRONOUN_SUBJECTS.has(opening) && opening !== 'both' && !groups.some((g) => g.start === s.start)) {
      return resolveAnaphor(doc, { plural: opening === 'they' || opening === 'we', start: s.start }, spoken, t.head, groups, discourse);
    }
    return candidates[0]?.slots ?? [];
  }
  if (participle && !candidates.length) {
    // "Hailing India's initiative, Nepal's minister said ...": the subject follows the comma
    const comma = doc.words({ start: t.end, end: s.end }).indexOf(',');
    if (comma >= 0) {
      // (", both brokered by Egypt": a participle's agent is no subject)
      const after = groups.find((g) => g.start > t.end + comma && !g.locative && !isLocative(doc, g, s) &&
        governingPrep(doc, g.start, t.end + comma) !== 'by');
      if (after && after.start <= t.end + comma + 6) return after.slots;
    }
  }
  // "Mali would expel the ambassador, close its airspace to French planes and end ...": a later verb of
  // a list shares the subject of its first verb (the act coded there, else the name before it)
  const listHead = t.noun ? -1 : firstConjunct(doc, s, t.head);
  if (listHead >= 0) {
    const first = earlier.find((e) => e.head === listHead);
    if (first) return first.source;
    const subject = candidates.filter((c) => c.end <= listHead).pop();
    if (subject && !PRONOUN_SUBJECTS.has(lower(doc, subject.start))) return subject.slots;
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
  if (g && g.end - g.start === 1 && PRONOUN_SUBJECTS.has(lower(doc, g.start)) && saidBy(doc, spoken, g.start)) {
    return resolveAnaphor(doc, { plural: ['they', 'we'].includes(lower(doc, g.start)), start: g.start }, spoken, t.head, groups, discourse);
  }
  // "Jordan, a close French partner in the region, has declined ...": skip the apposition's names
  const apposition = appositionBefore(doc, s, t.head);
  if (g && apposition && g.start > apposition.open && g.end <= apposition.close) {
    // the name before the apposition, unless only the apposition says whom it stands for
    // ("Maria Lopez, the UN refugee envoy, demanded ...")
    const head = candidates.filter((c) => c.end <= apposition.open).pop();
    if (head && groupCodes(head.slots).length) g = head;
  }
  const subordinate = (k: number) => k > s.start && SUBORDINATE_OPENERS.has(lower(doc, k - 1));
  if (t.noun && (!g || subordinate(firstPronoun(doc, g.end, t.head)))) {
    // "they would join a sporting boycott": the clause's pronoun subject; "Kosovo acted after
    // it raised tariffs": a subordinate clause's pronoun subject, nearer the noun than any name
    const pronoun = firstPronoun(doc, g ? g.end : floor, t.head);
    if (pronoun >= 0) return resolveAnaphor(doc, { plural: ['they', 'we'].includes(lower(doc, pronoun)), start: pronoun }, spoken, t.head, groups, discourse);
  }
  if (!g) {
    // "Protesters in Quito blocked ...", "Student unions in Kenya are demanding ...":
    // a people noun located in a country stands for that country
    const located = groups.filter((gr) => gr.end <= t.head && gr.start >= floor && gr.locative && locatedPeople(doc, gr, s));
    g = located[located.length - 1];
  }
  const described = g ? -1 : describedSubjectEnd(doc, s, t.head);
  const afterDescription = described < 0 ? [] : doc.words({ start: described, end: t.head }).map((w) => w.toLowerCase());
  if (described >= 0 && groupCodes(discourse.mainSource).length === 1 && (t.noun ? nounPhraseSubject(afterDescription)
    : afterDescription.every((w) => AUXILIARIES.has(w) || w.endsWith('ly')))) {
    // "The small landlocked country, whose request ... failed, also raised tariffs": the country named before
    return discourse.mainSource;
  }
  if (!g || t.head - g.end > MAX_SUBJECT_DISTANCE) return [];
  const between = doc.words({ start: g.end, end: t.head }).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const content = between.filter((w) => !AUXILIARIES.has(w) && !w.endsWith('ly'));
  if (content.some((w) => w === 'and' || w === 'but') && content.every((w) => w === 'and' || w === ',' || w === 'but')) {
    // coordinated verbs share the subject: "Hayashi met with Blinken and agreed ..."
    const previous = earlier[earlier.length - 1];
    if (previous) return previous.source;
    const first = candidates[0];
    return first && first !== g ? first.slots : [];
  }
  if (t.noun && governingPrep(doc, g.start, floor) !== null) return [];
  const cause = t.noun ? -1 : consequenceOf(doc, t, heads, floor);
  if (cause >= 0) {
    // "airstrikes ... killed civilians": the verb restates the noun's act; it speaks for the noun
    // only when the noun found no target of its own
    const noun = earlier.find((e) => e.head === cause);
    return noun && !noun.produced ? noun.source : [];
  }
  // "Chile extradited him at the request of Peru", "the convoy came under fire from": the clause's
  // subject undergoes the circumstance whatever its verb does
  const circumstance = t.noun && t.pattern.swap;
  for (let h = g.start; h < t.head && !circumstance; h++) {
    const other = heads.get(h);
    if (!other || joiner === 'to') continue;
    if (apposition && h > apposition.open && h < apposition.close) continue;
    // "The Russian attack on Odesa killed civilians": the killing is the attack, not a second act
    if (!t.noun && other.noun && other.pattern.category === t.pattern.category) return [];
    if (h < g.end) continue;
    // nouns between an actor and an event noun sit inside one phrase ("a breakthrough in the talks")
    if (t.noun && other.noun) continue;
    // "Israel's request was turned down by Egypt": the possessor's act is the verb's subject
    if (!t.noun && other.noun && h === g.end + 1 && /^['’]s$/.test(lower(doc, g.end))) continue;
    // "could host talks", "approved a loan": the verb enacts the noun's act; other verbs have their own object
    const enacts = t.noun && (other.pattern.category === t.pattern.category || lemmaIn(lower(doc, h), LIGHT) ||
      other.pattern.complement === 'planned' || other.pattern.complement === 'hypothetical');
    if (!enacts) return [];
  }
  // "..., Laila Haddad, began a sit-in": the comma closes an apposition naming the subject
  const afterApposition = between[0] === ',' && /^VB[DZP]?$/.test(doc.pos?.[g.end + 1] ?? '') &&
    (doc.words({ start: Math.max(s.start, g.start - 3), end: g.start }).includes(',') || doc.words(g).includes(','));
  if (t.noun && !nounPhraseSubject(afterApposition ? between.slice(1) : between)) return [];
  if (afterApposition && !doc.words(g).some((w) => w === 'and' || w === 'or')) {
    // "AU envoy, former Kenyan president, X, had": names of one party; the first heads them
    const head = groups.filter((gr) => gr.end < g.start && g.start - gr.end <= 3 && !gr.locative &&
      lower(doc, gr.end) === ',').pop();
    if (head) return head.slots;
    const comma = doc.words(g).indexOf(',');
    if (comma > 0) return g.slots.filter((sl) => sl.start < g.start + comma);
  }
  return g.slots;
}

/**
 * Where a sentence-opening description of a country ("The small Balkan country", "The Gulf
 * state", with its apposition or relative clause) ends before `head`, or -1.
 */
function describedSubjectEnd(doc: Doc, s: TokenRange, head: number): number {
  if (lower(doc, s.start) !== 'the') return -1;
  let k = s.start + 1;
  while (k < head && k <= s.start + 4 && !COUNTRY_NOUNS.has(lower(doc, k))) {
    if (!/^[a-z-]+$/i.test(doc.tokens[k].text)) return -1;
    k++;
  }
  if (k >= head || !COUNTRY_NOUNS.has(lower(doc, k))) return -1;
  let j = k + 1;
  // ("The state of emergency ...": a noun phrase going on, not a country)
  if (j < head && lower(doc, j) !== ',' && !AUXILIARIES.has(lower(doc, j)) && !/^VB/.test(doc.pos[j] ?? '')) return -1;
  if (j < head && lower(doc, j) === ',') {
    // ", whose bid ... failed on Tuesday,"
    j++;
    while (j < head && lower(doc, j) !== ',') j++;
    j++;
  }
  return j <= head ? j : -1;
}

const COUNTRY_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic', 'emirate']);

/** The actor group before "'s" that owns the event noun ("Gyawali's recent visit", "Russia's first strike"). */
/** The party after "from" in the subject of an arrival ("a consignment from Qatar will land ..."). */
function goodsSender(doc: Doc, groups: Group[], head: number, floor: number): Group | undefined {
  return groups.find((g) => g.start > floor && g.end <= head && lower(doc, g.start - 1) === 'from');
}

function possessorOf(doc: Doc, s: TokenRange, groups: Group[], head: number): Group | undefined {
  let k = head - 1;
  while (k > s.start && POSSESSED_MODIFIERS.test(lower(doc, k))) k--;
  if (k <= s.start || !/^['’]s$/.test(lower(doc, k))) return undefined;
  return groups.find((g) => g.end === k && !g.locative);
}

const POSSESSED_MODIFIERS = /^(recent|first|second|latest|last|official|state|two-day|three-day|planned|upcoming|surprise|historic|brief|new|previous|maiden|weekend)$/;

const PEOPLE_NOUN = /^(protesters|demonstrators|rebels|insurgents|militants|groups|forces|troops|police|activists|students|workers|people|residents|civilians|officials|authorities|soldiers|gunmen|opposition|supporters|leaders|parties|fighters|guerrillas|villagers|farmers|refugees)$/;

const PEOPLE_PLACE_PREPS = new Set(['in', 'throughout', 'across', 'from']);

/**
 * "Germany told Iran that it must release ...", "issued a reminder to Iraq that it must cooperate": the
 * pronoun subject of a speaker-sourced demand stands for the party addressed before "that".
 */
function addresseeOfThat(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, speaker: Slot[]): Slot[] {
  const that = lastIndexOf(doc, s, 'that', t.head);
  if (that < 0 || !['it', 'they'].includes(lower(doc, that + 1))) return [];
  const addressed = groups.filter((g) => g.end <= that && !g.locative && !g.slots.some((sl) => speaker.includes(sl)));
  return addressed[addressed.length - 1]?.slots ?? [];
}

/** "Rebels in the Ivory Coast": people noun + "in" right before the place. */
function locatedPeople(doc: Doc, g: Group, s: TokenRange): boolean {
  let k = g.start - 1;
  if (k >= s.start && lower(doc, k) === 'the') k--;
  if (k < s.start + 1 || !PEOPLE_PLACE_PREPS.has(lower(doc, k))) return false;
  return PEOPLE_NOUN.test(lower(doc, k - 1));
}

function lastIndexOf(doc: Doc, s: TokenRange, word: string, before: number): number {
  for (let k = before - 1; k >= s.start; k--) if (lower(doc, k) === word) return k;
  return -1;
}

/** "Talking on the margins of the summit, X and Y agreed ...": a participle opening the sentence. */
function openingParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  if (t.noun || !/ing$/.test(lower(doc, t.head))) return false;
  for (let k = s.start; k < t.head; k++) if (/^[A-Za-z]/.test(doc.tokens[k].text)) return false;
  return true;
}

/** "The Russian attack on Odesa killed civilians": a verb whose subject is an event noun of its own category. */
function consequenceOf(doc: Doc, t: Trigger, heads: Heads, floor: number): number {
  for (let h = t.head - 1; h >= floor && h >= t.head - 12; h--) {
    const w = lower(doc, h);
    if (w === ';' || CLAUSE_BREAKS.has(w)) return -1;
    const other = heads.get(h);
    if (!other) continue;
    return other.noun && other.pattern.category === t.pattern.category ? h : -1;
  }
  return -1;
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

const ADJECTIVE_END = /(ct|sh|al|ive|ous|ful|ic|ent|ant|ble|ed)$/;

const NP_FILLER = new Set(["'s", 's', '-', 'led', 'backed', 'the', 'a', 'an', 'its', 'their', 'new', 'fresh', 'joint',
  'first', 'diplomatic', 'economic', 'military', 'further', 'additional', 'more', 'direct', 'two-day', 'official',
  'state', 'planned', 'upcoming', 'recent', 'latest', 'possible', 'proposed', 'strong', 'air', 'missile', 'drone',
  'massive', 'deadly', 'naval', 'annual', 'large-scale', 'high-level', 'trade', 'peace', 'bilateral', 'own']);

const LIGHT = ['hold', 'impose', 'launch', 'stage', 'conduct', 'carry', 'out', 'announce', 'begin', 'reach', 'sign',
  'issue', 'make', 'start', 'resume', 'continue', 'have', 'take', 'open', 'order', 'approve', 'unveil', 'declare',
  'raise', 'introduce', 'convene', 'call', 'put', 'increase', 'slap', 'hike', 'levy', 'step', 'up', 'expand', 'engage', 'reiterate', 'express', 'voice', 'repeat', 'renew', 'restate', 'their', 'its', 'in', 'wage', 'mount', 'join', 'attend', 'arrange', 'for', 'seek', 'agree', 'to',
  'decide', 'plan', 'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'not',
  "n't", 'did', 'do', 'does', 'no', 'level'];

/** Can the words between an actor and a noun trigger make the actor its subject? */
function nounPhraseSubject(between: string[]): boolean {
  // ("voiced veiled but sharp criticism": "but" between two adjectives of the noun)
  // ("approved a $3 billion loan", "a 25% tariff": amounts inside the noun phrase)
  return between.every((w, i) => NP_FILLER.has(w) || lemmaIn(w, LIGHT) || /^(\d|[$€£¥%])/.test(w) || w.endsWith('ly') ||
    (w === 'but' && i > 0 && i < between.length - 1 && ADJECTIVE_END.test(between[i - 1])) ||
    w === '(' || w === ')' ||
    (/^[a-z-]+$/.test(w) && !REPORTING_FORMS.has(w) && !CLAUSE_BREAKS.has(w) && w !== 'that'));
}

function anaphorBefore(doc: Doc, s: TokenRange, head: number): { plural: boolean; start: number } | null {
  let k = head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly') || catenative(doc, k)) && !PRONOUN_SUBJECTS.has(lower(doc, k))) k--;
  if (k < s.start) return null;
  const w = lower(doc, k);
  if (PRONOUN_SUBJECTS.has(w) && w !== 'both') return { plural: w === 'they' || w === 'we', start: k };
  for (const phrase of PLURAL_ANAPHORS) {
    const b = k - phrase.length + 1;
    if (b >= s.start && phrase.every((p, i) => lower(doc, b + i) === p)) return { plural: true, start: b };
  }
  const definite = definitePluralStart(doc, s, k);
  return definite >= 0 ? { plural: true, start: definite } : null;
}

/**
 * "the two neighbours", "both parties", "the two Asian giants": a definite count of the parties named
 * before, ending at `k`; returns where it starts, or -1.
 */
function definitePluralStart(doc: Doc, s: TokenRange, k: number): number {
  if (!PARTY_PLURALS.has(lower(doc, k))) return -1;
  let b = k - 1;
  // up to two modifiers between the count and the noun ("Asian", "nuclear-armed")
  while (b >= s.start && k - b <= 2 && !COUNTS.has(lower(doc, b)) && lower(doc, b) !== 'both' && /^[A-Za-z-]+$/.test(doc.tokens[b].text) &&
    !PREPOSITIONS.has(lower(doc, b)) && !AUXILIARIES.has(lower(doc, b))) b--;
  // ("the three other states": parties besides those named, which the text need not have named)
  if (b < s.start || doc.words({ start: b, end: k }).some((w) => w.toLowerCase() === 'other')) return -1;
  if (lower(doc, b) === 'both') return b;
  return COUNTS.has(lower(doc, b)) && b > s.start && lower(doc, b - 1) === 'the' ? b - 1 : -1;
}

const COUNTS = new Set(['two', 'three', 'four', 'five']);

/** Nouns that stand for the parties an article has named ("the two neighbours"). */
const PARTY_PLURALS = new Set(['sides', 'parties', 'countries', 'nations', 'states', 'neighbours', 'neighbors', 'governments',
  'leaders', 'allies', 'rivals', 'foes', 'adversaries', 'partners', 'giants', 'powers', 'capitals', 'presidents', 'ministers',
  'delegations', 'militaries', 'armies', 'republics', 'kingdoms', 'officials']);

/** "it is prepared to impose", "they plan to send": a verb or adjective that only introduces the infinitive. */
function catenative(doc: Doc, k: number): boolean {
  return k + 1 < doc.tokens.length && lower(doc, k + 1) === 'to' && CATENATIVES.has(lower(doc, k));
}

const FIRST_PERSON = new Set(['our', 'my']);
const THIRD_PERSON_OWN = new Set(['its']);

const CATENATIVES = new Set(['prepared', 'ready', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended',
  'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'going', 'able', 'set', 'due', 'expected', 'likely', 'trying', 'tried',
  'try', 'seeking', 'aims', 'aim', 'preparing', 'continue', 'continues', 'continued', 'attempted', 'attempt', 'attempts',
  'attempting', 'sought', 'seeks', 'managed']);

/** "Chile, Peru and Ecuador have said they would": the pronoun right after a reporting verb is its speaker. */
function saidBy(doc: Doc, spoken: Speaker[], pronoun: number): boolean {
  return spoken.some((sp) => sp.range.end <= sp.at && sp.at < pronoun &&
    doc.words({ start: sp.at + 1, end: pronoun }).every((w) => w.toLowerCase() === 'that'));
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
  // '"We will impose sanctions ...," the ministry said': a first-person subject is the speaker named after it
  if (lower(doc, anaphor.start) === 'we') {
    const later = spoken.find((sp) => sp.at > anaphor.start);
    const slots = later ? groups.filter((gr) => gr.end > later.range.start && gr.start < later.range.end).flatMap((gr) => gr.slots) : [];
    if (slots.length) return slots;
  }
  // "... to back President Tshisekedi's government after it blamed the M23": a singular
  // pronoun after a subordinator stands for the nearest party named before it in the sentence
  if (!anaphor.plural && anaphor.start > 0 && SUBORDINATE_OPENERS.has(lower(doc, anaphor.start - 1))) {
    const nearest = groups.filter((g) => g.end <= anaphor.start - 1 && !g.locative && groupCodes(g.slots).length === 1).pop();
    if (nearest) return nearest.slots;
  }
  // "Nigeria announced that it will ...": the pronoun subject of a complement clause is its verb's subject
  // ("announced Wednesday it will", "said on Friday that they")
  const dated = (k: number) => lower(doc, k) === 'on' || doc.timexes.some((t) => t.start <= k && k < t.end);
  let v = anaphor.start - 1;
  while (v > 0 && dated(v)) v--;
  if (v >= 0 && lower(doc, v) === 'that') v--;
  while (v > 0 && dated(v)) v--;
  if (v > 0 && /^VB[DZP]?$/.test(doc.pos?.[v] ?? '')) {
    const subject = groups.filter((g) => g.end <= v && v - g.end <= 3 && !g.locative).pop();
    if (subject && (!anaphor.plural || groupCodes(subject.slots).length >= 2 || subject.slots.length >= 2) &&
      // ("Ankara, which said it ...": the relative pronoun stands for the name before it)
      doc.words({ start: subject.end, end: v }).every((w) => AUXILIARIES.has(w.toLowerCase()) || /ly$/.test(w) || /^(today|also|then|,|which|who)$/i.test(w))) {
      return subject.slots;
    }
  }
  // "After what EU leaders called a hijacking ..., they demanded ...": the main clause's pronoun
  // stands for the subject of the opening subordinate clause
  const opening = openingClauseSubject(doc, anaphor, groups);
  if (opening) return opening;
  // "The declaration called on all states ..., but it did not condemn Russia": "it" is the document the
  // sentence opens with, whose author the sentence does not name (not the last party named before)
  if (!anaphor.plural && documentSubject(doc, anaphor.start, groups)) return [];
  if (anaphor.plural && groupCodes(discourse.lastParties).length >= 2) return discourse.lastParties;
  return agreeingAntecedent(doc, anaphor.start, discourse);
}

/** How far back (sentences) a pronoun looks for an antecedent of its number and kind. */
const ANTECEDENT_REACH = 3;

/**
 * The last resort: the previous source if the pronoun can stand for it, else the latest party of
 * the last few sentences that it can ("Sri Lankan protesters ... He said" is not the protesters).
 */
function agreeingAntecedent(doc: Doc, at: number, discourse: Discourse): Slot[] {
  const pronoun = lower(doc, at);
  if (agrees(doc, pronoun, discourse.lastSource)) return discourse.lastSource;
  // ("The minister said ... It also called on ..."): a sentence's opening "it" after a person's words is
  // the state he speaks for; any other "it" stands for no party ("It was likely", "a victory it must not have")
  if (pronoun === 'it') return opensSentence(doc, at) && !EXPLETIVE_VERBS.has(lower(doc, at + 1)) ? stateOf(doc, discourse.lastSource) : [];
  for (const sentence of discourse.named.slice(-ANTECEDENT_REACH).reverse()) {
    const found = sentence.find((slots) => agrees(doc, pronoun, slots));
    if (found) return found;
  }
  return [];
}

/** Can the pronoun stand for these parties? he/she a person, "it" one state or organisation, "they" not one person. */
function agrees(doc: Doc, pronoun: string, slots: Slot[]): boolean {
  if (!slots.length) return false;
  const actors = new Set(slots.map((s) => s.actor));
  const single = actors.size === 1 && !actors.has(-1);
  const kind = single ? doc.actors[slots[0].actor]?.kind : undefined;
  if (pronoun === 'he' || pronoun === 'she') return namesPerson(doc, slots, kind);
  if (pronoun === 'it') return (actors.size === 1 || groupCodes(slots).length === 1) && kind !== 'person' && !pluralNoun(doc, slots, kind);
  if (pronoun === 'they') return !(single && kind === 'person');
  return true;
}

const EXPLETIVE_VERBS = new Set(['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'would', 'will', 'may', 'might', 'could']);

function opensSentence(doc: Doc, at: number): boolean {
  return doc.sentences[doc.sentenceOf(at)]?.start === at;
}

/** The one person of `slots` as the state whose code he carries, when the document names that state. */
function stateOf(doc: Doc, slots: Slot[]): Slot[] {
  if (slots.length !== 1 || doc.actors[slots[0].actor]?.kind !== 'person' || !slots[0].code) return [];
  const state = doc.actors.findIndex((a) => a.kind === 'country' && a.country === slots[0].code);
  return state >= 0 ? [{ ...slots[0], actor: state }] : [];
}

/** "the Iraqi leader", "Sri Lanka's president": a state's adjective or name before a person's title. */
const PERSON_TITLES = /^('s|leader|president|prime|premier|minister|foreign|defen[cs]e|official|envoy|ambassador|spokes(man|woman|person)|chief|king|queen|emperor|general|commander|secretary|diplomat|head|ruler|dictator|strongman|counterpart|negotiator|delegate)$/;

function namesPerson(doc: Doc, slots: Slot[], kind: string | undefined): boolean {
  if (kind === 'person') return true;
  if (kind !== 'country' || slots.length !== 1) return false;
  const next = doc.tokens[slots[0].end]?.text.toLowerCase().replace(/’/g, "'") ?? '';
  return PERSON_TITLES.test(next);
}

/** "Sri Lankan protesters", "the rebels": a group named by a plural common noun. */
function pluralNoun(doc: Doc, slots: Slot[], kind: string | undefined): boolean {
  if (kind !== 'group') return false;
  const last = doc.tokens[slots[slots.length - 1].end - 1].text;
  return /^[a-z].*[^s]s$/.test(last);
}

/** The sentence opens with "The (joint) declaration / statement / resolution ..." and names no party before `at`. */
function documentSubject(doc: Doc, at: number, groups: Group[]): boolean {
  const s = doc.sentences[doc.sentenceOf(at)];
  if (!s || lower(doc, s.start) !== 'the' || groups.some((g) => g.start < at)) return false;
  for (let k = s.start + 1; k < at && k <= s.start + 3; k++) if (lemmaIn(lower(doc, k), DOCUMENTS)) return true;
  return false;
}

const DOCUMENTS = ['declaration', 'statement', 'resolution', 'communique', 'communiqué', 'report', 'letter', 'document', 'text',
  'agreement', 'treaty', 'accord', 'memorandum', 'decree', 'law', 'bill', 'plan', 'proposal'];

function openingClauseSubject(doc: Doc, anaphor: { plural: boolean; start: number }, groups: Group[]): Slot[] | null {
  const s = doc.sentences[doc.sentenceOf(anaphor.start)];
  if (!s || anaphor.start <= s.start || !OPENING_SUBORDINATORS.has(lower(doc, s.start))) return null;
  // the clause ends at a comma, or unmarked before the pronoun ("After X and Y met on Monday they agreed"),
  // not where the pronoun opens a verb's complement ("said they", "that they")
  const before = anaphor.start - 1;
  if (lower(doc, before) !== ',' && (lower(doc, before) === 'that' || /^(VB|IN|TO|CC)/.test(doc.pos[before] ?? ''))) return null;
  if (doc.words({ start: s.start, end: before }).includes(',')) return null;
  const subject = groups.find((g) => g.start > s.start && g.end < anaphor.start && !g.locative && !isLocative(doc, g, s));
  if (!subject) return null;
  // "they" needs a plural subject: several names, or a plural head noun ("EU leaders")
  const plural = groupCodes(subject.slots).length >= 2 || subject.slots.length >= 2 || /[^s]s$/.test(lower(doc, subject.end - 1));
  return anaphor.plural === plural ? subject.slots : null;
}

const OPENING_SUBORDINATORS = new Set(['after', 'when', 'as', 'once', 'while', 'since', 'because', 'although', 'though', 'following']);

/** "a boycott ..., which Ottawa declared on Monday": the relative clause names the source. */
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

const THREAT_PREPS = new Set(['against', 'on', 'in', 'into', 'to']);

const CONTENT_PREPS = new Set(['on', 'against', 'to', 'with', 'from', 'for', 'into', 'in']);

/** "agreed on measures at a meeting in Paris": the place right after a meeting noun is its venue, not the content's target. */
function venueOfMeeting(doc: Doc, heads: Heads, from: number, at: number, prep: string): boolean {
  if (prep !== 'in') return false;
  const meeting = heads.get(at - 2) ?? heads.get(at - 3);
  return !!meeting && meeting.noun && meeting.pattern.category === 'CONSULT' && lower(doc, meeting.end) === 'in' && meeting.end >= from;
}

function passedHead(between: string[], from: number, heads: Heads): boolean {
  return between.some((_, k) => heads.has(from + k)) || between.includes('to');
}

const OBJECT_PREPS = new Set(['of', 'by', 'from']);
const QUANTIFIERS = new Set(['neither', 'both', 'none', 'all', 'each', 'either', 'one']);

/**
 * "what it said was Serbia's campaign", "what Kosovo claimed was lobbying by Serbia": the claimant
 * is the free relative's subject, the party blamed the first other one named in the claim.
 */
function claimParties(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, discourse: Discourse): Parties {
  const what = freeRelativeAt(doc, t.head, s);
  const named = groups.filter((g) => g.start > what && g.end <= t.head).flatMap((g) => g.slots);
  // ("Ghana expelled two envoys over what it alleged ...": a pronoun claimant is the sentence's subject)
  const subject = groups.find((g) => g.end <= what && !g.locative)?.slots ?? discourse.lastSource;
  const source = named.length ? named : subject;
  const own = new Set(groupCodes(source));
  let end = t.end + 1;
  while (end < s.end && end < t.end + CLAIM_SPAN && !CLAUSE_BREAKS.has(lower(doc, end)) && !/^[,;.]$/.test(lower(doc, end))) end++;
  const blamed = groups.find((g) => g.start > t.end && g.end <= end && !g.locative && groupCodes(g.slots).some((c) => !own.has(c)));
  return { source, target: blamed?.slots ?? [] };
}

/** How far a claim's noun phrase reaches for the party it blames. */
const CLAIM_SPAN = 12;

