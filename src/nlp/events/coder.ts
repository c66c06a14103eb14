// The event coder: finds trigger words from the lexicon, then the trigger's source and target
// actors in its sentence, and reads negation, modality, attribution and date from the clause.
// This file keeps the order in which the rules run; the rules live in the modules imported below.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { lemmaIn, type LexiconIndex } from './lexicon.js';
import { actorSlots, groupCodes, groupSlots, slotsIn, slotsFor, type Group, type Slot } from './arguments.js';
import { clauseStart, modalityOf, speakers } from './context.js';
import { eventPlace, thereCountry } from './when-where.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { type Discourse, type Earlier, type Parties, findParties, isLocative } from './parties.js';
import { type Heads, type Trigger, complementEnd, findTriggers, nounComplementEnd, objectOfSameAct } from './triggers.js';
import { lower } from './text.js';
import { awaitedParties, type Awaited, type Deferred } from './conflict.js';
import { REACTIONS, reactionObject, refersBack, definiteAct, DEFINITE, agentOfAct, ACT_SPAN, NAMED_ACT_SPAN, bidOwner, OBJECT_PRONOUNS, RESPONSIVE, respondsTo, promptedBy } from './reactions.js';
import { deniesCharge, chargeAuthor, characterizes, verdictOnAct, copulaVerdictTarget } from './verdicts.js';
import { promisedAct, promiseOf, pledgesForce, conditionSubject, thatClauseSubject } from './commitments.js';
import { placeAfter, placeCountry, protestAim, whoseAntecedent, aidPurpose, launchedBy, meetingMembers, isOrganisation } from './implicit-parties.js';
import { buildEvent } from './build-event.js';
import { meetingDate, backReferenceDate, nthDayDates } from './inherited-dates.js';
import { withoutRestatements, withoutRestatedMeetings, dedupe, arrivalOfSentGoods } from './restatements.js';
import { articleParties, datedLead, suppliedWeapons, placedLead, armsToWarringSide, armsToThreatenedSide, coordinatedForces } from './article-passes.js';

export function codeEvents(doc: Doc, lexicon: LexiconIndex, kb?: KnowledgeBase): DocEvent[] {
  const slots = actorSlots(doc, kb);
  const discourse: Discourse = { lastSource: [], lastParties: [], mainSource: [], named: [] };
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
    // the sentence's latest verbal act: a meeting "at" which it happened shares its modality
    let host = -1;
    for (const trigger of triggers) {
      const suppressed = trigger.head < suppressUntil;
      // ("agreed on measures at a meeting in Paris": the meeting is where they agreed, not what they agreed)
      const venue = venueMeeting(doc, sentence, trigger);
      if (!trigger.noun) host = trigger.head;
      const inScope = scope && trigger.head < scope.end && !venue ? scope.modality : null;
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
      // "... now that the invasion was beginning", "The war has killed 100,000 people": the act told before, again
      if (definiteSubjectRestated(doc, sentence, trigger, groups, events)) continue;
      // "blocked roads to protest ...", "staged demonstrations to demand reforms": the purpose of a protest
      // is the same protest (whose aim it names), not a second act
      // ("police prevented a rally organised by teachers ... to protest the ruling": the gathering
      // a ban or prevention names is that protest too)
      if (PROTEST_PURPOSES.has(trigger.pattern.category) && trigger.head > sentence.start && lower(doc, trigger.head - 1) === 'to' &&
        (events.some((e) => e.sentence === sentence && e.category === 'PROTEST' && e.trigger.start < trigger.head) ||
          triggers.some((o) => o.head < trigger.head && o.pattern.mode === 'ban' && o.pattern.category === 'COERCE'))) continue;
      // "is ready to impose sanctions", "pledged to retaliate": a readiness or pledge to coerce is no agreement
      if (pledgesForce(doc, sentence, trigger, triggers)) continue;
      const parties = findParties(doc, sentence, groups, trigger, heads, spoken, sources, discourse);
      const earlier: Earlier = { head: trigger.head, source: parties.source, produced: false };
      if (parties.source.length) sources.push(earlier);
      if (suppressed) continue;
      let respondedTo: DocEvent | null = null;
      if (!parties.target.length && parties.source.length && RESPONSIVE.has(trigger.pattern.category) && respondsTo(doc, sentence)) {
        // "sent up jets in response to the incursion": the counterpart of the act responded to
        const last = events[events.length - 1];
        const own = new Set(groupCodes(parties.source));
        if (last && doc.sentenceOf(last.trigger.start) >= doc.sentenceOf(trigger.head) - 4) {
          // a joint act ("Indian and French warships jointly sailed") was done by all its parties
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
        // "Peru, whose president she accuses of ...": the object is the relative clause's antecedent
        parties.target = whoseAntecedent(doc, sentence, groups, trigger.head);
      }
      // "called the allegations baseless", "described the claims by Ukraine as propaganda": a denial
      const denial = trigger.pattern.verdict && trigger.pattern.category === 'ACCUSE' && parties.source.length > 0 &&
        deniesCharge(doc, sentence, trigger.end);
      if (denial) parties.target = chargeAuthor(doc, sentence, groups, trigger, events, groupCodes(parties.source));
      // 'said the seizure was "stupidity"', '"That was an aggressive stand from Serbia," he said'
      const judged = trigger.pattern.copula && parties.source.length ?
        copulaVerdictTarget(doc, sentence, groups, trigger, heads, events, groupCodes(parties.source)) : null;
      if (judged) parties.target = judged.target;
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
        // "Sandu praised the announcement": the author of the act announced before
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
      if (!parties.source.length && !parties.target.length && trigger.noun && trigger.pattern.symmetric && opensClause(doc, sentence, trigger)) {
        // "The EU tried to reconcile Serbia and Kosovo. Talks have made little progress": the mediated parties' own talks
        const sides = toldSides(doc, events, sentence, trigger);
        if (sides) parties.source = slotsFor([], sides);
      }
      // (a request noun with no addressee — "getting ready to file the official request" — mentions a request already told)
      if (!parties.target.length && (trigger.noun || trigger.pattern.mode === 'boycott') && parties.source.length &&
        !trigger.pattern.symmetric && !trigger.pattern.mutual && trigger.pattern.mode !== 'third-party' &&
        !(trigger.noun && trigger.pattern.category === 'REQUEST' && !trigger.pattern.swap)) {
        // "would join in a sporting boycott": the boycott named earlier, against its target
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
        // "a sit-in to demand the release of General X", "rallied against the
        // abuses by the Burmese army": whom the protest is aimed at
        parties.target = protestAim(doc, sentence, groups, trigger.end, groupCodes(parties.source));
      }
      if (!parties.target.length && parties.source.length && WITHDRAWALS.has(trigger.pattern.category)) {
        // "Turkey ordered the withdrawal last Monday": the withdrawal named before, from where it was
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
      if (!parties.source.length && !parties.target.length && trigger.noun && trigger.pattern.category === 'CONSULT') {
        // "a meeting between their envoys", "an emergency meeting of the bloc's leaders": the
        // parties whose people meet (one party alone meets within itself)
        const members = meetingMembers(doc, sentence, groups, trigger, discourse);
        if (members.length) {
          parties.source = members;
          // (an organisation meets as itself: org→org, SCHEMA; a country's people meet at home)
          const own = [...new Set(members.map((sl) => sl.actor))].filter((a) => a >= 0 && isOrganisation(doc, a));
          if (groupCodes(members).length === 1) parties.target = slotsFor(own.length === 1 ? own : [], groupCodes(members));
        }
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
        // "moved soldiers into Cabo Delgado to back the government": military assistance, not a threat
        if (aid.target.length) parties.target = aid.target;
        absorbed.add(aid.verb);
      }
      // "Kenya sent peacekeepers to Haiti": the country they are sent to is helped
      const peace = !aid && trigger.pattern.category === 'MOBILIZE' && parties.source.length > 0 && peacekeeping(doc, sentence, trigger);
      if (peace && !parties.target.length) parties.target = destination(doc, groups, trigger.end, sentence);
      // "recognised Donetsk and Luhansk ... and ordered the army to deploy there": faces the place named before
      const there = trigger.pattern.category === 'MOBILIZE' && parties.source.length > 0 && !parties.target.length
        ? thereCountry(doc, sentence, trigger.head, trigger.end, kb) : null;
      if (there && !groupCodes(parties.source).includes(there)) parties.target = [{ start: -1, end: -1, actor: -1, code: there }];
      const event = buildEvent(doc, sentence, trigger, parties, spoken, inScope, kb);
      const missing = event ? null : missingParty(doc, sentence, trigger, parties, !!aid || peace);
      if (missing) deferred.push({ sentence, trigger, parties, awaits: missing, spoken, inherited: inScope });
      // "was detained on March 3 at the request of France": the request came before the act it prompted;
      // "The previous day, Moldova lost ... because of what it called ...": the date is the main clause's
      const undated = (trigger.noun && trigger.pattern.swap && trigger.pattern.category === 'REQUEST') || trigger.pattern.claimed;
      if (event && undated) {
        event.date = null;
        delete event.timex;
      }
      if (event && (denial || judged?.denial)) {
        event.category = 'REJECT';
        event.rule = `${trigger.pattern.id}+reject.denial`;
      }
      if (event && aid) {
        event.category = 'AID';
        event.mode = null;
        event.rule = `${trigger.pattern.id}+aid.purpose`;
      }
      if (event && peace && event.category === 'MOBILIZE') {
        // "NATO deployed peacekeeping troops to Bosnia", "Kenya sent peacekeepers to Haiti": support, not a threat
        event.category = 'AID';
        event.mode = 'peacekeeping';
        event.rule = `${trigger.pattern.id}+aid.peacekeeping`;
      }
      // "Chinese medicines arrive in Laos": the arrival of goods already told as sent is that act
      if (event && trigger.pattern.subjectNoun && events.some((prior) => arrivalOfSentGoods(prior, event))) continue;
      if (event) {
        // an immediate response happened when the act it answers did
        if (!event.date && respondedTo?.date && !undated) event.date = respondedTo.date;
        // "The two officials agreed ...", "They also ...": the parties of the previous sentence's
        // dated act, continuing its account
        if (!event.date && !undated) event.date = backReferenceDate(doc, events, parties.source, sentence, event.modality);
        if (!event.date && !undated) event.date = meetingDate(doc, events, event, sentence);
        if (venue && host >= 0) event.modality = modalityOf(doc, sentence, host, clauseStart(doc, sentence, host)) ?? event.modality;
        events.push(event);
        // "Norway will give Malawi a loan": a stated promise of a material act is itself an AGREE
        if (!inScope && promisedAct(doc, sentence, trigger, event)) {
          events.push(promiseOf(event));
        }
        produced.add(trigger.head);
        earlier.produced = true;
        discourse.lastSource = parties.source;
        discourse.lastParties = [...parties.source, ...parties.target];
      }
    }
    if (!events.length || events[events.length - 1].sentence !== sentence) {
      // ("It stopped short of sanctions, though ... shut their frontiers with Niger": a party named only
      // after the main verb is no subject; the pronoun subject continues the previous source)
      const verb = firstFiniteVerb(doc, sentence);
      const subject = groups.find((g) => !isLocative(doc, g, sentence) && g.start < verb);
      if (subject) discourse.lastSource = subject.slots;
    }
    // the sentence's main subject: the source of its first act, else its first named party
    const first = events.find((e) => e.sentence === sentence);
    const opening = groups.find((g) => !isLocative(doc, g, sentence));
    discourse.mainSource = first ? slotsFor(first.sourceActors, first.source) : opening?.slots ?? discourse.mainSource;
    discourse.named.push(groups.filter((g) => !isLocative(doc, g, sentence)).map((g) => g.slots));
  }
  events.push(...articleParties(doc, deferred, events, kb));
  events.push(...suppliedWeapons(doc, slots, events));
  events.push(...armsToWarringSide(doc, events));
  events.push(...armsToThreatenedSide(doc, events));
  events.push(...coordinatedForces(doc, events, verbHeads));
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  return placedLead(doc, withoutRestatements(datedLead(doc, nthDayDates(doc, withoutRestatedMeetings(doc, dedupe(doc, events, verbHeads))))), kb);
}

/** The first finite verb after an event noun (its clause's verb), unless a that-clause opens first; else the sentence end. */
function clauseVerbAfter(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end; k++) {
    if (lower(doc, k) === 'that') return s.end;
    if (/^(VBD|VBZ|VBP|MD)$/.test(doc.pos[k] ?? '')) return k;
  }
  return s.end;
}

const SYMMETRIC = new Set(['COOPERATE', 'CONSULT', 'AGREE']);

const WITHDRAWALS = new Set(['RETREAT', 'CONCEDE']);

/**
 * A definite event noun heading its own clause's subject ("the invasion was beginning", "The war has
 * killed ..."), naming no party in its phrase nor a date in its clause: an act the article told
 * before (a two-sided one, when one of its category was told a few sentences back), not a new one.
 */
function definiteSubjectRestated(doc: Doc, s: TokenRange, t: Trigger, groups: Group[], events: DocEvent[]): boolean {
  if (!t.noun || t.end >= s.end || !/^(VBD|VBZ|VBP|MD)$/.test(doc.pos[t.end] ?? '')) return false;
  // ("the hostilities continue", "fighting resumed": the act going on is news, not a restatement)
  if (lemmaIn(lower(doc, t.end), ONGOING) || lemmaIn(lower(doc, t.end + 1), ONGOING)) return false;
  let k = t.head - 1;
  while (k > s.start && /^(JJ|NN|NNS|VBN)$/.test(doc.pos[k] ?? '') && !groups.some((g) => g.start <= k && k < g.end)) k--;
  if (lower(doc, k) !== 'the' || groups.some((g) => g.start > k && g.start < t.end)) return false;
  // the phrase opens its clause ("now that the invasion ...", "The war has ..."; not "parties to the conflict have")
  if (k > s.start && !CLAUSE_OPENERS.has(lower(doc, k - 1))) return false;
  // (nor a date in its own clause: "The attack on Monday killed ...")
  if (doc.timexes.some((x) => x.start >= k && x.end <= s.end)) return false;
  const here = doc.sentenceOf(t.head);
  // (told for the first time, a one-sided act whose phrase names no party has no source here either:
  // "Blinken cancelled the meeting, saying ... now that the invasion was beginning" is no invasion by Blinken)
  return (!t.pattern.mutual && k > s.start) ||
    events.some((e) => e.category === t.pattern.category && e.sentence !== s && here - doc.sentenceOf(e.trigger.start) <= RESTATED_SPAN);
}

/** How many sentences back a definite event noun may refer. */
const RESTATED_SPAN = 5;
const ONGOING = ['continue', 'resume', 'escalate', 'intensify', 'persist', 'rage', 'spread', 'erupt', 'flare', 'break'];
const CLAUSE_OPENERS = new Set([',', 'that', 'and', 'but', 'as', 'while', 'when', 'after', 'since', 'because', 'although', ';', '"', '“']);

/** "at a meeting", "during their talks": a meeting noun after "at" / "during" is where an act took place. */
function venueMeeting(doc: Doc, s: TokenRange, t: Trigger): boolean {
  if (!t.noun || t.pattern.category !== 'CONSULT') return false;
  // ("during the two hour long talks": a few modifiers between)
  for (let k = t.head - 1; k >= s.start && k >= t.head - VENUE_SPAN; k--) {
    if (['at', 'during'].includes(lower(doc, k))) return true;
    if (!/^(DT|JJ|PRP\$|NN|NNS|NNP|CD|VBN|RB|HYPH)$/.test(doc.pos[k] ?? '') && lower(doc, k) !== '-') return false;
  }
  return false;
}

/** Peacekeepers in the deployment's noun phrase: after the verb, or before a deployment noun ("of UN peacekeeping troops"). */
function peacekeeping(doc: Doc, s: TokenRange, t: Trigger): boolean {
  const from = t.noun ? t.head - 1 : t.end;
  for (let k = from; k < s.end && k < t.end + PEACEKEEPER_SPAN; k++) {
    const w = lower(doc, k);
    if (w.startsWith('peacekeep')) return true;
    if (w === ',' || w === ';' || (k > t.end && /^(VB|MD)/.test(doc.pos[k] ?? ''))) return false;
  }
  return false;
}

/** The place a force is sent or deployed to: the first group after "to", "in" or "into" in the verb's phrase. */
function destination(doc: Doc, groups: Group[], from: number, s: TokenRange): Slot[] {
  for (let k = from; k < s.end - 1 && k < from + PEACEKEEPER_SPAN + 4; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';') return [];
    if (w !== 'to' && w !== 'in' && w !== 'into') continue;
    const g = groups.find((x) => x.start === k + 1 || (x.start === k + 2 && lower(doc, k + 1) === 'the'));
    if (g) return g.slots;
  }
  return [];
}

/** How far after a deployment its peacekeepers may be named ("the first deployment of UN peacekeeping soldiers"). */
const PEACEKEEPER_SPAN = 6;

/** How many modifiers may stand between "at" / "during" and the meeting noun. */
const VENUE_SPAN = 6;

/** "Condemning ...," / "Rejecting ...,": a verb in -ing with no word before it in its sentence. */
function opensSentenceAsParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  if (t.noun || !/ing$/.test(lower(doc, t.head))) return false;
  for (let k = s.start; k < t.head; k++) if (/^[A-Za-z]/.test(doc.tokens[k].text)) return false;
  return true;
}

/** "vessels deployed under the mission": a participle describing a noun, not an act of the subject. */
function reducedRelative(doc: Doc, head: number): boolean {
  return doc.pos[head] === 'VBN' && head > 0 && /^NNS?$/.test(doc.pos[head - 1] ?? '');
}

/** Troop movements: with no target in the text, aimed at (or yielding to) the article's adversary. */
const FORCE_MOVES = new Set(['MOBILIZE', 'RETREAT', 'CONCEDE']);

/** Acts whose purpose infinitive after a protest ("to demand", "to protest") is that protest's purpose. */
const PROTEST_PURPOSES = new Set(['PROTEST', 'REQUEST']);

/** The party an uncoded act still lacks that the whole article may supply, if any. */
function missingParty(doc: Doc, s: TokenRange, t: Trigger, parties: Parties, aid: boolean): Awaited | null {
  const category = t.pattern.category;
  const onlySource = parties.source.length > 0 && !parties.target.length;
  const onlyTarget = !parties.source.length && parties.target.length > 0;
  // "Norway is moving frigates into the North Sea": a show of force aimed at the article's adversary
  // (not a permission: "allow other countries to do the same" names no one it is granted to)
  if (FORCE_MOVES.has(category) && t.pattern.mode !== 'permit' && onlySource && !aid && (!t.noun || launchedBy(doc, s, t.head)) && !reducedRelative(doc, t.head)) return 'adversary';
  // "Georgian troops had hit bridges on the river": in a war, at the other side
  if (category === 'ASSAULT' && onlySource && !reducedRelative(doc, t.head)) return 'enemy';
  // "Meng was arrested at the request of the U.S.", "Gershkovich had been sentenced": captors the
  // clause does not name, nor its place
  if (category === 'COERCE' && onlyTarget && parties.agentless) return 'captor';
  // "half a million vaccine doses will reach Dhaka on Friday": goods whose sender the sentence does not name
  if (category === 'AID' && onlyTarget) return 'donor';
  return null;
}

/** The sentence's first finite verb or modal (its end when it has none). */
function firstFiniteVerb(doc: Doc, sentence: TokenRange): number {
  for (let k = sentence.start; k < sentence.end; k++) if (/^(VBD|VBZ|VBP|MD)$/.test(doc.pos?.[k] ?? '')) return k;
  return sentence.end;
}

/** Words that may stand before a clause-opening subject noun ("However, the talks have ..."). */
const SENTENCE_OPENERS = new Set(['the', 'but', 'however', 'yet', 'so', 'and', ',', 'these', 'those']);

/** Is the trigger noun the subject opening its sentence, a finite verb after it ("Talks have ...", "The talks stalled")? */
function opensClause(doc: Doc, s: TokenRange, t: Trigger): boolean {
  for (let k = s.start; k < t.head; k++) if (!SENTENCE_OPENERS.has(lower(doc, k))) return false;
  return t.end < s.end && /^(VB[DZP]|MD)$/.test(doc.pos[t.end] ?? '');
}

/** How many sentences back the talks a bare "Talks ..." resumes may have been told. */
const TOLD_SPAN = 2;

/**
 * The parties a mediator's act told a sentence or two before is between ("tried to reconcile Serbia
 * and Kosovo"): their own talks are an act of their own. None when the acts of the kind told there
 * have different parties, or when one of them is the parties' own (a restatement: "The meeting lasted six hours").
 */
function toldSides(doc: Doc, events: DocEvent[], s: TokenRange, t: Trigger): string[] | null {
  const here = doc.sentenceOf(t.head);
  const told = events.filter((e) => e.category === t.pattern.category && !e.negated && e.sentence !== s &&
    e.trigger.start < t.head && here - doc.sentenceOf(e.trigger.start) <= TOLD_SPAN);
  const sides = new Set(told.map((e) => [...new Set(e.mode === 'third-party' ? e.target : [...e.source, ...e.target])].join()));
  if (sides.size !== 1 || told.some((e) => e.mode !== 'third-party')) return null;
  const codes = [...sides][0].split(',');
  return codes.length >= 2 ? codes : null;
}

