// The event coder: finds trigger words from the lexicon, then the trigger's source and target
// actors in its sentence, and reads negation, modality, attribution and date from the clause.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import type { LexiconIndex } from './lexicon.js';
import { actorSlots, groupCodes, groupSlots, slotsIn, type Group, type Slot } from './arguments.js';
import { clauseStart, isNegated, modalityAfter, modalityOf, speakers, type Speaker } from './context.js';
import { calendarValue } from '../time/index.js';
import { eventPlace, eventTimex, leadPlace } from './when-where.js';
import {
  AUXILIARIES, CLAUSE_BREAKS, RECIPROCALS, REPORTING_FORMS,
} from './locales/en/cues.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { type Discourse, type Earlier, type Parties, findParties, isLocative } from './parties.js';
import { type Heads, type Trigger, complementEnd, findTriggers, nounComplementEnd, objectOfSameAct } from './triggers.js';
import { lower } from './text.js';
import { lemmaIn } from './lexicon.js';
import { awaitedParties, completeParties, ended, warringParties, type Deferred } from './conflict.js';

export function codeEvents(doc: Doc, lexicon: LexiconIndex, kb?: KnowledgeBase): DocEvent[] {
  const slots = actorSlots(doc, kb);
  const discourse: Discourse = { lastSource: [], lastParties: [], mainSource: [] };
  const events: DocEvent[] = [];
  const verbHeads = new Set<number>();
  const produced = new Set<number>();
  const deferred: Deferred[] = [];
  for (const sentence of doc.sentences) {
    const sentenceSlots = slotsIn(slots, sentence);
    const groups = groupSlots(doc, sentenceSlots, sentence.start);
    const triggers = findTriggers(doc, lexicon, sentence);
    const heads: Heads = new Map(triggers.map((t) => [t.head, t]));
    for (const t of triggers) if (!t.noun) verbHeads.add(t.head);
    const spoken = speakers(doc, sentence);
    const absorbed = new Set<number>();
    const sources: Earlier[] = [];
    let suppressUntil = -1;
    let scope: { end: number; modality: Modality } | null = null;
    for (const trigger of triggers) {
      const suppressed = trigger.head < suppressUntil;
      const inScope = scope && trigger.head < scope.end ? scope.modality : null;
      const effect = trigger.pattern.complement;
      if (effect === 'suppress' && !suppressed) {
        // (a verdict or "expressed concern over ..." judges one noun phrase: "After what EU leaders called a
        // hijacking of a plane, they demanded ...")
        const phrase = trigger.noun || trigger.pattern.verdict || (trigger.pattern.objectNoun && REACTIONS.has(trigger.pattern.category));
        suppressUntil = phrase ? nounComplementEnd(doc, sentence, trigger.end) : complementEnd(doc, sentence, trigger.end, heads);
        // "Israel's request was turned down by Egypt": a noun's content ends where its clause's verb begins
        if (trigger.noun) suppressUntil = Math.min(suppressUntil, clauseVerbAfter(doc, sentence, trigger.end));
        // "Condemning the attack, Norway summoned the envoy": an opening participle's content ends at its comma
        if (opensSentenceAsParticiple(doc, sentence, trigger)) suppressUntil = Math.min(suppressUntil, nounComplementEnd(doc, sentence, trigger.end));
      } else if ((effect === 'planned' || effect === 'hypothetical') && !suppressed) {
        scope = { end: complementEnd(doc, sentence, trigger.end, heads), modality: effect };
      }
      if (objectOfSameAct(doc, trigger, heads, produced) || absorbed.has(trigger.head)) continue;
      // "blocked roads to protest ...": the purpose of a protest is the same protest
      if (trigger.pattern.category === 'PROTEST' && trigger.head > sentence.start && lower(doc, trigger.head - 1) === 'to' &&
        events.some((e) => e.sentence === sentence && e.category === 'PROTEST' && e.trigger.start < trigger.head)) continue;
      // "is ready to impose sanctions", "pledged to retaliate": a readiness or pledge to coerce is no agreement
      if (pledgesForce(doc, sentence, trigger, triggers)) continue;
      const parties = findParties(doc, sentence, groups, trigger, heads, spoken, sources, discourse);
      const earlier: Earlier = { head: trigger.head, source: parties.source, produced: false };
      if (parties.source.length) sources.push(earlier);
      if (suppressed) continue;
      let respondedTo: DocEvent | null = null;
      if (!parties.target.length && parties.source.length && RESPONSIVE.has(trigger.pattern.category) && respondsTo(doc, sentence)) {
        // "scrambled its fighters in response to the flight": the counterpart of the act responded to
        const last = events[events.length - 1];
        const own = new Set(groupCodes(parties.source));
        if (last && doc.sentenceOf(last.trigger.start) >= doc.sentenceOf(trigger.head) - 4) {
          // a joint act ("Chinese and Russian bombers jointly flew") was done by all its parties
          const joint = SYMMETRIC.has(last.category);
          const doers = joint ? [...new Set([...last.source, ...last.target])] : last.source;
          const other = doers.every((c) => !own.has(c)) ? doers : [];
          if (other.length) {
            parties.target = slotsFor(joint ? [...last.sourceActors, ...last.targetActors] : last.sourceActors, other);
            respondedTo = last;
          }
        }
      }
      if (!parties.target.length && parties.source.length && !trigger.pattern.verdict &&
        OBJECT_PRONOUNS.has(trigger.end < sentence.end ? lower(doc, trigger.end) : '')) {
        // "arrested two Canadians and sentenced another": the object pronoun stands for the last target
        const last = [...events].reverse().find((e) => doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - 1);
        if (last) parties.target = slotsFor(last.targetActors, last.target);
      }
      if (!parties.target.length && parties.source.length && !trigger.noun) {
        // "Colombia, whose government he accuses of ...": the object is the relative clause's antecedent
        parties.target = whoseAntecedent(doc, sentence, groups, trigger.head);
      }
      // "called the allegations baseless", "described the claims by Ukraine as propaganda": a denial
      const denial = trigger.pattern.verdict && trigger.pattern.category === 'ACCUSE' && parties.source.length > 0 &&
        deniesCharge(doc, sentence, trigger.end);
      if (denial) parties.target = chargeAuthor(doc, sentence, groups, trigger, events, groupCodes(parties.source));
      if (parties.target.length && trigger.pattern.verdict && !denial && verdictOnAct(doc, sentence, trigger, heads, parties.target)) {
        // "called the tariff 'payback' for the Interpol decision": the tariff's author, not a name in the verdict
        parties.target = [];
      }
      if (parties.target.length && REACTIONS.has(trigger.pattern.category) && refersBack(doc, sentence, trigger.end) &&
        characterizes(doc, trigger.end, parties.target)) {
        // "denounced the move as the biggest blow to CEFTA": the move's author, not a name in the verdict
        parties.target = [];
      }
      if (!parties.target.length && parties.source.length && REACTIONS.has(trigger.pattern.category) &&
        refersBack(doc, sentence, reactionObject(doc, sentence, trigger), trigger.pattern.verdict)) {
        // "Zelenskyy welcomed the announcement": the author of the act announced before
        const own = new Set(groupCodes(parties.source));
        // (a meeting is not "the move": the latest decision or act of another party)
        const last = [...events].reverse().find((e) => e.sentence !== sentence && e.source.every((c) => !own.has(c)) &&
          e.category !== 'CONSULT' && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - ACT_SPAN);
        if (last) parties.target = slotsFor(last.sourceActors, last.source);
      }
      if (trigger.pattern.category === 'REJECT' && parties.source.length) {
        // "thwarted its bid to join the WTO": whose bid is blocked, not what it would join
        const bidder = bidOwner(doc, sentence, groups, trigger, groupCodes(parties.source), discourse);
        if (bidder.length) parties.target = bidder;
      }
      const named = !parties.target.length && parties.source.length && REACTIONS.has(trigger.pattern.category) ?
        definiteAct(doc, sentence, reactionObject(doc, sentence, trigger), heads) : null;
      if (named) {
        // "condemned the attack", "welcomed the ceasefire": the author of that act, named before
        const own = new Set(groupCodes(parties.source));
        const act = [...events].reverse().find((e) => e.category === named.pattern.category && e.trigger.start < trigger.head &&
          e.source.every((c) => !own.has(c)) && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - NAMED_ACT_SPAN);
        if (act) parties.target = slotsFor(act.sourceActors, act.source);
        // "welcomed the release of the hostages by Somalia": the act's own agent, named in the object
        else parties.target = agentOfAct(doc, sentence, groups, named, groupCodes(parties.source));
      }
      if (!parties.target.length && parties.source.length && REACTIONS.has(trigger.pattern.category) && !named &&
        DEFINITE.has(trigger.end < sentence.end ? lower(doc, trigger.end) : '')) {
        // "hailed the ceasefire between Israel and Hamas": the parties of the act judged
        parties.target = agentOfAct(doc, sentence, groups, { ...trigger, end: trigger.end + 1 }, groupCodes(parties.source), true);
      }
      if (!parties.target.length && parties.source.length && trigger.noun && trigger.pattern.symmetric &&
        trigger.head > sentence.start && lower(doc, trigger.head - 1) === 'the') {
        // "Trump also skipped the talks": the talks named earlier, between their parties
        const own = new Set(groupCodes(parties.source));
        const antecedent = [...events].reverse().find((e) => e.category === trigger.pattern.category &&
          e.sentence !== sentence && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - 3);
        const others = antecedent ? [...new Set([...antecedent.source, ...antecedent.target])].filter((c) => !own.has(c)) : [];
        if (others.length) parties.target = slotsFor([], others);
      }
      // (a request noun with no addressee — "preparing to make the formal request" — mentions a request already told)
      if (!parties.target.length && (trigger.noun || trigger.pattern.mode === 'boycott') && parties.source.length &&
        !trigger.pattern.symmetric && !trigger.pattern.mutual && trigger.pattern.mode !== 'third-party' &&
        !(trigger.noun && trigger.pattern.category === 'REQUEST' && !trigger.pattern.swap)) {
        // "would engage in a diplomatic boycott": the boycott named earlier, against its target
        const antecedent = [...events].reverse().find((e) => e.category === trigger.pattern.category &&
          e.sentence !== sentence && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - 3);
        if (antecedent) parties.target = slotsFor(antecedent.targetActors, antecedent.target);
      }
      if (!parties.target.length && parties.source.length && trigger.pattern.category === 'REJECT' && deniesCharge(doc, sentence, trigger.end)) {
        // "Kazakh officials denied any political motive": the denial answers the accusation made before
        const own = new Set(groupCodes(parties.source));
        const charge = [...events].reverse().find((e) => e.category === 'ACCUSE' && e.target.some((c) => own.has(c)) &&
          e.source.every((c) => !own.has(c)) && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - 4);
        if (charge) parties.target = slotsFor(charge.sourceActors, charge.source);
      }
      if (!parties.target.length && parties.source.length && trigger.noun && trigger.pattern.swap && trigger.pattern.category === 'REQUEST') {
        // "was arrested in Canada at the request of the United States": asked of the place's authorities
        const own = new Set(groupCodes(parties.source));
        const where = placeCountry(eventPlace(doc, sentence, trigger.head, kb)).filter((c) => !own.has(c));
        if (where.length) parties.target = slotsFor([], where);
      }
      if (!parties.target.length && trigger.pattern.category === 'PROTEST') {
        // "a hunger strike to demand the resignation of President X", "rallied against the
        // violations by the Israeli military": whom the protest is aimed at
        parties.target = protestAim(doc, sentence, groups, trigger.end, groupCodes(parties.source));
      }
      if (!parties.target.length && parties.source.length && WITHDRAWALS.has(trigger.pattern.category)) {
        // "Russia ordered the withdrawal on Wednesday": the withdrawal named before, from where it was
        const own = groupCodes(parties.source).join();
        const antecedent = [...events].reverse().find((e) => WITHDRAWALS.has(e.category) && e.source.join() === own &&
          e.sentence !== sentence && doc.sentenceOf(e.trigger.start) >= doc.sentenceOf(trigger.head) - 3);
        if (antecedent) parties.target = slotsFor(antecedent.targetActors, antecedent.target);
      }
      if (!parties.target.length && parties.source.length && trigger.pattern.category === 'MOBILIZE') {
        // "scrambled jets after Chinese planes approached its airspace": the party whose move prompted it
        parties.target = promptedBy(doc, sentence, groups, trigger.end, groupCodes(parties.source));
      }
      if (!parties.target.length && parties.source.length && trigger.pattern.category === 'THREATEN') {
        // "threatened to stop the talks if the United States ...": whoever must meet the condition
        parties.target = conditionSubject(doc, sentence, groups, trigger.end);
        // "warned that a Russian invasion would be met with ...": whom the warning is about
        if (!parties.target.length) parties.target = thatClauseSubject(doc, sentence, groups, trigger.end, groupCodes(parties.source));
      }
      const awaits = awaitedParties(doc, trigger, parties);
      if (awaits) {
        // "fighting spiked in the region", "talks mediated by the US": parties from the whole article
        // ("agreements brokered by Russia": the participle describes the agreement, not its content)
        const describes = awaits === 'mediated-parties' && lower(doc, trigger.end) === 'by';
        const where = placeAfter(doc, groups, trigger.end);
        deferred.push({ sentence, trigger, parties, awaits, spoken, inherited: describes ? null : inScope, where });
        continue;
      }
      const aid = trigger.pattern.category === 'MOBILIZE' && parties.source.length ? aidPurpose(doc, sentence, groups, trigger.end, groupCodes(parties.source)) : null;
      if (aid) {
        // "sent troops into Tigray to support the government": military assistance, not a threat
        if (aid.target.length) parties.target = aid.target;
        absorbed.add(aid.verb);
      }
      const event = buildEvent(doc, sentence, trigger, parties, spoken, inScope, kb);
      const launched = trigger.noun && launchedBy(doc, sentence, trigger.head);
      if (!event && !aid && (!trigger.noun || launched) && !reducedRelative(doc, trigger.head) &&
        FORCE_MOVES.has(trigger.pattern.category) && parties.source.length && !parties.target.length) {
        // "Denmark is sending ships to the Baltic Sea": a show of force aimed at the article's adversary
        deferred.push({ sentence, trigger, parties, awaits: 'adversary', spoken, inherited: inScope });
      }
      if (!event && trigger.pattern.category === 'ASSAULT' && !reducedRelative(doc, trigger.head) &&
        parties.source.length && !parties.target.length) {
        // "Georgian troops had hit bridges on the river": in a war, at the other side
        deferred.push({ sentence, trigger, parties, awaits: 'enemy', spoken, inherited: inScope });
      }
      if (event && trigger.noun && trigger.pattern.swap && trigger.pattern.category === 'REQUEST') {
        // "was arrested on December 1 at the request of the U.S.": the request came before the act it prompted
        event.date = null;
        delete event.timex;
      }
      if (event && denial) {
        event.category = 'REJECT';
        event.rule = `${trigger.pattern.id}+reject.denial`;
      }
      if (event && aid) {
        event.category = 'AID';
        event.mode = null;
        event.rule = `${trigger.pattern.id}+aid.purpose`;
      }
      // "Indian vaccines reach the Maldives": the arrival of goods already told as sent is that act
      if (event && trigger.pattern.subjectNoun && events.some((prior) => arrivalOfSentGoods(prior, event))) continue;
      if (event) {
        // an immediate response happened when the act it answers did
        if (!event.date && respondedTo?.date) event.date = respondedTo.date;
        // "The two officials agreed ...", "They also ...": the parties of the previous sentence's
        // dated act, continuing its account
        if (!event.date) event.date = backReferenceDate(doc, events, parties.source, sentence, event.modality);
        if (!event.date) event.date = meetingDate(doc, events, event, sentence);
        events.push(event);
        // "Finland will give Tanzania a grant": a stated promise of a material act is itself an AGREE
        if (!inScope && promisedAct(doc, sentence, trigger, event)) {
          events.push({ ...event, category: 'AGREE', mode: null, modality: 'asserted', date: null, timex: undefined, rule: `${event.rule}+agree.promise` });
        }
        produced.add(trigger.head);
        earlier.produced = true;
        discourse.lastSource = parties.source;
        discourse.lastParties = [...parties.source, ...parties.target];
      }
    }
    if (!events.length || events[events.length - 1].sentence !== sentence) {
      const subject = groups.find((g) => !isLocative(doc, g, sentence));
      if (subject) discourse.lastSource = subject.slots;
    }
    // the sentence's main subject: the source of its first act, else its first named party
    const first = events.find((e) => e.sentence === sentence);
    const opening = groups.find((g) => !isLocative(doc, g, sentence));
    discourse.mainSource = first ? slotsFor(first.sourceActors, first.source) : opening?.slots ?? discourse.mainSource;
  }
  events.push(...articleParties(doc, deferred, events, kb));
  events.push(...suppliedWeapons(doc, slots, events));
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  return placedLead(doc, withoutRestatements(datedLead(doc, withoutRestatedMeetings(doc, dedupe(doc, events, verbHeads)))), kb);
}

/**
 * "India and Pakistan have agreed to a ceasefire" told again further down ("Trump said India and
 * Pakistan have agreed to ..."): a one-off act restated with no new date is recorded once.
 */
function withoutRestatements(events: DocEvent[]): DocEvent[] {
  const key = (e: DocEvent) => [e.category, [...e.source].sort().join(), [...e.target].sort().join(), e.negated, e.modality].join('|');
  const kept: DocEvent[] = [];
  for (const e of events) {
    const first = ONE_OFF.has(e.category) && kept.find((k) => key(k) === key(e));
    if (first && (e.date === null || e.date === first.date)) continue;
    kept.push(e);
  }
  return kept;
}

/** Acts an article reports once and may restate: agreements, ceasefires, withdrawals. */
const ONE_OFF = new Set(['AGREE', 'RETREAT', 'CONCEDE']);

/**
 * "Hayashi met with Blinken ... They also discussed North Korea": what "they" discussed was
 * discussed at the meeting already coded — one act, not two. (A meeting's negated topic, "they
 * did not discuss", stays: it says something the meeting did not.)
 */
function withoutRestatedMeetings(doc: Doc, events: DocEvent[]): DocEvent[] {
  const parties = (e: DocEvent) => [...new Set([...e.source, ...e.target])].sort().join();
  return events.filter((e) => {
    if (e.category !== 'CONSULT' || e.negated || e.modality !== 'asserted' || !lemmaIn(lower(doc, e.trigger.start), ['discuss'])) return true;
    if (!pronounSubject(doc, e)) return true;
    const here = doc.sentenceOf(e.trigger.start);
    return !events.some((m) => m !== e && m.category === 'CONSULT' && !m.negated && m.modality === 'asserted' &&
      m.trigger.start < e.trigger.start && here - doc.sentenceOf(m.trigger.start) <= MEETING_SPAN && parties(m) === parties(e));
  });
}

/** "They also discussed", "We discussed": a pronoun subject right before the verb. */
function pronounSubject(doc: Doc, e: DocEvent): boolean {
  let k = e.trigger.start - 1;
  while (k >= e.sentence.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly'))) k--;
  return k >= e.sentence.start && /^(they|we)$/.test(lower(doc, k));
}

/** The deferred triggers' events, with parties from the article: two-sided acts first, then mediators. */
function articleParties(doc: Doc, deferred: Deferred[], events: DocEvent[], kb?: KnowledgeBase): DocEvent[] {
  const warring = warringParties(events);
  const out: DocEvent[] = [];
  for (const awaits of ['warring-parties', 'mediated-parties', 'adversary', 'enemy'] as const) {
    for (const d of deferred.filter((x) => x.awaits === awaits)) {
      if (!completeParties(doc, d, [...events, ...out], warring)) continue;
      const event = buildEvent(doc, d.sentence, d.trigger, d.parties, d.spoken, d.inherited, kb, d.directed);
      if (event) out.push(event);
    }
  }
  return out;
}

/**
 * "Qatar and Bahrain have reached an agreement ..." opening an article, dated later ("announced
 * late Wednesday that they had agreed"): the lead's undated act takes the date of its restatement.
 */
function datedLead(doc: Doc, events: DocEvent[]): DocEvent[] {
  const key = (e: DocEvent) => [e.category, [...e.source].sort().join(), [...e.target].sort().join(), e.negated].join('|');
  for (const e of events) {
    if (e.date || doc.sentenceOf(e.trigger.start) > LAST_LEAD_SENTENCE) continue;
    const dates = new Set(events.filter((x) => x !== e && x.date && key(x) === key(e)).map((x) => x.date!));
    if (dates.size === 1) e.date = [...dates][0];
    // "MALI has been suspended from ECOWAS. The decision was announced ... on Sunday."
    else if (!dates.size && e.modality === 'asserted' && !e.negated) e.date = restatedLeadDate(doc) ?? speakerLeadDate(doc, e);
  }
  return events;
}

/**
 * The date of the lead's act given by a definite reference to it in the next sentences ("The
 * decision was announced ... on Sunday", "announced the decision on Wednesday", "The developments
 * Monday night marked ..."): the first calendar date after that reference in its sentence.
 */
function restatedLeadDate(doc: Doc): string | null {
  for (let n = LAST_LEAD_SENTENCE + 1; n <= LAST_LEAD_SENTENCE + RESTATEMENT_SPAN && n < doc.sentences.length; n++) {
    const s = doc.sentences[n];
    for (let k = s.start; k < s.end - 1; k++) {
      if (lower(doc, k) !== 'the' || !LEAD_REFERENCES.has(lower(doc, k + 1))) continue;
      // the sentence's subject, or the object of an announcing verb
      if (k !== s.start && !ANNOUNCING_VERBS.has(lower(doc, k - 1))) continue;
      const timex = doc.timexes.find((t) => t.start > k + 1 && t.end <= s.end && calendarValue(t));
      return timex ? calendarValue(timex) : null;
    }
  }
  return null;
}

/**
 * "X has leveled harsh criticism against Y. X said on October 27 that ...": a verbal lead act
 * is the statement its source is then reported making, on the date given for it.
 */
function speakerLeadDate(doc: Doc, e: DocEvent): string | null {
  if (!VERBAL.has(e.category) || !e.sourceActors.length) return null;
  for (let n = LAST_LEAD_SENTENCE + 1; n <= LAST_LEAD_SENTENCE + RESTATEMENT_SPAN && n < doc.sentences.length; n++) {
    const s = doc.sentences[n];
    for (let k = s.start + 1; k < s.end - 1; k++) {
      if (!REPORTING_FORMS.has(lower(doc, k))) continue;
      const speaker = e.sourceActors.some((a) => doc.actors[a].spans.some((sp) => sp.end === k && sp.start >= s.start));
      const timex = doc.timexes.find((t) => (t.start === k + 1 || (t.start === k + 2 && lower(doc, k + 1) === 'on')) && calendarValue(t));
      if (speaker && timex) return calendarValue(timex);
    }
  }
  return null;
}

const VERBAL = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'SUPPORT', 'REJECT', 'AGREE']);

const RESTATEMENT_SPAN = 2;
const LEAD_REFERENCES = new Set(['decision', 'move', 'announcement', 'development', 'developments', 'agreement', 'deal',
  'suspension', 'step', 'ruling', 'declaration', 'session', 'talks']);
const ANNOUNCING_VERBS = new Set(['announced', 'confirmed', 'made', 'took', 'reached', 'unveiled', 'disclosed', 'opened']);

const LAST_LEAD_SENTENCE = 0;

function buildEvent(
  doc: Doc, s: TokenRange, t: Trigger, parties: Parties, spoken: Speaker[], inherited: Modality | null,
  kb?: KnowledgeBase, directed = false,
): DocEvent | null {
  const p = t.pattern;
  let recoded: 'COERCE' | 'PROTEST' | 'CONCEDE' | null = null;
  let source = codes(parties.source);
  let target = codes(parties.target);
  let sourceActors = actorsOf(parties.source);
  let targetActors = actorsOf(parties.target);
  // "Hamas vowed to fight Israel": a vow of force is one side's threat, not yet a two-sided fight
  const vowAt = VOWED_FORCE.has(p.category) && !t.noun ? vowBefore(doc, s, t.head) : -1;
  const vowed = vowAt >= 0;
  const mutual = !directed && !vowed && (p.mutual || followedByReciprocal(doc, t.end, s));
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
  // (", killing 20 people": the result of an act already coded, not a new one aimed at the place)
  if (!target.length && source.length && PLACE_TARGETED.has(p.category) && !resultParticiple(doc, s, t)) {
    // "finished pulling its units out of the northern bank of the river in Iraq's west",
    // "strengthened its forces in Lebanon": the country where the forces move
    const where = placeCountry(placeBesideSpeaker(doc, s, t, spoken, kb)).filter((c) => !source.includes(c));
    if (where.length) target = where;
  }
  if (!target.length && source.length && DOMESTIC_FORCE.has(p.category) && peopleAffected(doc, s, t)) {
    // "police dispersed protesters", "security forces beat demonstrators": unnamed people at home
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    target = where.length ? where : source;
    targetActors = where.length ? [] : sourceActors;
  }
  if (!source.length && !target.length && p.category === 'COERCE' && parties.agentless && peopleAffected(doc, s, t)) {
    // "Forty people were arrested in Colombia": the authorities of the place, against its people
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    if (where.length) source = target = where;
  }
  if (!target.length && p.domestic && source.length) {
    target = source;
    targetActors = sourceActors;
  }
  // ("26 hunters were released in southern Iraq": captors unnamed, like attackers)
  if (!source.length && target.length && (p.category === 'ASSAULT' || p.category === 'COERCE' || p.mode === 'release') && parties.agentless) {
    // attackers the text does not name ("were killed by a roadside bomb near Samarra") take the
    // country where they strike (SCHEMA: insurgents take the code of the country they fight in)
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    if (where.length && !where.every((c) => target.includes(c))) source = where;
  }
  if (!source.length && p.category === 'PROTEST') {
    // protesters the text does not name protest at home: where they rally ("in Hong Kong, in
    // defiance of Chinese authorities" → HKG→CHN), else the country of the party they target
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    const home = where.length ? where : target;
    if (home.length) {
      source = home.slice(0, 1);
      if (!target.length) target = source;
    }
  }
  if (!source.length || !target.length) return null;
  // ("China and Pakistan vowed to fight terrorism": a joint vow threatens none of its own parties)
  if (vowed && target.every((c) => source.includes(c))) return null;
  // "agreed to stop all firing", "a halt to the fighting": the fighting is what ends, not an attack
  if (p.category === 'ASSAULT' && ended(doc, t)) return null;
  if (p.category === 'SANCTION' && sameCountry(source, target)) {
    // a ban at home is repression (COERCE), a boycott at home a protest; a country recalling
    // its own staff expels no one
    if (p.mode === 'expel' || p.mode === 'withdraw') return null;
    recoded = p.mode === 'boycott' ? 'PROTEST' : 'COERCE';
  }
  // one mention cannot be both parties (unless the pattern is domestic or two-sided)
  if (!mutual && !p.domestic && parties.target.length && parties.target.every((sl) => parties.source.includes(sl)) &&
    source.join() === target.join()) return null;
  // nor can one actor be both ("Lula → Lula" when a speaker or subject is taken for both sides)
  if (!mutual && !p.domestic && parties.target.length && sameSingleActor(sourceActors, targetActors)) return null;
  const anchor = parties.anchor ?? t.head;
  const floor = clauseStart(doc, s, anchor);
  let modality = p.modality ?? modalityOf(doc, s, anchor, floor);
  // "The joint drills will begin Monday": an event noun takes the modality of its own verb
  if (modality === 'asserted' && t.noun) modality = modalityAfter(doc, s, t.end) ?? modality;
  if (modality === null || judgedNotDone(doc, s, t.end)) return null;
  // "Moscow will respond if NATO deploys troops": the act is the condition, only possible
  if (modality === 'asserted' && insideCondition(doc, s, t.head)) modality = 'hypothetical';
  // inside "agreed to ..." or "offered to ...": the content is planned or only offered (not a
  // pattern that is itself the speech act: "pledged to retaliate" is a threat made now)
  if (inherited && modality === 'asserted' && p.modality !== 'asserted') modality = inherited;
  // "agreed to stop firing": the agreement is the act; "agreed that both sides would stop" adds it
  if (p.mode === 'ceasefire' && inherited && lower(doc, t.head - 1) === 'to') return null;
  if (p.mode === 'ceasefire' && !inherited && modality !== 'asserted') {
    // "Putin said Russian forces would stop combat operations": a declared halt, not yet kept
    // (SCHEMA: CONCEDE); inside "agreed that both sides would stop" it stays the planned act
    recoded = 'CONCEDE';
    modality = 'asserted';
  }
  const timex = eventTimex(doc, s, anchor, inherited !== null);
  const event: DocEvent = {
    category: recoded ?? p.category,
    mode: recoded === 'COERCE' ? null : p.mode ?? null,
    trigger: { start: t.head, end: t.end },
    sentence: s,
    sourceActors: [...new Set(sourceActors)].filter((a) => a >= 0),
    targetActors: [...new Set(targetActors)].filter((a) => a >= 0),
    source,
    target,
    date: timex >= 0 ? calendarValue(doc.timexes[timex]) : null,
    location: eventPlace(doc, s, anchor, kb),
    // "not sending ministers" is itself the boycott, not a negated act
    negated: parties.anchor === undefined && !p.before?.includes('not') &&
      (isNegated(doc, t.head, floor, t.noun) || negativeRelative(doc, s, t.head)),
    modality,
    attribution: attributionFor(doc, spoken, t.head, sourceActors),
    rule: recoded ? `${p.id}+${recoded.toLowerCase()}.${recoded === 'CONCEDE' ? 'declared' : 'domestic'}` : p.id,
  };
  if (timex >= 0) event.timex = timex;
  if (!recoded && event.negated && REFUSABLE.has(p.category) && !p.symmetric && declaredRefusal(doc, s, t.head)) {
    // "Russia said it would not withdraw its troops", "will not accept the proposal": a refusal (REJECT), itself asserted
    event.category = 'REJECT';
    event.mode = null;
    event.negated = false;
    event.modality = 'asserted';
    event.date = null;
    delete event.timex;
    event.rule = `${p.id}+reject.refusal`;
    return event;
  }
  if (!recoded && isConditionalThreat(doc, s, t, modality)) {
    // "will boycott the elections unless the president steps down": a threat, itself asserted
    event.category = 'THREATEN';
    event.mode = null;
    event.modality = 'asserted';
    event.rule = `${p.id}+threaten.conditional`;
  } else if (!recoded && vowed && !event.negated) {
    // "vowed to fight Israel", "swore to attack Armenia": the vow is the threat
    event.category = 'THREATEN';
    event.mode = null;
    event.modality = 'asserted';
    event.rule = `${p.id}+threaten.vow`;
    // ("vowed on Monday to fight": the threat is dated by the vow, not the act it promises)
    const vowTimex = eventTimex(doc, s, vowAt, inherited !== null);
    event.date = vowTimex >= 0 ? calendarValue(doc.timexes[vowTimex]) : null;
    if (vowTimex >= 0) event.timex = vowTimex;
    else delete event.timex;
  }
  return event;
}

const REACTIONS = new Set(['SUPPORT', 'ACCUSE', 'REJECT']);
/** Concessions whose declared future negation is a refusal. */
const REFUSABLE = new Set(['CONCEDE', 'RETREAT', 'AGREE']);
const NEGATORS = new Set(['not', 'never', "n't"]);
const FUTURE_MODALS = new Set(['will', 'would', 'wo', 'shall']);

/** "would not withdraw", "will never accept", "won't release": a declared future "no" right before the verb. */
function declaredRefusal(doc: Doc, s: TokenRange, head: number): boolean {
  let k = head - 1;
  while (k > s.start && lower(doc, k).endsWith('ly')) k--;
  if (k <= s.start || !NEGATORS.has(lower(doc, k))) return false;
  return FUTURE_MODALS.has(lower(doc, k - 1));
}
const CHARGES = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges',
  'motive', 'motives', 'involvement', 'responsibility', 'wrongdoing', 'report', 'reports', 'role']);

/** "denied the allegations", "rejected the claims": the object is an accusation. */
function deniesCharge(doc: Doc, s: TokenRange, from: number): boolean {
  for (let k = from; k < s.end && k < from + 5; k++) {
    const w = lower(doc, k);
    if (CHARGES.has(w)) return true;
    if (w === ',' || w === '.' || w === ';' || w === 'that') return false;
  }
  return false;
}
/**
 * Who made the charge a verdict denies: its "by"/"from" agent or the party inside it ("Iranian
 * claims", "Ukraine's allegations"), else the latest accusation against the denier.
 */
function chargeAuthor(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, events: DocEvent[], own: string[]): Slot[] {
  const other = (g: Group) => groupCodes(g.slots).some((c) => !own.includes(c));
  let k = t.end;
  while (k < s.end && k < t.end + 4 && !CHARGES.has(lower(doc, k))) k++;
  if (k >= s.end || !CHARGES.has(lower(doc, k))) return [];
  const inside = groups.find((g) => g.start >= t.end && g.start < k && other(g));
  if (inside) return inside.slots;
  if (k + 2 < s.end && (lower(doc, k + 1) === 'by' || lower(doc, k + 1) === 'from')) {
    const agent = groups.find((g) => g.start === k + 2 && other(g));
    if (agent) return agent.slots;
  }
  const sentenceIndex = doc.sentenceOf(t.head);
  const charge = [...events].reverse().find((e) => e.category === 'ACCUSE' && e.target.some((c) => own.includes(c)) &&
    e.source.every((c) => !own.includes(c)) && doc.sentenceOf(e.trigger.start) >= sentenceIndex - 4);
  return charge ? slotsFor(charge.sourceActors, charge.source) : [];
}

const BACK_REFERENCES = new Set(['move', 'decision', 'announcement', 'proposal', 'offer', 'plan', 'step', 'statement', 'remarks', 'measure', 'measures', 'initiative', 'declaration']);

/** Does an "as ..." verdict on the object stand between the trigger and the target found? */
function characterizes(doc: Doc, from: number, target: Slot[]): boolean {
  const at = Math.min(...target.map((sl) => sl.start).filter((x) => x >= 0));
  if (!Number.isFinite(at)) return false;
  for (let k = from; k < at; k++) if (lower(doc, k) === 'as' && lower(doc, k + 1) !== 'well') return true;
  return false;
}

/**
 * Does a verdict judge an act rather than the party found as its target? The act is named right
 * after the verb ("called the tariff ...", "called it ..."), or the party is not the verb's object
 * at all ("what EU leaders called a hijacking of a plane flying from Greece").
 */
function verdictOnAct(doc: Doc, s: TokenRange, t: Trigger, heads: Heads, target: Slot[]): boolean {
  if (refersBack(doc, s, t.end, true) || definiteAct(doc, s, t.end, heads)) return true;
  const at = Math.min(...target.map((sl) => sl.start).filter((x) => x >= 0));
  return !Number.isFinite(at) || at > t.end + 2;
}

/**
 * Where the act a reaction is about is named: right after the verb ("condemned the move"), or after
 * the preposition that follows a construction's object noun ("expressed regret over the decision").
 */
function reactionObject(doc: Doc, s: TokenRange, t: Trigger): number {
  if (!t.pattern.objectNoun || t.pattern.verdict) return t.end;
  for (let k = t.end; k < s.end && k < t.end + 10; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === '.' || w === ';') break;
    if (REACTION_PREPS.has(w)) return k + 1;
  }
  return t.end;
}
const REACTION_PREPS = new Set(['over', 'about', 'at', 'with', 'for', 'to']);

/** The first finite verb after an event noun (its clause's verb), unless a that-clause opens first; else the sentence end. */
function clauseVerbAfter(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end; k++) {
    if (lower(doc, k) === 'that') return s.end;
    if (/^(VBD|VBZ|VBP|MD)$/.test(doc.pos[k] ?? '')) return k;
  }
  return s.end;
}

/** "welcomed the announcement", "denounced the move": a definite reference to an act named before. */
function refersBack(doc: Doc, s: TokenRange, from: number, verdict = false): boolean {
  let k = from;
  // "called it a provocation": a verdict's pronoun object is the act just told
  if (verdict && k < s.end && (lower(doc, k) === 'it' || lower(doc, k) === 'this')) return true;
  if (k < s.end && (lower(doc, k) === 'the' || lower(doc, k) === 'this' || lower(doc, k) === 'that')) k++;
  else return false;
  return k < s.end && BACK_REFERENCES.has(lower(doc, k));
}

/** "the attack", "this week's sanctions", "the Russian strikes": a definite event noun right after the trigger. */
function definiteAct(doc: Doc, s: TokenRange, from: number, heads: Heads): Trigger | null {
  if (from >= s.end || !DEFINITE.has(lower(doc, from))) return null;
  for (let k = from + 1; k < s.end && k <= from + 4; k++) {
    const t = heads.get(k);
    if (t) return t.noun ? t : null;
    const w = lower(doc, k);
    if (w === ',' || w === '.' || PREPOSITIONS_STOP.has(w)) return null;
  }
  return null;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** The "by" agent inside the phrase of an act noun ("the release of the hostages by Somalia"). */
function agentOfAct(doc: Doc, s: TokenRange, groups: Group[], act: Trigger, own: string[], betweenOnly = false): Slot[] {
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
const ACT_SPAN = 3;
/** ... and an act named by its own kind ("the tariff", "the airstrikes"), which the article may have told well before. */
const NAMED_ACT_SPAN = 10;

/**
 * The owner of the bid a refusal blocks: "its attempts to join the UN" (the nearest other party
 * named before), "Kosovo's bid to join Interpol".
 */
function bidOwner(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, own: string[], discourse: Discourse): Slot[] {
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

const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'another', 'others']);
const RESPONSIVE = new Set(['MOBILIZE', 'ACCUSE', 'REJECT', 'THREATEN']);

/** The actor group opening an "after/as/when" clause a few words after the trigger (not the source). */
function promptedBy(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
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
function respondsTo(doc: Doc, s: TokenRange): boolean {
  for (let k = s.start; k < s.end; k++) if (RESPONSE_WORDS.has(lower(doc, k))) return true;
  return false;
}

const BACK_REFERENCE_SPAN = 3;

/**
 * "Hayashi on Saturday met with Blinken ... Hayashi and Blinken reiterated their opposition ...":
 * what the parties of a dated meeting do together, a few sentences on, they did at that meeting.
 */
function meetingDate(doc: Doc, events: DocEvent[], e: DocEvent, sentence: TokenRange): string | null {
  if (e.modality !== 'asserted' || e.sourceActors.length < 2) return null;
  const here = doc.sentenceOf(sentence.start);
  const meeting = [...events].reverse().find((m) => m.category === 'CONSULT' && m.date && !m.negated && m.modality === 'asserted' &&
    here - doc.sentenceOf(m.trigger.start) <= MEETING_SPAN &&
    sameSet([...m.sourceActors, ...m.targetActors], e.sourceActors));
  return meeting?.date ?? null;
}

const MEETING_SPAN = 10;

function sameSet(a: number[], b: number[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/**
 * "sent soldiers into the province to back the president's government", "deployed soldiers to
 * Mozambique to help the government": forces sent to help are military aid, to the party helped
 * (or the country they are sent to).
 */
function aidPurpose(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): { verb: number; target: Slot[] } | null {
  for (let k = from; k < s.end - 1 && k < from + 10; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w)) return null;
    if (w !== 'to' || !AID_PURPOSES.has(lower(doc, k + 1))) continue;
    const helped = groups.find((g) => g.start > k + 1 && g.start <= k + 4 && !g.locative &&
      groupCodes(g.slots).some((c) => !own.includes(c)));
    const destination = groups.filter((g) => g.start >= from && g.end <= k).pop();
    return { verb: k + 1, target: helped?.slots ?? destination?.slots ?? [] };
  }
  return null;
}

const AID_PURPOSES = new Set(['support', 'help', 'assist', 'aid', 'bolster', 'protect', 'defend', 'back', 'reinforce']);

/** "they", "the two officials": parties named before, referred to again. */
function backReference(doc: Doc, sl: Slot, sentence: TokenRange): boolean {
  if (sl.start < 0) return false;
  if (sl.start < sentence.start) return true;
  const first = lower(doc, sl.start);
  const anaphor = /^(they|he|she|their|his|her)$/.test(first) || (first === 'the' && lower(doc, sl.start + 1) === 'two');
  return anaphor && sl.actor >= 0 && doc.actors[sl.actor].spans.some((sp) => sp.start < sentence.start);
}

/** The date of the latest act a few sentences before whose parties a back-reference subject stands for. */
function backReferenceDate(doc: Doc, events: DocEvent[], source: Slot[], sentence: TokenRange, modality: Modality): string | null {
  if (!source.length || !source.every((sl) => backReference(doc, sl, sentence))) return null;
  const here = doc.sentenceOf(sentence.start);
  const codes = new Set(groupCodes(source));
  const act = [...events].reverse().find((e) => here - doc.sentenceOf(e.trigger.start) <= BACK_REFERENCE_SPAN &&
    e.date && e.modality === modality && e.source.some((c) => codes.has(c)));
  return act?.date ?? null;
}

/** ", neither of which have recognized ...": the relative clause denies the act of its antecedents. */
function negativeRelative(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start + 2 && k >= head - 5; k--) {
    if ((lower(doc, k) === 'which' || lower(doc, k) === 'whom') && lower(doc, k - 1) === 'of') {
      return ['neither', 'none'].includes(lower(doc, k - 2));
    }
  }
  return false;
}

/** Categories where parties named together without a target act on each other. */
const TWO_SIDED = new Set(['ASSAULT']);
const SYMMETRIC = new Set(['COOPERATE', 'CONSULT', 'AGREE']);
const WITHDRAWALS = new Set(['RETREAT', 'CONCEDE']);
const DOMESTIC_FORCE = new Set(['COERCE', 'ASSAULT']);
/** Acts a party can promise to another (AID, SUPPORT, RETREAT, CONCEDE), not meetings or threats. */
const PROMISABLE = new Set(['AID', 'SUPPORT', 'RETREAT', 'CONCEDE']);

/** "Condemning ...," / "Rejecting ...,": a verb in -ing with no word before it in its sentence. */
function opensSentenceAsParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  if (t.noun || !/ing$/.test(lower(doc, t.head))) return false;
  for (let k = s.start; k < t.head; k++) if (/^[A-Za-z]/.test(doc.tokens[k].text)) return false;
  return true;
}

/** An earlier AID act of the same sender that already covers every receiver of this arrival. */
function arrivalOfSentGoods(prior: DocEvent, arrival: DocEvent): boolean {
  return prior.category === 'AID' && !prior.negated && arrival.source.every((c) => prior.source.includes(c)) &&
    arrival.target.every((c) => prior.target.includes(c));
}

/** "X will give / would allow ... Y": the subject's own "will"/"would" before an active verb. */
function promisedAct(doc: Doc, s: TokenRange, t: Trigger, e: DocEvent): boolean {
  if (!PROMISABLE.has(e.category) || e.negated || e.modality !== 'planned' || t.noun || !e.target.length) return false;
  // ("a shipment from Qatar will land in Gaza": the goods' own arrival, no one's promise)
  if (t.pattern.subjectNoun) return false;
  // ("X will resign": an act on oneself promises nothing to anyone)
  if (sameSingleActor(e.sourceActors, e.targetActors)) return false;
  // ("would only welcome him if ...": a condition, not a promise)
  for (let j = t.end; j < s.end && j < t.end + 12; j++) if (['if', 'unless'].includes(lower(doc, j))) return false;
  let k = t.head - 1;
  while (k > s.start && (lower(doc, k).endsWith('ly') || ['also', 'soon', 'still', 'again', 'now'].includes(lower(doc, k)))) k--;
  return k >= s.start && ['will', 'would', "'ll", 'shall'].includes(lower(doc, k)) && lower(doc, t.head - 1) !== 'only';
}
const PLACE_TARGETED = new Set(['RETREAT', 'MOBILIZE', 'ASSAULT', 'PROTEST', 'AID']);
const sameCountry = (a: string[], b: string[]) => a.length === 1 && b.length === 1 && a[0] === b[0];

/** The place of the act, not one inside the speaker that reports it ("…, officials in Nairobi said"). */
function placeBesideSpeaker(doc: Doc, s: TokenRange, t: Trigger, spoken: Speaker[], kb?: KnowledgeBase): string | null {
  const speaker = spoken.find((sp) => sp.range.start >= t.end);
  if (!speaker) return eventPlace(doc, s, t.head, kb, false);
  return eventPlace(doc, { start: s.start, end: speaker.range.start }, t.head, kb, false) ??
    eventPlace(doc, { start: speaker.range.end, end: s.end }, t.head, kb, false);
}

/** ", killing 20 people": a participle after a comma giving the result of the act before it. */
function resultParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  return t.head > s.start && lower(doc, t.head - 1) === ',' && /ing$/.test(lower(doc, t.head));
}
/**
 * "Ukrainian forces struck the crossings with US-supplied HIMARS rocket systems": the weapons a
 * party uses in its attack were military aid from the country that supplied them.
 */
function suppliedWeapons(doc: Doc, slots: Slot[], events: DocEvent[]): DocEvent[] {
  const out: DocEvent[] = [];
  for (const e of events) {
    if (!ARMED.has(e.category) || e.negated || e.modality !== 'asserted') continue;
    for (const sl of slots) {
      if (sl.start <= e.trigger.start || sl.end + 1 >= e.sentence.end || !sl.code || e.source.includes(sl.code)) continue;
      if (doc.tokens[sl.end].text !== '-' || !SUPPLIED.has(lower(doc, sl.end + 1))) continue;
      if (out.some((x) => x.sentence === e.sentence && x.source[0] === sl.code)) continue;
      out.push({
        ...e, category: 'AID', mode: 'military', trigger: { start: sl.end + 1, end: sl.end + 2 },
        source: [sl.code], target: e.source, sourceActors: sl.actor >= 0 ? [sl.actor] : [], targetActors: e.sourceActors,
        date: null, timex: undefined, rule: 'aid.supplied-weapons',
      });
    }
  }
  return out;
}

const ARMED = new Set(['ASSAULT', 'MOBILIZE']);
const SUPPLIED = new Set(['supplied', 'provided', 'donated', 'funded', 'delivered', 'gifted']);

/** "launched mobilization efforts", "began a withdrawal": an event noun its clause's verb sets going. */
function launchedBy(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start && k >= head - 3; k--) if (lemmaIn(lower(doc, k), LAUNCHES)) return true;
  return false;
}

const LAUNCHES = ['launch', 'begin', 'start', 'announce', 'order', 'declare'];

/** "vessels deployed under the mission": a participle describing a noun, not an act of the subject. */
function reducedRelative(doc: Doc, head: number): boolean {
  return doc.pos[head] === 'VBN' && head > 0 && /^NNS?$/.test(doc.pos[head - 1] ?? '');
}

/** Troop movements: with no target in the text, aimed at (or yielding to) the article's adversary. */
const FORCE_MOVES = new Set(['MOBILIZE', 'RETREAT', 'CONCEDE']);
const AFFECTED_PEOPLE = /^(protesters|protestors|demonstrators|people|activists|students|supporters|residents|civilians|journalists|workers|opponents|dissidents|marchers|rioters|crowds?|villagers|farmers|worshippers|mourners|detainees|prisoners|men|women|youths|teenagers|members)$/;
const PEOPLE_SKIP = /^(the|a|an|of|some|several|many|dozens|hundreds|thousands|scores|at|least|more|than|about|around|nearly|almost|over|up|to|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+al|\p{Ll}+an|\p{Ll}+ful|opposition|anti-\S+|pro-\S+|peaceful|young|local|unarmed|other|disperse|quell|scatter|control|fundamentalist|radical)$/u;

/** The act falls on unnamed people: its object ("dispersed hundreds of protesters") or passive subject ("Forty people were arrested"). */
function peopleAffected(doc: Doc, s: TokenRange, t: Trigger): boolean {
  // "opened fire to disperse ...", "..., killing 20 people": the purpose or result of an act already coded
  const before = t.head > s.start ? lower(doc, t.head - 1) : '';
  if (before === 'to' || (before === ',' && /ing$/.test(lower(doc, t.head)))) return false;
  for (let k = t.end; k < s.end && k < t.end + 8; k++) {
    const w = lower(doc, k);
    if (AFFECTED_PEOPLE.test(w)) return true;
    // ("Kurdish protesters", "to break up Islamist marchers")
    if (!PEOPLE_SKIP.test(w) && !/^\p{Lu}\p{Ll}/u.test(doc.tokens[k].text)) break;
  }
  // passive: "people were arrested", "protesters have been beaten"
  let k = t.head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly'))) k--;
  if (k === t.head - 1 || !/(ed|en)$/.test(lower(doc, t.head)) && !/VBN/.test(doc.pos?.[t.head] ?? '')) return false;
  return k >= s.start && AFFECTED_PEOPLE.test(lower(doc, k));
}

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

const THREATENED_ACTS = new Set(['SANCTION', 'ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT']);

const CONDITIONS = new Set(['unless', 'if', 'until']);

/** A planned or possible coercive act under a condition the target must meet. */
function isConditionalThreat(doc: Doc, s: TokenRange, t: Trigger, modality: Modality): boolean {
  if (!THREATENED_ACTS.has(t.pattern.category) || modality === 'asserted') return false;
  for (let k = s.start; k < s.end; k++) {
    if (!CONDITIONS.has(lower(doc, k)) || Math.abs(k - t.head) > 15) continue;
    // "if needed": no condition put to anyone; "ready to respond if NATO decides to deploy": the act is the condition
    if (k + 1 < s.end && OPEN_CONDITIONS.has(lower(doc, k + 1))) continue;
    if (k < t.head && !doc.words({ start: k, end: t.head }).includes(',')) continue;
    return true;
  }
  return standsReady(doc, s, t.head);
}

/** Is the word inside an "if" or "unless" clause ("if NATO deploys troops")? */
function insideCondition(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start && k >= head - 12; k--) {
    const w = lower(doc, k);
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return false;
  }
  return false;
}

const OPEN_CONDITIONS = new Set(['needed', 'necessary', 'required', 'possible', 'warranted', 'appropriate', 'asked', 'requested']);

/** "is prepared to impose sanctions", "stands ready to strike": a readiness to coerce is a threat. */
function standsReady(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = Math.max(s.start, head - 4); k < head - 1; k++) {
    if (READINESS.has(lower(doc, k)) && lower(doc, k + 1) === 'to') return true;
  }
  return false;
}

const READINESS = new Set(['prepared', 'ready']);

/** Acts whose vowed future is a threat (a vow to withdraw or to aid stays a promise). */
const VOWED_FORCE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);
const VOW_FORMS = new Set(['vow', 'vows', 'vowed', 'vowing', 'swore', 'swear', 'swears', 'sworn']);

/** "vowed to fight", "vowed on Monday to fight", "swore to attack": the vow whose infinitive is the act, or -1. */
function vowBefore(doc: Doc, s: TokenRange, head: number): number {
  if (head - 1 <= s.start || lower(doc, head - 1) !== 'to') return -1;
  for (let k = head - 2; k >= s.start && k >= head - 7; k--) {
    if (VOW_FORMS.has(lower(doc, k))) return infinitiveAfter(doc, s, k + 1) === head - 1 ? k : -1;
  }
  return -1;
}

/** The "to" of a verb's infinitive, past a date or adverb between ("vowed on Monday to"); else `from`. */
function infinitiveAfter(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end && k < from + 5; k++) {
    const w = lower(doc, k);
    if (w === 'to') return k;
    if (w === ',' || CLAUSE_BREAKS.has(w) || (doc.pos[k] ?? '').startsWith('VB')) return from;
  }
  return from;
}

const FORCEFUL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'THREATEN']);

/** A one-sided promise or readiness whose content opens with a coercive act ("ready to impose sanctions"). */
function pledgesForce(doc: Doc, s: TokenRange, t: Trigger, triggers: Trigger[]): boolean {
  if (t.pattern.category !== 'AGREE' || t.pattern.symmetric || !t.pattern.complement) return false;
  let k = infinitiveAfter(doc, s, t.end);
  if (k < s.end && lower(doc, k) === 'to') k++;
  const next = triggers.find((o) => o.head >= k && o.head <= k + 1);
  return !!next && !next.noun && FORCEFUL.has(next.pattern.category);
}

/** "Colombia, whose government he accuses": the group before ", whose" when the trigger's clause starts there. */
function whoseAntecedent(doc: Doc, s: TokenRange, groups: Group[], head: number): Slot[] {
  for (let k = head - 1; k > s.start && k >= head - 6; k--) {
    if (lower(doc, k) !== 'whose') continue;
    if (lower(doc, k - 1) !== ',') return [];
    const g = groups.filter((gr) => gr.end <= k - 1 && !gr.locative).pop();
    return g && k - 1 - g.end <= 1 ? g.slots : [];
  }
  return [];
}

/** The first party other than the protesters named in the purpose of a protest ("to demand", "against", "over"). */
function protestAim(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
  let k = from;
  // ("crowds blocked roads in Hong Kong in defiance of Chinese authorities": the defied party a few words on)
  while (k < s.end && k < from + 7 && !PROTEST_AIMS.has(lower(doc, k))) k++;
  if (k >= s.end || !PROTEST_AIMS.has(lower(doc, k))) return [];
  if (lower(doc, k) === 'to' && !PROTEST_VERBS.has(lower(doc, k + 1))) return [];
  for (const g of groups) {
    if (g.start <= k || g.locative) continue;
    if (g.start > k + 10 || doc.words({ start: k, end: g.start }).some((w) => w === ',' || w === ';' || CLAUSE_BREAKS.has(w.toLowerCase()))) return [];
    const codes = groupCodes(g.slots);
    if (codes.length && codes.some((c) => !own.includes(c))) return g.slots;
  }
  return [];
}

const PROTEST_AIMS = new Set(['to', 'against', 'over', 'defiance']);
const PROTEST_VERBS = new Set(['demand', 'protest', 'denounce', 'condemn', 'oppose', 'show', 'press', 'urge']);

/** The actor group opening the "that" clause a few words after the trigger, other than the source. */
function thatClauseSubject(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
  for (let k = from; k < s.end && k < from + 6; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || w === '.') return [];
    if (w !== 'that') continue;
    const g = groups.find((gr) => gr.start > k && gr.start <= k + 3 && !gr.locative);
    return g && groupCodes(g.slots).some((c) => !own.includes(c)) ? g.slots : [];
  }
  return [];
}

/** The first actor group after "unless" or "if" that follows the trigger. */
function conditionSubject(doc: Doc, s: TokenRange, groups: Group[], from: number): Slot[] {
  for (let k = from; k < s.end; k++) {
    if (!CONDITIONS.has(lower(doc, k))) continue;
    const g = groups.find((gr) => gr.start > k && gr.start <= k + 4 && !gr.locative);
    return g ? g.slots : [];
  }
  return [];
}

/** "the conflict in Syria": the country named right after the trigger with "in". */
function placeAfter(doc: Doc, groups: Group[], from: number): string[] {
  const g = groups.find((gr) => gr.start > from && gr.start <= from + 3 && lower(doc, gr.start - 1) === 'in');
  return g && doc.words({ start: from, end: g.start }).every((w) => w === 'in' || w === 'the') ? groupCodes(g.slots) : [];
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
function attributionFor(doc: Doc, spoken: Speaker[], head: number, sourceActors: number[]): string | null {
  const before = spoken.filter((sp) => sp.at < head && !(sp.range.start <= head && head < sp.range.end));
  const after = spoken.filter((sp) => sp.at > head && !(sp.range.start <= head && head < sp.range.end));
  const sp = before[before.length - 1] ?? after[0];
  if (!sp || sp.range.end <= sp.range.start) return null;
  // "Chile, Peru and Ecuador said they would ...": the sources speak of their own act
  const speaking = doc.actors.flatMap((a, i) => a.spans.some((r) => r.start >= sp.range.start && r.end <= sp.range.end) ? [i] : []);
  if (speaking.length && speaking.every((a) => sourceActors.includes(a))) return null;
  return speakerName(doc, sp.range);
}

function sameSingleActor(a: number[], b: number[]): boolean {
  return a.length === 1 && b.length === 1 && a[0] === b[0];
}

/** "the ministry" → the ministry's name when the actors stage resolved it; names as written. */
function speakerName(doc: Doc, range: TokenRange): string {
  let end = range.end;
  while (end > range.start + 1 && AUXILIARIES.has(lower(doc, end - 1))) end--;
  const words = { start: range.start, end };
  const hasName = doc.words(words).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !/^(The|A|An)$/.test(w)));
  if (hasName) return doc.spanText(words);
  const named = doc.actors.filter((a) => (a.kind === 'organization' || (a.kind === 'person' && a.kb)) &&
    a.spans.some((sp) => sp.start >= range.start && sp.end <= range.end));
  return named.length === 1 ? named[0].name : doc.spanText(words);
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

/**
 * "X met Y on Saturday … Meeting on the sidelines of the summit in Liverpool, …": when an
 * article without a dateline names the place of its opening story in its first two sentences,
 * the acts of the opening event's parties on its day (or undated) happened there, as a dateline
 * would say. Planned, hypothetical and otherwise dated acts keep no such place.
 */
function placedLead(doc: Doc, events: DocEvent[], kb: KnowledgeBase | undefined): DocEvent[] {
  const lead = events.find((e) => e.modality === 'asserted' && !e.negated);
  if (!lead || doc.sentenceOf(lead.trigger.start) > 1) return events;
  const place = lead.location ?? leadPlace(doc, kb);
  if (!place) return events;
  const parties = new Set([...lead.source, ...lead.target]);
  for (const e of events) {
    const sameParties = [...e.source, ...e.target].some((c) => parties.has(c));
    const sameDay = e.date === null || e.date === lead.date;
    if (!e.location && e.modality === 'asserted' && sameParties && sameDay) e.location = place;
  }
  return events;
}
