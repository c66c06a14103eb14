// English PLOVER event patterns (data). Heads are lemmas; the coder matches inflected forms.
// Ids are "<category>.<head>[.<variant>]" and must stay unique: events store them in `rule`.
import type { EventPattern } from '../../lexicon-types.js';

const WITH = ['with', 'between', 'among'];
const AGAINST = ['on', 'against', 'upon'];
const DIPLOMATS = ['ambassador', 'envoy', 'diplomat', 'consul', 'attache', 'charge'];
const TIES = ['tie', 'relation', 'contact'];
const AID_GOODS = ['aid', 'assistance', 'vaccine', 'dose', 'supply', 'weapon', 'arm', 'ammunition', 'food', 'medicine', 'loan', 'fund', 'equipment', 'relief', 'grant', 'team', 'doctor', 'rescuer', 'expert', 'generator', 'tent', 'grain', 'wheat', 'flour', 'rice', 'maize', 'ration', 'clothing', 'oxygen', 'ventilator', 'blanket', 'consignment', 'shipment', 'intelligence'];
/** Goods whose arrival is aid ("doses from India reached Bhutan"); not teams or experts, whose arrival is a visit. */
const ARRIVING_GOODS = AID_GOODS.filter((g) => !['team', 'expert', 'intelligence', 'loan', 'fund', 'grant'].includes(g));
/** What governments "fight" without fighting anyone: the object of a campaign, not an enemy. */
const SCOURGES = ['terrorism', 'terror', 'corruption', 'extremism', 'poverty', 'crime', 'drug', 'narcotic', 'pandemic', 'virus',
  'disease', 'inflation', 'climate', 'trafficking', 'smuggling', 'piracy', 'hunger', 'famine', 'misinformation', 'disinformation'];
/** What an act is said to amount to: a coercion it was not declared as ("amounted to a trade ban"). */
const EQUATED_COERCION = ['ban', 'embargo', 'blockade', 'annexation', 'punishment', 'declaration', 'act of war', 'war crime', 'sanction'];
/** What a government or movement mobilizes without mobilizing a force (nouns that are not also verbs). */
const CIVIL_MOBILIZATION = ['supporter', 'voter', 'resource', 'public', 'opinion', 'community', 'donor', 'lobbyist',
  'investment', 'volunteer', 'diplomacy', 'money'];
/** ... and words that are, right after the verb ("mobilized pressure groups", "mobilized aid"). */
const CIVIL_MOBILIZATION_NEXT = ['pressure', 'support', 'aid', 'funds', 'funding', 'international'];
/** What one claims for oneself, not about another party ("claimed responsibility", "claimed the lives of", "claimed to be"). */
const CLAIMED_THINGS = ['responsibility', 'credit', 'victory', 'the', 'a', 'an', 'to', 'its', 'his', 'her', 'their', 'our', 'my',
  'lives', 'life', 'it', 'them', 'him', 'back', 'ownership', 'sovereignty', 'asylum', 'compensation', 'damages', 'refugee',
  'status', 'title', 'seats', 'seat', 'power', 'control', 'success', 'authorship', 'more', 'some', 'all', 'part', 'parts'];
const MONEY = ['million', 'billion', 'dollar', 'euro', 'pound', 'yen'];
const WARSHIPS = ['warship', 'warships', 'frigate', 'frigates', 'destroyer', 'destroyers', 'carrier', 'carriers', 'submarine', 'submarines', 'cruiser', 'cruisers', 'corvette', 'corvettes'];
const CEASED_FIRE = ['firing', 'fire', 'shelling', 'hostility', 'fighting', 'attack', 'bombing', 'airstrike', 'combat'];
const GATHERINGS = ['protest', 'rally', 'demonstration', 'march', 'gathering', 'strike', 'sit-in', 'vigil'];
// seizing these by force is ASSAULT (SCHEMA), seizing ships or goods COERCE
const TERRITORY = ['town', 'city', 'village', 'territory', 'airport', 'base', 'region', 'district', 'province', 'capital', 'hill', 'outpost', 'border crossing'];
const PROJECTILES = ['missile', 'rocket', 'drone', 'projectile', 'mortar', 'shell', 'grenade', 'bomb'];
const SANCTION_NOUNS = ['sanction', 'embargo', 'tariff', 'duty', 'levy', 'penalty', 'restriction', 'ban', 'curb', 'quota'];
// verdicts that make "called / described / branded X (as) ..." a criticism of X or of X's author
const HOSTILE_VERDICTS = ['provocation', 'provocative', 'aggression', 'aggressive', 'blackmail', 'payback', 'revenge', 'violation',
  'hijacking', 'piracy', 'terrorism', 'terrorist', 'mistake', 'crime', 'outrage', 'outrageous', 'insult', 'disgrace', 'farce', 'sham',
  'lie', 'propaganda', 'interference', 'illegal', 'unacceptable', 'unjustified', 'baseless', 'absurd', 'irresponsible', 'hostile',
  'reckless', 'unfriendly', 'illegitimate', 'betrayal', 'blow', 'stupidity', 'senseless', 'shameful', 'cynical', 'hypocritical',
  'barbaric', 'criminal', 'threat', 'unlawful', 'invasion', 'genocide', 'theft', 'liar', 'occupier', 'aggressor', 'dictator',
  'tyrant', 'warmonger', 'thug', 'murderer', 'puppet', 'bully', 'dangerous'];
// forces of nature and accidents that strike, kill or injure without an attacker ("Hurricane Katrina struck the coast",
// "a train struck a garbage truck", "the earthquake killed 300 people")
const NATURAL_FORCES = ['hurricane', 'storm', 'typhoon', 'cyclone', 'tornado', 'earthquake', 'quake', 'tremor', 'tsunami', 'flood',
  'flooding', 'wildfire', 'fire', 'blaze', 'landslide', 'mudslide', 'avalanche', 'drought', 'heatwave', 'lightning', 'virus',
  'pandemic', 'epidemic', 'outbreak', 'disease', 'train', 'truck', 'lorry', 'bus', 'car', 'crash', 'accident', 'collision'];
// what one receives that is no visitor ("received a $24-a-share offer", "received a letter from Kim")
const RECEIVED_THINGS = ['offer', 'letter', 'call', 'message', 'request', 'invitation', 'award', 'prize', 'payment', 'bid', 'share',
  'reply', 'response', 'warning', 'threat', 'complaint', 'apology', 'order', 'report', 'sentence', 'approval', 'permission',
  'backing', 'support', 'boost', 'blow', 'briefing', 'copy', 'document', 'notice', 'note', 'signal', 'vote', 'funding', 'loan'];
// words that make a "war" or "battle" a figure of speech, a rivalry or a past era rather than fighting
const NOT_FIGHTING = ['cold', 'trade', 'price', 'tariff', 'currency', 'bidding', 'turf', 'culture', 'propaganda', 'word', 'words',
  'information', 'custody', 'court', 'legal', 'courtroom', 'political', 'election', 'electoral', 'takeover', 'proxy', 'uphill',
  'budget', 'ratings', 'prisoners of', 'prisoner of', 'world'];
// what a government, an army or a group publishes rather than frees ("released a statement", "a video released by the group")
const PUBLISHED = ['statement', 'report', 'video', 'footage', 'image', 'photo', 'picture', 'detail', 'figure', 'data', 'result',
  'list', 'document', 'communique', 'communiqué', 'letter', 'finding', 'transcript', 'recording', 'audio', 'text', 'declaration'];
const FRIENDLY_VERDICTS = ['historic', 'milestone', 'breakthrough', 'landmark', 'positive', 'constructive', 'encouraging', 'welcome',
  'commendable', 'courageous', 'wise'];
// acts a claim may credit rather than blame another party with ("what it said was an offer of help")
const FRIENDLY_ACTS = ['offer', 'proposal', 'help', 'support', 'aid', 'assistance', 'gesture', 'goodwill', 'concession', 'progress'];
// what a party can be said to violate or breach
const BINDING_TERMS = ['ceasefire', 'truce', 'agreement', 'accord', 'deal', 'treaty', 'airspace', 'sovereignty', 'border',
  'rule', 'law', 'resolution', 'commitment', 'obligation', 'territory', 'water', 'armistice', 'understanding'];
// verbs of a rally's purpose: "protested to demand ..." is a demonstration, not a note to a government
const PROTEST_PURPOSES = ['demand', 'denounce', 'condemn', 'call', 'press', 'voice', 'express', 'mark', 'show', 'oppose', 'protest',
  'support', 'urge', 'ask', 'seek', 'reject', 'decry', 'demonstrate', 'highlight', 'commemorate', 'honour', 'honor', 'defend', 'save', 'stop', 'end', 'the'];
// naming verbs whose verdict judges their object (not "called on", "called for", a phone call)
const NOT_A_VERDICT = ['on', 'upon', 'for', 'off', 'in', 'out', 'up', 'back', 'to', 'with'];

export const LEXICON: EventPattern[] = [
  // AGREE: agree, promise, commit
  { id: 'agree.agree', category: 'AGREE', lemma: 'agree', pos: 'verb', object: false, preps: ['with', 'between', 'to', 'for'], symmetric: true, complement: 'planned', notPurpose: true },
  { id: 'agree.agreement', category: 'AGREE', lemma: 'agreement', pos: 'noun', preps: WITH, symmetric: true, complement: 'planned', before: ['reach', 'reached', 'struck', 'strike', 'no', 'new', 'an', 'ceasefire', 'peace', 'truce'] },
  { id: 'agree.deal', category: 'AGREE', lemma: 'deal', pos: 'noun', preps: WITH, symmetric: true, complement: 'planned', before: ['reach', 'reached', 'struck', 'strike', 'clinched', 'sealed'] },
  { id: 'agree.promise', category: 'AGREE', lemma: 'promise', pos: 'verb', preps: ['to', 'for', 'with'], complement: 'planned' },
  { id: 'agree.vow', category: 'AGREE', lemma: 'vow', pos: 'verb', preps: ['to', 'for', 'with'], notFollowedBy: ['not', 'never'], complement: 'planned' },
  { id: 'agree.consent', category: 'AGREE', lemma: 'consent', pos: 'verb', after: ['to'], preps: ['to', 'with'], complement: 'planned' },
  { id: 'agree.undertake', category: 'AGREE', lemma: 'undertake', pos: 'verb', after: ['to'], preps: ['to', 'with'], complement: 'planned' },
  { id: 'agree.pledge', category: 'AGREE', lemma: 'pledge', pos: 'verb', after: ['to'], preps: ['to', 'for', 'with'], complement: 'planned' },
  { id: 'agree.commit', category: 'AGREE', lemma: 'commit', pos: 'verb', after: ['to'], preps: ['to', 'for', 'with'], complement: 'planned' },
  { id: 'agree.assure', category: 'AGREE', lemma: 'assure', pos: 'verb' },
  { id: 'agree.offer', category: 'AGREE', lemma: 'offer', pos: 'verb', preps: ['to', 'for', 'with'], prepFirst: true, notFollowedBy: ['any', 'no', 'evidence', 'proof', 'details', 'condolences', 'comment'], exceptObjectNoun: ['prayer', 'sympathy'], complement: 'hypothetical' },
  { id: 'agree.accept', category: 'AGREE', lemma: 'accept', pos: 'verb', object: false, preps: ['from'] },
  { id: 'agree.breakthrough', category: 'AGREE', lemma: 'breakthrough', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'agree.consensus', category: 'AGREE', lemma: 'consensus', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'agree.willing', category: 'AGREE', lemma: 'willing', pos: 'any', after: ['to'], object: true, preps: ['to', 'for', 'with'], prepFirst: true, complement: 'hypothetical' },
  { id: 'agree.prepared', category: 'AGREE', lemma: 'prepare', pos: 'any', after: ['to'], before: ['is', 'are', 'was', 'were', 'be', 'been', "'s", 'am'], object: true, preps: ['to', 'for', 'with'], prepFirst: true, complement: 'hypothetical' },
  { id: 'agree.ready', category: 'AGREE', lemma: 'ready', pos: 'any', after: ['to'], object: true, preps: ['to', 'for', 'with'], prepFirst: true, complement: 'hypothetical' },

  // CONSULT: meetings, visits, talks, calls, mediation
  { id: 'consult.meet', category: 'CONSULT', lemma: 'meet', pos: 'verb', object: true, preps: ['with'], symmetric: true, exceptObjectNoun: ['demand', 'condition', 'requirement', 'target', 'deadline', 'need', 'expectation', 'criterion', 'obligation', 'goal', 'standard', 'threshold', 'challenge'] },
  { id: 'consult.meeting', category: 'CONSULT', lemma: 'meeting', pos: 'noun', preps: ['with', 'between', 'among'], symmetric: true, domestic: true },
  { id: 'consult.talk', category: 'CONSULT', lemma: 'talk', pos: 'any', object: false, preps: ['with', 'between', 'among', 'to'], symmetric: true },
  { id: 'consult.discuss', category: 'CONSULT', lemma: 'discuss', pos: 'verb', object: false, preps: ['with'], symmetric: true },
  { id: 'consult.discussion', category: 'CONSULT', lemma: 'discussion', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'consult.negotiate', category: 'CONSULT', lemma: 'negotiate', pos: 'verb', object: false, preps: ['with'], symmetric: true },
  { id: 'consult.negotiation', category: 'CONSULT', lemma: 'negotiation', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'consult.dialogue', category: 'CONSULT', lemma: 'dialogue', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'consult.consultation', category: 'CONSULT', lemma: 'consultation', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'consult.consult', category: 'CONSULT', lemma: 'consult', pos: 'verb', object: true, preps: ['with'], symmetric: true },
  { id: 'consult.confer', category: 'CONSULT', lemma: 'confer', pos: 'verb', object: false, preps: ['with'], symmetric: true },
  { id: 'consult.speak', category: 'CONSULT', lemma: 'speak', pos: 'verb', object: false, preps: ['with', 'to'], symmetric: true },
  { id: 'consult.phone-call', category: 'CONSULT', mode: 'phone', lemma: 'call', pos: 'noun', before: ['phone', 'telephone', 'video'], preps: WITH, symmetric: true },
  { id: 'consult.phone', category: 'CONSULT', mode: 'phone', lemma: 'phone', pos: 'verb', object: true, preps: ['with'] },
  { id: 'consult.telephone', category: 'CONSULT', mode: 'phone', lemma: 'telephone', pos: 'verb', object: true, preps: ['with'] },
  { id: 'consult.call', category: 'CONSULT', mode: 'phone', lemma: 'call', pos: 'verb', object: true, notFollowedBy: ['on', 'for', 'upon', 'off', 'in', 'out', 'up', 'back', 'it', 'him', 'her', 'them', 'this', 'that', 'a', 'an', 'themselves', 'itself', 'himself', 'herself', 'what'], notNaming: true },
  { id: 'consult.visit', category: 'CONSULT', mode: 'visit', lemma: 'visit', pos: 'verb', object: true },
  { id: 'consult.visit-noun', category: 'CONSULT', mode: 'visit', lemma: 'visit', pos: 'noun', preps: ['to'] },
  { id: 'consult.trip', category: 'CONSULT', mode: 'visit', lemma: 'trip', pos: 'noun', preps: ['to'] },
  { id: 'consult.arrive', category: 'CONSULT', mode: 'visit', lemma: 'arrive', pos: 'verb', object: false, preps: ['in'] },
  { id: 'consult.host', category: 'CONSULT', mode: 'visit', lemma: 'host', pos: 'verb', object: true, preps: ['with', 'between', 'among'], swap: true, prepFirst: true },
  { id: 'consult.receive', category: 'CONSULT', mode: 'visit', lemma: 'receive', pos: 'verb', object: true, swap: true, exceptObjectNoun: RECEIVED_THINGS },
  { id: 'consult.summit', category: 'CONSULT', mode: 'multilateral', lemma: 'summit', pos: 'noun', preps: ['with', 'between', 'among', 'of'], symmetric: true, domestic: true },
  { id: 'consult.conference', category: 'CONSULT', mode: 'multilateral', lemma: 'conference', pos: 'noun', preps: ['with', 'between', 'among'], symmetric: true, notFollowedBy: ['call'], before: ['peace', 'pledging', 'donor', 'international', 'security', 'regional', 'emergency', 'joint', 'summit-level', 'ministerial'], domestic: true },
  { id: 'consult.mediate', category: 'CONSULT', mode: 'third-party', lemma: 'mediate', pos: 'verb', object: true, preps: ['between'] },
  // ('any': "agreements – brokered by Russia" may be read as an adjective, "an honest broker between" as a noun)
  { id: 'consult.broker', category: 'CONSULT', mode: 'third-party', lemma: 'broker', pos: 'any', object: true, preps: ['between'] },
  { id: 'consult.mediation', category: 'CONSULT', mode: 'third-party', lemma: 'mediation', pos: 'noun', preps: ['between'] },
  // "sought to end the dispute between the police and strikers", "reconcile the differences between Chad and Sudan"
  { id: 'consult.resolve-dispute', category: 'CONSULT', mode: 'third-party', lemma: 'resolve', pos: 'verb', objectNoun: ['standoff', 'dispute', 'difference', 'rift', 'crisis', 'conflict', 'row'], object: false, preps: ['between'] },
  { id: 'consult.reconcile', category: 'CONSULT', mode: 'third-party', lemma: 'reconcile', pos: 'verb', object: true, preps: ['between'] },
  // "Oman, which said it had co-ordinated the handover": arranging the parties' exchange or talks
  { id: 'consult.coordinate', category: 'CONSULT', mode: 'third-party', lemma: 'coordinate', pos: 'verb', objectNoun: ['swap', 'exchange', 'release', 'talk', 'negotiation', 'evacuation', 'handover'], object: false, preps: ['between'] },
  { id: 'consult.co-ordinate', category: 'CONSULT', mode: 'third-party', lemma: 'co-ordinate', pos: 'verb', objectNoun: ['swap', 'exchange', 'release', 'talk', 'negotiation', 'evacuation', 'handover'], object: false, preps: ['between'] },

  // SUPPORT: praise, thanks, welcome, recognition, signing agreements, restoring ties
  { id: 'support.praise', category: 'SUPPORT', lemma: 'praise', pos: 'verb' },
  { id: 'support.welcome', category: 'SUPPORT', lemma: 'welcome', pos: 'verb' },
  { id: 'support.thank', category: 'SUPPORT', lemma: 'thank', pos: 'verb' },
  { id: 'support.commend', category: 'SUPPORT', lemma: 'commend', pos: 'verb' },
  // "called the accord historic", "described the release as a positive step": a friendly verdict
  ...['call', 'describe', 'term'].map((lemma): EventPattern => (
    { id: `support.${lemma}-verdict`, category: 'SUPPORT', lemma, pos: 'verb', objectNoun: FRIENDLY_VERDICTS, notFollowedBy: NOT_A_VERDICT, verdict: true, complement: 'suppress' })),
  { id: 'support.hail', category: 'SUPPORT', lemma: 'hail', pos: 'verb' },
  { id: 'support.congratulate', category: 'SUPPORT', lemma: 'congratulate', pos: 'verb' },
  { id: 'support.applaud', category: 'SUPPORT', lemma: 'applaud', pos: 'verb' },
  { id: 'support.laud', category: 'SUPPORT', lemma: 'laud', pos: 'verb' },
  { id: 'support.salute', category: 'SUPPORT', lemma: 'salute', pos: 'verb' },
  { id: 'support.extol', category: 'SUPPORT', lemma: 'extol', pos: 'verb' },
  { id: 'support.endorse', category: 'SUPPORT', lemma: 'endorse', pos: 'verb' },
  { id: 'support.back', category: 'SUPPORT', lemma: 'back', pos: 'verb' },
  { id: 'support.recognize', category: 'SUPPORT', lemma: 'recognize', pos: 'verb' },
  { id: 'support.express', category: 'SUPPORT', lemma: 'express', pos: 'verb', objectNoun: ['gratitude', 'support', 'solidarity', 'appreciation', 'thanks'], object: false, preps: ['to', 'for', 'with'], complement: 'suppress' },
  // "pledged support for Azerbaijan", "voiced solidarity with Cuba", "reaffirmed its support to Kyiv"
  ...['voice', 'reaffirm', 'reiterate', 'pledge', 'declare', 'show', 'extend'].map((lemma): EventPattern => (
    { id: `support.${lemma}-support`, category: 'SUPPORT', lemma, pos: 'verb', objectNoun: ['support', 'solidarity', 'backing', 'gratitude', 'appreciation'], object: false, preps: ['to', 'for', 'with'], complement: 'suppress' })),
  { id: 'support.sign', category: 'SUPPORT', lemma: 'sign', pos: 'verb', objectNoun: ['agreement', 'deal', 'treaty', 'accord', 'pact', 'memorandum', 'declaration'], object: false, preps: WITH, symmetric: true },
  { id: 'support.ratify', category: 'SUPPORT', lemma: 'ratify', pos: 'verb', object: false, preps: WITH, symmetric: true },
  { id: 'support.restore', category: 'SUPPORT', lemma: 'restore', pos: 'verb', objectNoun: TIES, object: false, preps: WITH, symmetric: true },
  { id: 'support.resume', category: 'SUPPORT', lemma: 'resume', pos: 'verb', objectNoun: TIES, object: false, preps: WITH, symmetric: true },
  { id: 'support.establish', category: 'SUPPORT', lemma: 'establish', pos: 'verb', objectNoun: TIES, object: false, preps: WITH, symmetric: true },
  { id: 'support.upgrade', category: 'SUPPORT', lemma: 'upgrade', pos: 'verb', objectNoun: TIES, object: false, preps: WITH, symmetric: true },
  { id: 'support.renew', category: 'SUPPORT', lemma: 'renew', pos: 'verb', objectNoun: TIES, object: false, preps: WITH, symmetric: true },
  { id: 'support.reopen-embassy', category: 'SUPPORT', lemma: 'reopen', pos: 'verb', objectNoun: ['embassy', 'consulate', 'mission'], object: false, preps: ['in', 'to', 'with'], symmetric: true },
  { id: 'support.support', category: 'SUPPORT', lemma: 'support', pos: 'verb' },
  // '"Congratulations to Kenya and Somalia," Biden said', "sent his congratulations to": the speaker's praise
  { id: 'support.congratulations', category: 'SUPPORT', lemma: 'congratulation', pos: 'noun', preps: ['to'] },
  { id: 'support.welcome-noun', category: 'SUPPORT', lemma: 'welcome', pos: 'noun', preps: ['to'] },
  { id: 'support.defend', category: 'SUPPORT', lemma: 'defend', pos: 'verb' },
  { id: 'support.approve', category: 'SUPPORT', lemma: 'approve', pos: 'verb' },

  // CONCEDE: declared (not yet implemented) ceasefires and withdrawals, easing restrictions
  { id: 'concede.declare-ceasefire', category: 'CONCEDE', lemma: 'declare', pos: 'verb', objectNoun: ['ceasefire', 'truce'], object: false, preps: ['with'], domestic: true },
  { id: 'concede.announce-ceasefire', category: 'CONCEDE', lemma: 'announce', pos: 'verb', objectNoun: ['ceasefire', 'truce', 'withdrawal', 'pullback'], exceptObjectNoun: ['agreement', 'deal', 'accord', 'signing'], object: false, preps: ['with', 'in', 'from'] },
  { id: 'concede.order-withdrawal', category: 'CONCEDE', lemma: 'order', pos: 'verb', objectNoun: ['withdrawal', 'pullback', 'pullout', 'retreat', 'ceasefire', 'truce'], object: false, preps: ['from', 'in', 'with'] },
  { id: 'concede.ease', category: 'CONCEDE', lemma: 'ease', pos: 'verb', objectNoun: ['restriction', 'sanction', 'curfew', 'ban', 'embargo', 'blockade', 'measure', 'emergency'], object: false, preps: ['on', 'against', 'in'] },
  { id: 'concede.lift', category: 'CONCEDE', lemma: 'lift', pos: 'verb', objectNoun: ['restriction', 'sanction', 'curfew', 'ban', 'embargo', 'blockade', 'tariff', 'emergency', 'siege'], object: false, preps: ['on', 'against', 'in'] },
  { id: 'concede.pardon', category: 'CONCEDE', lemma: 'pardon', pos: 'verb' },
  // "declared the large-scale drills near Taiwan ... over": a declared end of a show of force
  { id: 'concede.declare-over', category: 'CONCEDE', lemma: 'declare', pos: 'verb', objectNoun: ['maneuver', 'manoeuvre', 'exercise', 'drill', 'buildup', 'deployment'], object: false, preps: ['in', 'near', 'along', 'around'] },
  { id: 'concede.meet-demands', category: 'CONCEDE', lemma: 'meet', pos: 'verb', objectNoun: ['demand'], object: false, preps: ['of', 'from', 'by'], sourcePreps: [], complement: 'suppress' },
  { id: 'concede.give-in', category: 'CONCEDE', lemma: 'give', pos: 'verb', after: ['in', 'to'], object: true },
  { id: 'concede.bow-to', category: 'CONCEDE', lemma: 'bow', pos: 'verb', after: ['to'], object: true },
  { id: 'concede.back-down', category: 'CONCEDE', lemma: 'back', pos: 'verb', after: ['down'], object: false, preps: ['on', 'from', 'over'] },
  { id: 'concede.amnesty', category: 'CONCEDE', lemma: 'grant', pos: 'verb', objectNoun: ['amnesty'], object: false, preps: ['to', 'for'], domestic: true },
  // "allowed the opposition to hold a rally", "will allow the inspectors to return": a restriction eased
  { id: 'concede.allow', category: 'CONCEDE', mode: 'permit', lemma: 'allow', pos: 'verb', object: true, notFollowedBy: ['for', 'it', 'itself', 'me', 'us'], notPurpose: true },
  { id: 'concede.call-off', category: 'CONCEDE', lemma: 'call', pos: 'verb', after: ['off'], objectNoun: ['strike', 'protest', 'boycott', 'demonstration', 'rally', 'march', 'offensive', 'operation', 'walkout'], object: false, preps: ['against'], domestic: true },
  { id: 'concede.concede-to', category: 'CONCEDE', lemma: 'concede', pos: 'verb', after: ['to'], object: false, preps: ['to', 'from', 'by'] },
  { id: 'concede.apologize', category: 'CONCEDE', lemma: 'apologize', pos: 'verb', object: false, preps: ['to'] },
  { id: 'concede.accept-demands', category: 'CONCEDE', lemma: 'accept', pos: 'verb', objectNoun: ['demand', 'condition', 'ultimatum'], object: false, preps: ['from', 'of', 'by'], sourcePreps: [] },
  { id: 'concede.shorten-curfew', category: 'CONCEDE', lemma: 'shorten', pos: 'verb', objectNoun: ['curfew'], object: false, preps: ['in', 'on'] },

  // COOPERATE: joint exercises, security and judicial cooperation
  { id: 'cooperate.joint-exercise', category: 'COOPERATE', lemma: 'exercise', pos: 'noun', before: ['joint', 'bilateral', 'trilateral'], preps: WITH, symmetric: true },
  { id: 'cooperate.jointly', category: 'COOPERATE', lemma: 'jointly', pos: 'any', object: false, preps: ['with'], symmetric: true },
  { id: 'cooperate.joint-patrol', category: 'COOPERATE', lemma: 'patrol', pos: 'noun', before: ['joint'], preps: WITH, symmetric: true },
  { id: 'cooperate.joint-drill', category: 'COOPERATE', lemma: 'drill', pos: 'noun', before: ['joint', 'bilateral', 'trilateral'], preps: WITH, symmetric: true },
  { id: 'cooperate.exercise-with', category: 'COOPERATE', lemma: 'exercise', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'cooperate.drill-with', category: 'COOPERATE', lemma: 'drill', pos: 'noun', preps: WITH, symmetric: true },
  // one side's own drills and exercises are a show of force ("held military drills near Taiwan")
  { id: 'mobilize.military-drill', category: 'MOBILIZE', mode: 'exercise', lemma: 'drill', pos: 'noun', before: ['military', 'naval', 'live-fire', 'air', 'missile', 'nuclear', 'army', 'combat'], notFollowedBy: ['with', 'between', 'among'], preps: ['near', 'around', 'off', 'along', 'against'] },
  { id: 'mobilize.military-exercise', category: 'MOBILIZE', mode: 'exercise', lemma: 'exercise', pos: 'noun', before: ['military', 'naval', 'live-fire', 'air', 'missile', 'nuclear', 'army', 'combat', 'large-scale'], notFollowedBy: ['with', 'between', 'among'], preps: ['near', 'around', 'off', 'along', 'against'] },
  { id: 'cooperate.cooperate', category: 'COOPERATE', lemma: 'cooperate', pos: 'verb', object: false, preps: ['with', 'on'], symmetric: true },
  { id: 'cooperate.cooperation', category: 'COOPERATE', lemma: 'cooperation', pos: 'noun', preps: WITH, symmetric: true },
  { id: 'cooperate.extradite', category: 'COOPERATE', lemma: 'extradite', pos: 'verb', object: false, preps: ['to'] },
  { id: 'cooperate.share', category: 'COOPERATE', lemma: 'share', pos: 'verb', objectNoun: ['intelligence', 'information', 'data', 'evidence', 'expertise', 'technology'], object: false, preps: ['with'], symmetric: true },
  { id: 'cooperate.war-games', category: 'COOPERATE', lemma: 'game', pos: 'noun', before: ['war'], preps: WITH, symmetric: true },

  // AID: material aid, loans, troops sent to support a government, asylum
  { id: 'aid.aid', category: 'AID', mode: 'economic', lemma: 'aid', pos: 'noun', preps: ['to', 'for'] },
  { id: 'aid.assistance', category: 'AID', lemma: 'assistance', pos: 'noun', preps: ['to', 'for'] },
  { id: 'aid.send', category: 'AID', lemma: 'send', pos: 'verb', objectNoun: AID_GOODS, object: false, preps: ['to', 'for'] },
  // "sent an emissary to Juba to talk with every faction", "dispatched a delegation to Moscow": a visit by proxy
  ...['send', 'dispatch'].map((lemma): EventPattern => (
    { id: `consult.${lemma}-envoy`, category: 'CONSULT', mode: 'visit', lemma, pos: 'verb', objectNoun: ['envoy', 'delegation', 'emissary', 'mediator', 'negotiator'], object: false, preps: ['to'] })),
  { id: 'aid.deliver', category: 'AID', lemma: 'deliver', pos: 'verb', objectNoun: AID_GOODS, object: false, preps: ['to', 'for'] },
  { id: 'aid.provide', category: 'AID', lemma: 'provide', pos: 'verb', objectNoun: AID_GOODS, object: true, preps: ['to', 'for'] },
  { id: 'aid.supply', category: 'AID', lemma: 'supply', pos: 'verb', object: true, preps: ['to', 'with'] },
  { id: 'aid.donate', category: 'AID', lemma: 'donate', pos: 'verb', object: false, preps: ['to'] },
  { id: 'aid.pledge-aid', category: 'AID', lemma: 'pledge', pos: 'verb', objectNoun: [...AID_GOODS, ...MONEY], object: false, preps: ['to', 'for'] },
  // "vaccine doses dispatched from India reached Bhutan", "a consignment from Qatar will land in Gaza":
  // goods arriving, from the party they come from to the one they reach
  // "Tents were also sent to Laos", "the doses will be delivered to Nepal": goods as the subject of a passive
  { id: 'aid.goods-sent', category: 'AID', lemma: 'send', pos: 'verb', subjectNoun: ARRIVING_GOODS, object: false, preps: ['to', 'for'] },
  { id: 'aid.goods-delivered', category: 'AID', lemma: 'deliver', pos: 'verb', subjectNoun: ARRIVING_GOODS, object: false, preps: ['to', 'for'] },
  { id: 'aid.reach', category: 'AID', lemma: 'reach', pos: 'verb', subjectNoun: ARRIVING_GOODS, object: true },
  { id: 'aid.arrive', category: 'AID', lemma: 'arrive', pos: 'verb', subjectNoun: ARRIVING_GOODS, object: false, preps: ['in', 'at'] },
  { id: 'aid.land', category: 'AID', lemma: 'land', pos: 'verb', subjectNoun: ARRIVING_GOODS, object: false, preps: ['in', 'at'] },
  { id: 'aid.receive', category: 'AID', lemma: 'receive', pos: 'verb', objectNoun: AID_GOODS, object: false, sourcePreps: ['from'], swap: true },
  { id: 'aid.loan', category: 'AID', mode: 'economic', lemma: 'loan', pos: 'noun', preps: ['to', 'for'] },
  { id: 'aid.bailout', category: 'AID', mode: 'economic', lemma: 'bailout', pos: 'noun', preps: ['to', 'for'] },
  { id: 'aid.asylum', category: 'AID', mode: 'asylum', lemma: 'grant', pos: 'verb', objectNoun: ['asylum'], object: true, preps: ['to'] },
  { id: 'aid.give', category: 'AID', lemma: 'give', pos: 'verb', objectNoun: AID_GOODS, object: true, preps: ['to', 'for'] },
  { id: 'aid.hand-over', category: 'AID', lemma: 'hand', pos: 'verb', after: ['over'], objectNoun: AID_GOODS, object: false, preps: ['to'] },
  { id: 'aid.ship', category: 'AID', lemma: 'ship', pos: 'verb', objectNoun: AID_GOODS, object: false, preps: ['to', 'for'] },
  { id: 'aid.dispatch', category: 'AID', lemma: 'dispatch', pos: 'verb', objectNoun: AID_GOODS, object: false, preps: ['to', 'for'] },
  { id: 'aid.airlift', category: 'AID', lemma: 'airlift', pos: 'verb', object: false, preps: ['to', 'for'] },
  { id: 'aid.deposit', category: 'AID', mode: 'economic', lemma: 'deposit', pos: 'verb', objectNoun: MONEY, object: false, preps: ['in', 'with', 'to'] },
  { id: 'aid.evacuate', category: 'AID', lemma: 'evacuate', pos: 'verb', objectNoun: ['wounded', 'injured', 'civilian', 'refugee', 'resident', 'child', 'people', 'citizen', 'national'], object: false, preps: ['from'] },

  // RETREAT: implemented withdrawals, releases, prisoner exchanges, observed ceasefires
  { id: 'retreat.demobilize', category: 'RETREAT', lemma: 'demobilize', pos: 'verb', domestic: true },
  { id: 'retreat.disarm', category: 'RETREAT', lemma: 'disarm', pos: 'verb', object: false, domestic: true },
  { id: 'retreat.evacuate-forces', category: 'RETREAT', mode: 'withdraw', lemma: 'evacuate', pos: 'verb', objectNoun: ['troop', 'force', 'soldier', 'personnel', 'garrison'], object: false, preps: ['from'] },
  { id: 'retreat.evacuate-settlements', category: 'RETREAT', mode: 'withdraw', lemma: 'evacuate', pos: 'verb', objectNoun: ['settlement', 'outpost', 'base', 'position', 'garrison'], object: false, preps: ['from'] },
  { id: 'retreat.withdraw', category: 'RETREAT', mode: 'withdraw', lemma: 'withdraw', pos: 'verb', object: false, preps: ['from'] },
  { id: 'retreat.pull-out', category: 'RETREAT', mode: 'withdraw', lemma: 'pull', pos: 'verb', after: ['out'], object: false, preps: ['of', 'from'] },
  { id: 'retreat.pull-back', category: 'RETREAT', mode: 'withdraw', lemma: 'pull', pos: 'verb', after: ['back'], object: false, preps: ['from'] },
  { id: 'retreat.pull-forces', category: 'RETREAT', mode: 'withdraw', lemma: 'pull', pos: 'verb', objectNoun: ['force', 'troop', 'soldier', 'unit', 'personnel'], object: false, preps: ['from', 'out'] },
  { id: 'retreat.reduce-troops', category: 'RETREAT', mode: 'withdraw', lemma: 'reduce', pos: 'verb', objectNoun: ['troop', 'presence', 'force', 'contingent', 'deployment'], object: false, preps: ['from'] },
  { id: 'retreat.withdrawal', category: 'RETREAT', mode: 'withdraw', lemma: 'withdrawal', pos: 'noun', preps: ['from'], sourcePreps: ['of'] },
  { id: 'retreat.retreat', category: 'RETREAT', mode: 'withdraw', lemma: 'retreat', pos: 'verb', object: false, preps: ['from'] },
  { id: 'retreat.release', category: 'RETREAT', mode: 'release', lemma: 'release', pos: 'verb', notFollowedBy: ['a', 'footage', 'video', 'videos', 'images', 'photos', 'pictures', 'statement', 'report', 'details', 'figures', 'data', 'results', 'funds', 'graphic'], notAfterNoun: PUBLISHED },
  { id: 'retreat.free', category: 'RETREAT', mode: 'release', lemma: 'free', pos: 'verb' },
  { id: 'retreat.release-noun', category: 'RETREAT', mode: 'release', lemma: 'release', pos: 'noun', preps: ['of'] },
  { id: 'retreat.repatriate', category: 'RETREAT', mode: 'release', lemma: 'repatriate', pos: 'verb', preps: ['to'] },
  { id: 'retreat.exchange-prisoners', category: 'RETREAT', mode: 'release', lemma: 'exchange', pos: 'verb', objectNoun: ['prisoner', 'captive', 'detainee', 'hostage'], object: false, preps: WITH, mutual: true },
  { id: 'retreat.swap-prisoners', category: 'RETREAT', mode: 'release', lemma: 'swap', pos: 'verb', objectNoun: ['prisoner', 'captive', 'detainee', 'hostage'], object: false, preps: WITH, mutual: true },
  { id: 'retreat.prisoner-swap', category: 'RETREAT', mode: 'release', lemma: 'swap', pos: 'noun', before: ['prisoner', 'prisoners'], preps: WITH, mutual: true },
  { id: 'retreat.prisoner-exchange', category: 'RETREAT', mode: 'release', lemma: 'exchange', pos: 'noun', before: ['prisoner', 'prisoners'], preps: WITH, mutual: true },
  { id: 'retreat.exchange-of-prisoners', category: 'RETREAT', mode: 'release', lemma: 'exchange', pos: 'noun', objectNoun: ['prisoner', 'captive', 'detainee', 'hostage'], preps: WITH, mutual: true },
  // resignations (SCHEMA: RETREAT): the office-holder yields at home
  { id: 'retreat.resign', category: 'RETREAT', mode: 'resign', lemma: 'resign', pos: 'verb', object: false, domestic: true },
  { id: 'retreat.resignation', category: 'RETREAT', mode: 'resign', lemma: 'resignation', pos: 'noun', domestic: true, before: ['his', 'her', 'their', 'the', 'its'] },
  { id: 'retreat.step-down', category: 'RETREAT', mode: 'resign', lemma: 'step', pos: 'verb', after: ['down'], object: false, domestic: true },
  { id: 'retreat.return-captives', category: 'RETREAT', mode: 'release', lemma: 'return', pos: 'verb', objectNoun: ['prisoner', 'captive', 'detainee', 'hostage', 'soldier', 'sailor', 'fisherman', 'remains'], object: false, preps: ['to'] },
  // "handed over 15 villages to Azerbaijan", "returned the district to Armenian control": territory given back
  { id: 'retreat.hand-over-territory', category: 'RETREAT', mode: 'withdraw', lemma: 'hand', pos: 'verb', after: ['over'], objectNoun: [...TERRITORY, 'village', 'control'], object: false, preps: ['to'] },
  { id: 'retreat.return-territory', category: 'RETREAT', mode: 'withdraw', lemma: 'return', pos: 'verb', objectNoun: [...TERRITORY, 'village'], object: false, preps: ['to'], notFollowedBy: ['to', 'home', 'from', 'in'] },
  // "the two armies would stop all firing": an observed (or agreed) halt of fire
  { id: 'retreat.stop-fire', category: 'RETREAT', mode: 'ceasefire', lemma: 'stop', pos: 'verb', objectNoun: CEASED_FIRE, object: true, preps: ['on', 'against', 'in'], symmetric: true },
  { id: 'retreat.cease-fire', category: 'RETREAT', mode: 'ceasefire', lemma: 'cease', pos: 'verb', objectNoun: CEASED_FIRE, object: true, preps: ['on', 'against', 'in'], symmetric: true },
  // "protesters forced the president from power": a ruler made to step down
  { id: 'retreat.forced-from-power', category: 'RETREAT', mode: 'resign', lemma: 'force', pos: 'verb', objectNoun: ['power', 'office'], object: true, domestic: true },

  // REQUEST: demands, calls, appeals, extradition requests
  { id: 'request.urge', category: 'REQUEST', lemma: 'urge', pos: 'verb', preps: ['on', 'upon'], complement: 'suppress' },
  { id: 'request.call-on', category: 'REQUEST', lemma: 'call', pos: 'verb', after: ['on'], complement: 'suppress' },
  { id: 'request.call-upon', category: 'REQUEST', lemma: 'call', pos: 'verb', after: ['upon'], complement: 'suppress' },
  { id: 'request.call-for', category: 'REQUEST', lemma: 'call', pos: 'verb', after: ['for'], object: true, preps: ['from'], complement: 'suppress' },
  { id: 'request.demand', category: 'REQUEST', lemma: 'demand', pos: 'verb', preps: ['of', 'from'], complement: 'suppress' },
  { id: 'request.ask', category: 'REQUEST', lemma: 'ask', pos: 'verb', complement: 'suppress' },
  { id: 'request.appeal', category: 'REQUEST', lemma: 'appeal', pos: 'any', object: false, preps: ['to'], complement: 'suppress' },
  { id: 'request.ask-for', category: 'REQUEST', lemma: 'ask', pos: 'verb', after: ['for'], object: true, preps: ['from'], complement: 'suppress' },
  { id: 'request.propose', category: 'REQUEST', lemma: 'propose', pos: 'verb', preps: ['to'], prepFirst: true, complement: 'suppress' },
  { id: 'request.encourage', category: 'REQUEST', lemma: 'encourage', pos: 'verb', complement: 'suppress' },
  // "expected Ukraine to follow suit", "wants Japan to reciprocate": an expectation put to another party
  ...['expect', 'want', 'hope'].map((lemma): EventPattern => (
    { id: `request.${lemma}-follow-suit`, category: 'REQUEST', lemma, pos: 'verb', objectNoun: ['suit', 'reciprocate', 'reciprocity'], object: true, complement: 'suppress' })),
  { id: 'request.request', category: 'REQUEST', lemma: 'request', pos: 'verb', preps: ['from'], prepFirst: true, complement: 'suppress' },
  { id: 'request.press', category: 'REQUEST', lemma: 'press', pos: 'verb', complement: 'suppress' },
  // "France is pressing Germany to back its proposal": a request of the party pushed for (none when only a thing is)
  { id: 'request.push-for', category: 'REQUEST', lemma: 'push', pos: 'verb', objectNoun: ['for'], object: false, preps: ['for'], complement: 'suppress' },
  { id: 'request.pressure', category: 'REQUEST', lemma: 'pressure', pos: 'verb', complement: 'suppress' },
  { id: 'request.implore', category: 'REQUEST', lemma: 'implore', pos: 'verb', complement: 'suppress' },
  { id: 'request.plead', category: 'REQUEST', lemma: 'plead', pos: 'verb', after: ['with'], object: true, complement: 'suppress' },
  { id: 'request.petition', category: 'REQUEST', lemma: 'petition', pos: 'verb', complement: 'suppress' },
  { id: 'request.exhort', category: 'REQUEST', lemma: 'exhort', pos: 'verb', complement: 'suppress' },
  { id: 'request.seek', category: 'REQUEST', lemma: 'seek', pos: 'verb', objectNoun: ['asylum', 'refuge', 'help', 'aid', 'assistance', 'support', 'extradition'], object: true, preps: ['in', 'from'] },
  { id: 'request.demand-noun', category: 'REQUEST', lemma: 'demand', pos: 'noun', preps: ['on', 'to', 'from', 'for'], before: ['its', 'their', 'his', 'her', 'a'], complement: 'suppress' },
  // "was arrested at the request of the United States", "following a request from Tigray's administration"
  { id: 'request.at-request', category: 'REQUEST', lemma: 'request', pos: 'noun', before: ['at', 'following', 'after', 'upon'], object: false, sourcePreps: ['of', 'from'], swap: true },
  // request nouns: "renewed its call for Israel to withdraw", "Egypt's calls on Israel", "made a plea to Ethiopia",
  // "sent a request to Iran for ..."; their content ("a request for military aid") is not coded again
  { id: 'request.call-noun', category: 'REQUEST', lemma: 'call', pos: 'noun', before: ['its', 'their', 'his', 'her', "'s", 'renewed', 'repeated', 'reiterated', 'issued'], preps: ['on', 'upon', 'to', 'for'], complement: 'suppress' },
  { id: 'request.plea', category: 'REQUEST', lemma: 'plea', pos: 'noun', preps: ['to', 'for'], complement: 'suppress' },
  { id: 'request.request-noun', category: 'REQUEST', lemma: 'request', pos: 'noun', preps: ['to'], sourcePreps: ['from', 'by'], complement: 'suppress' },
  // "Armenia turned to Russia for help"
  { id: 'request.turn-to', category: 'REQUEST', lemma: 'turn', pos: 'verb', after: ['to'], objectNoun: ['help', 'assistance', 'support', 'aid', 'mediation', 'protection'], object: true },
  { id: 'request.must', category: 'REQUEST', lemma: 'must', pos: 'any', speakerSource: true, complement: 'suppress' },
  // "Ecowas said Mali should hold elections": a speaker's call on the party it names, like "must"
  // (not a speaker's own duty, "We should keep the door open", nor a possibility or a past: "should be able", "should have")
  { id: 'request.should', category: 'REQUEST', lemma: 'should', pos: 'any', speakerSource: true, complement: 'suppress',
    notAfter: ['we', 'i', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'what'], notFollowedBy: ['be able', 'have', "'ve", 'not have', 'expect'] },

  // ACCUSE: accusations, condemnations, criticism, summoning diplomats, investigations
  { id: 'accuse.accuse', category: 'ACCUSE', lemma: 'accuse', pos: 'verb', complement: 'suppress' },
  // "X said Y had not upheld / never respected the rules": the speaker accuses the subject of a breach
  { id: 'accuse.not-uphold', category: 'ACCUSE', lemma: 'uphold', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  { id: 'accuse.not-respect', category: 'ACCUSE', lemma: 'respect', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  { id: 'accuse.not-honor', category: 'ACCUSE', lemma: 'honor', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  { id: 'accuse.not-honour', category: 'ACCUSE', lemma: 'honour', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  { id: 'accuse.not-comply', category: 'ACCUSE', lemma: 'comply', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  { id: 'accuse.not-abide', category: 'ACCUSE', lemma: 'abide', pos: 'verb', before: ['not', 'never', "n't"], speakerSource: true },
  // "Armenia said Azerbaijan violated the ceasefire": the speaker accuses the violator
  ...['violate', 'breach'].map((lemma): EventPattern => (
    { id: `accuse.${lemma}`, category: 'ACCUSE', lemma, pos: 'verb', objectNoun: BINDING_TERMS, speakerSource: true })),
  // "in reprisal for what it said was Georgia's blockade of Abkhazia": a claim about another party's act
  // (not "welcomed what it said was a constructive offer by Egypt")
  ...['say', 'claim', 'allege'].map((lemma): EventPattern => (
    { id: `accuse.what-${lemma}`, category: 'ACCUSE', lemma, pos: 'verb', claimed: true, exceptObjectNoun: [...FRIENDLY_VERDICTS, ...FRIENDLY_ACTS], complement: 'suppress' })),
  { id: 'accuse.condemn', category: 'ACCUSE', lemma: 'condemn', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.condemnation', category: 'ACCUSE', lemma: 'condemnation', pos: 'noun', preps: ['of'] },
  { id: 'accuse.criticize', category: 'ACCUSE', lemma: 'criticize', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.criticism', category: 'ACCUSE', lemma: 'criticism', pos: 'noun', preps: ['of', 'against', 'at'] },
  { id: 'accuse.blame', category: 'ACCUSE', lemma: 'blame', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.denounce', category: 'ACCUSE', lemma: 'denounce', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.decry', category: 'ACCUSE', lemma: 'decry', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.deplore', category: 'ACCUSE', lemma: 'deplore', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.censure', category: 'ACCUSE', lemma: 'censure', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.slam', category: 'ACCUSE', lemma: 'slam', pos: 'verb', complement: 'suppress' },
  { id: 'accuse.rebuke', category: 'ACCUSE', lemma: 'rebuke', pos: 'verb', complement: 'suppress' },
  ...['lambaste', 'castigate', 'chide', 'assail', 'berate', 'reprimand', 'excoriate', 'scold'].map((lemma): EventPattern => (
    { id: `accuse.${lemma}`, category: 'ACCUSE', lemma, pos: 'verb', complement: 'suppress' })),
  { id: 'accuse.allege', category: 'ACCUSE', lemma: 'allege', pos: 'verb', complement: 'suppress' },
  // "Russia has claimed that Ukraine was undermining ...", "claiming they were victims of the Saudi strike": a
  // claim about another party's conduct (not a claim to something: responsibility, victory, lives, territory)
  { id: 'accuse.claim', category: 'ACCUSE', lemma: 'claim', pos: 'verb', complement: 'suppress', notFollowedBy: CLAIMED_THINGS,
    exceptObjectNoun: ['life', 'responsibility', 'victory'], pastContent: true },
  { id: 'accuse.hit-out', category: 'ACCUSE', lemma: 'hit', pos: 'verb', after: ['out', 'at'], object: true, complement: 'suppress' },
  // "called the tariff 'payback'", "described the move as a provocation", "branded Russia a terrorist state":
  // a hostile verdict on an act (target: its author) or on a party
  ...['call', 'describe', 'term', 'brand', 'label', 'dub', 'designate'].map((lemma): EventPattern => (
    { id: `accuse.${lemma}-verdict`, category: 'ACCUSE', lemma, pos: 'verb', objectNoun: HOSTILE_VERDICTS, notFollowedBy: NOT_A_VERDICT, verdict: true, complement: 'suppress' })),
  // 'He added that the seizure was "stupidity"', '"That was an aggressive stand from Serbia," the prime minister said'
  ...['is', 'was', 'are', 'were'].map((lemma): EventPattern => (
    { id: `accuse.verdict-${lemma}`, category: 'ACCUSE', lemma, pos: 'verb', objectNoun: HOSTILE_VERDICTS, speakerSource: true, copula: true, complement: 'suppress' })),
  // "said Kosovo's move amounted to a de facto trade ban", "the strike constitutes a violation": a verdict by
  // equivalence, also naming the coercion the act is said to be
  { id: 'accuse.verdict-amount-to', category: 'ACCUSE', lemma: 'amount', pos: 'any', objectNoun: [...HOSTILE_VERDICTS, ...EQUATED_COERCION], speakerSource: true, copula: true, complement: 'suppress' },
  { id: 'accuse.verdict-constitute', category: 'ACCUSE', lemma: 'constitute', pos: 'verb', objectNoun: [...HOSTILE_VERDICTS, ...EQUATED_COERCION], speakerSource: true, copula: true, complement: 'suppress' },
  // "Thailand and Cambodia traded accusations", "exchanged accusations of shelling": mutual charges (their content not coded again)
  ...['trade', 'exchange'].map((lemma): EventPattern => (
    { id: `accuse.${lemma}-accusations`, category: 'ACCUSE', lemma, pos: 'verb', objectNoun: ['accusation', 'barb', 'blame', 'insult', 'recrimination', 'allegation', 'charge'], object: false, mutual: true, complement: 'suppress' })),
  { id: 'accuse.voice-concern', category: 'ACCUSE', lemma: 'voice', pos: 'verb', objectNoun: ['concern', 'dissatisfaction', 'displeasure', 'outrage', 'anger', 'disappointment', 'regret', 'protest'], object: false, preps: ['to', 'over', 'about', 'with', 'at'], complement: 'suppress' },
  { id: 'accuse.express-concern', category: 'ACCUSE', lemma: 'express', pos: 'verb', objectNoun: ['concern', 'dissatisfaction', 'displeasure', 'outrage', 'anger', 'disappointment', 'regret', 'protest'], object: false, preps: ['to', 'over', 'about', 'with', 'at'], complement: 'suppress' },
  // "South Africa filed a genocide case against Israel": legal action against a party
  { id: 'accuse.file-case', category: 'ACCUSE', lemma: 'file', pos: 'verb', objectNoun: ['case', 'complaint', 'lawsuit', 'suit', 'protest'], object: false, preps: ['against'] },
  { id: 'accuse.lodge-protest', category: 'ACCUSE', lemma: 'lodge', pos: 'verb', objectNoun: ['protest', 'complaint', 'representation'], object: false, preps: ['with', 'to', 'against'] },
  // "Tokyo protested to Beijing over the incursion": a diplomatic protest (not "protested to demand ...")
  { id: 'accuse.protest-to', category: 'ACCUSE', lemma: 'protest', pos: 'verb', after: ['to'], object: true, notFollowedBy: PROTEST_PURPOSES },
  { id: 'accuse.opposition', category: 'ACCUSE', lemma: 'opposition', pos: 'noun', preps: ['to'] },
  { id: 'accuse.summon', category: 'ACCUSE', lemma: 'summon', pos: 'verb' },
  // "Berlin called in the Russian ambassador": a summons
  { id: 'accuse.call-in', category: 'ACCUSE', lemma: 'call', pos: 'verb', after: ['in'], objectNoun: DIPLOMATS, object: true },
  // "Poland called the Russian ambassador to the ministry": a summons, not a phone call
  { id: 'accuse.call-to-ministry', category: 'ACCUSE', lemma: 'call', pos: 'verb', objectNoun: ['ministry', 'ministries'], objectNounAfter: ['to'], object: true },
  { id: 'accuse.investigate', category: 'ACCUSE', mode: 'investigation', lemma: 'investigate', pos: 'verb' },
  // "The IAEA dispatched inspectors to Iran", "sent a fact-finding mission to Darfur": an inquiry on the place's country
  ...['send', 'dispatch'].map((lemma): EventPattern => (
    { id: `accuse.${lemma}-inspectors`, category: 'ACCUSE', mode: 'inspection', lemma, pos: 'verb', objectNoun: ['inspector', 'investigator', 'fact-finding'], object: false, preps: ['to', 'into'] })),
  { id: 'accuse.investigation', category: 'ACCUSE', mode: 'investigation', lemma: 'investigation', pos: 'noun', preps: ['into', 'of', 'against'] },
  { id: 'accuse.sue', category: 'ACCUSE', lemma: 'sue', pos: 'verb' },
  { id: 'accuse.indict', category: 'ACCUSE', lemma: 'indict', pos: 'verb' },
  { id: 'accuse.charge', category: 'ACCUSE', lemma: 'charge', pos: 'verb', notFollowedBy: ['up', 'of', 'for', 'ahead'] },
  { id: 'accuse.complain', category: 'ACCUSE', lemma: 'complain', pos: 'verb', object: false, preps: ['about', 'of', 'over', 'against'] },
  { id: 'accuse.travel-advisory', category: 'ACCUSE', lemma: 'advisory', pos: 'noun', preps: ['for', 'against', 'on'] },

  // REJECT: refusals, rejections, denials aimed at an accuser, vetoes
  { id: 'reject.reject', category: 'REJECT', lemma: 'reject', pos: 'verb', complement: 'suppress' },
  { id: 'reject.refuse', category: 'REJECT', lemma: 'refuse', pos: 'verb', complement: 'suppress' },
  { id: 'reject.decline', category: 'REJECT', lemma: 'decline', pos: 'verb', after: ['to'], complement: 'suppress' },
  { id: 'reject.deny', category: 'REJECT', lemma: 'deny', pos: 'verb', complement: 'suppress' },
  { id: 'reject.refute', category: 'REJECT', lemma: 'refute', pos: 'verb', complement: 'suppress' },
  { id: 'reject.dismiss', category: 'REJECT', lemma: 'dismiss', pos: 'verb', complement: 'suppress' },
  { id: 'reject.rebuff', category: 'REJECT', lemma: 'rebuff', pos: 'verb', complement: 'suppress' },
  { id: 'reject.veto', category: 'REJECT', lemma: 'veto', pos: 'verb', complement: 'suppress' },
  { id: 'reject.block', category: 'REJECT', lemma: 'block', pos: 'verb', preps: ['for', 'to'], complement: 'suppress' },
  { id: 'reject.oppose', category: 'REJECT', lemma: 'oppose', pos: 'verb', complement: 'suppress' },
  { id: 'reject.defy', category: 'REJECT', lemma: 'defy', pos: 'verb', complement: 'suppress' },
  { id: 'reject.turn-down', category: 'REJECT', lemma: 'turn', pos: 'verb', after: ['down'], complement: 'suppress' },
  { id: 'reject.refusal', category: 'REJECT', lemma: 'refusal', pos: 'noun', preps: ['to'], complement: 'suppress' },
  { id: 'reject.rejection', category: 'REJECT', lemma: 'rejection', pos: 'noun', preps: ['of'], complement: 'suppress' },
  { id: 'reject.rule-out', category: 'REJECT', lemma: 'rule', pos: 'verb', after: ['out'], complement: 'suppress' },
  { id: 'reject.spurn', category: 'REJECT', lemma: 'spurn', pos: 'verb', complement: 'suppress' },
  { id: 'reject.brush-aside', category: 'REJECT', lemma: 'brush', pos: 'verb', after: ['aside'], complement: 'suppress' },
  { id: 'reject.shrug-off', category: 'REJECT', lemma: 'shrug', pos: 'verb', after: ['off'], complement: 'suppress' },
  { id: 'reject.renege', category: 'REJECT', lemma: 'renege', pos: 'verb', object: false, preps: ['on', 'with'] },

  // THREATEN: warnings and ultimatums, conditional ones included
  { id: 'threaten.threaten', category: 'THREATEN', lemma: 'threaten', pos: 'verb', complement: 'suppress' },
  { id: 'threaten.warn', category: 'THREATEN', lemma: 'warn', pos: 'verb', complement: 'suppress' },
  // "Iran vowed revenge against Israel", "vowed to / will retaliate against Ukraine": a declared reprisal is a threat
  { id: 'threaten.vow-revenge', category: 'THREATEN', lemma: 'vow', pos: 'verb', objectNoun: ['revenge', 'retaliation', 'retribution', 'reprisal', 'vengeance'], object: false, preps: ['against', 'on'], complement: 'suppress' },
  { id: 'threaten.retaliate', category: 'THREATEN', lemma: 'retaliate', pos: 'verb', before: ['vowed', 'vow', 'vows', 'swore', 'pledged', 'promised', 'will', 'would', 'to'], object: false, preps: ['against'], modality: 'asserted' },
  { id: 'threaten.warning', category: 'THREATEN', lemma: 'warning', pos: 'noun', preps: ['to', 'against'], complement: 'suppress' },
  // "X said Y will regret / pay a heavy price / face consequences": the speaker threatens the subject
  { id: 'threaten.regret', category: 'THREATEN', lemma: 'regret', pos: 'verb', before: ['will', 'would', "'ll"], speakerSource: true, complement: 'suppress', modality: 'asserted' },
  { id: 'threaten.pay-price', category: 'THREATEN', lemma: 'pay', pos: 'verb', objectNoun: ['price'], before: ['will', 'would', "'ll"], speakerSource: true, complement: 'suppress', modality: 'asserted' },
  { id: 'threaten.face-consequences', category: 'THREATEN', lemma: 'face', pos: 'verb', objectNoun: ['consequence', 'retaliation', 'retribution', 'reprisal'], before: ['will', 'would', "'ll"], speakerSource: true, complement: 'suppress', modality: 'asserted' },
  { id: 'threaten.ultimatum', category: 'THREATEN', lemma: 'ultimatum', pos: 'noun', preps: ['to'], complement: 'suppress' },

  // PROTEST: demonstrations, strikes, riots, walkouts, storming embassies, leaflet campaigns
  { id: 'protest.protest', category: 'PROTEST', mode: 'demo', lemma: 'protest', pos: 'any', object: false, preps: ['against', 'outside'], domestic: true },
  { id: 'protest.demonstrate', category: 'PROTEST', mode: 'demo', lemma: 'demonstrate', pos: 'verb', object: false, preps: ['against', 'outside'], domestic: true, intransitive: true },
  { id: 'protest.demonstration', category: 'PROTEST', mode: 'demo', lemma: 'demonstration', pos: 'noun', preps: ['against', 'outside'], domestic: true, exceptObjectNoun: ['support', 'strength', 'force', 'resolve', 'unity', 'solidarity', 'commitment', 'power', 'goodwill', 'fact'] },
  { id: 'protest.rally', category: 'PROTEST', mode: 'demo', lemma: 'rally', pos: 'any', object: false, preps: ['against', 'outside'], notFollowedBy: ['of', 'behind', 'around', 'support'], domestic: true, intransitive: true },
  { id: 'protest.march', category: 'PROTEST', mode: 'demo', lemma: 'march', pos: 'verb', object: false, preps: ['against'], domestic: true },
  { id: 'protest.sit-in', category: 'PROTEST', mode: 'obstruct', lemma: 'sit-in', pos: 'noun', preps: ['against', 'outside'], domestic: true },
  { id: 'protest.riot', category: 'PROTEST', mode: 'riot', lemma: 'riot', pos: 'any', object: false, preps: ['against'], domestic: true, notFollowedBy: ['police', 'gear', 'squad', 'squads', 'shields', 'officers', 'troops', 'unit', 'units'] },
  // "Labour unions called for a national strike": calling one's own protest stages it (no REQUEST of anyone)
  { id: 'protest.call-for', category: 'PROTEST', lemma: 'call', pos: 'verb', after: ['for'], objectNoun: ['strike', 'protest', 'demonstration', 'rally', 'march', 'walkout', 'shutdown', 'sit-in'], objectNounAfter: ['for'], object: false, preps: ['against'], domestic: true },
  { id: 'protest.general-strike', category: 'PROTEST', mode: 'strike-gen', lemma: 'strike', pos: 'noun', before: ['general', 'national', 'nationwide'], preps: ['against'], domestic: true },
  { id: 'protest.hunger-strike', category: 'PROTEST', mode: 'strike-hun', lemma: 'strike', pos: 'noun', before: ['hunger'], preps: ['against'], domestic: true },
  { id: 'protest.labour-strike', category: 'PROTEST', mode: 'strike-lim', lemma: 'strike', pos: 'noun', before: ['labor', 'labour', 'workers', 'union', 'go', 'went', 'on', 'open-ended', 'indefinite', '-day', '-hour', '-week'], preps: ['against'], domestic: true },
  { id: 'protest.strike-by', category: 'PROTEST', mode: 'strike-lim', lemma: 'strike', pos: 'noun', after: ['by'], objectNoun: ['doctor', 'worker', 'teacher', 'union', 'nurse', 'miner', 'pilot', 'driver', 'employee', 'staff', 'lawyer', 'student', 'farmer', 'trucker', 'dockworker', 'civil'], object: true, preps: ['against'], domestic: true },
  { id: 'protest.block-roads', category: 'PROTEST', mode: 'obstruct', lemma: 'block', pos: 'verb', objectNoun: ['road', 'street', 'highway', 'bridge', 'traffic', 'railway', 'entrance', 'crossing', 'transport'], object: false, preps: ['against'], domestic: true },
  { id: 'protest.walk-out', category: 'PROTEST', lemma: 'walk', pos: 'verb', after: ['out'], object: false, preps: ['of', 'on'] },
  { id: 'protest.storm', category: 'PROTEST', mode: 'riot', lemma: 'storm', pos: 'verb', objectNoun: ['embassy', 'consulate', 'parliament', 'mission'] },
  { id: 'protest.leaflet', category: 'PROTEST', lemma: 'send', pos: 'verb', objectNoun: ['leaflet', 'flier', 'flyer', 'balloon', 'propaganda'], object: false, preps: ['to', 'into', 'across'] },
  { id: 'protest.take-to-streets', category: 'PROTEST', mode: 'demo', lemma: 'take', pos: 'verb', after: ['to', 'the', 'streets'], object: false, preps: ['against'], domestic: true },
  { id: 'protest.walkout', category: 'PROTEST', lemma: 'walkout', pos: 'noun', preps: ['against', 'from', 'of'], domestic: true },

  // SANCTION: sanctions, suspension, expelling or recalling diplomats, cutting ties, boycotts
  { id: 'sanction.sanction', category: 'SANCTION', lemma: 'sanction', pos: 'any', preps: AGAINST },
  // "imposed a tariff on goods from Chile": the party the goods come from is the target
  { id: 'sanction.impose', category: 'SANCTION', lemma: 'impose', pos: 'verb', objectNoun: SANCTION_NOUNS, object: false, preps: [...AGAINST, 'from'] },
  { id: 'sanction.embargo', category: 'SANCTION', lemma: 'embargo', pos: 'noun', preps: AGAINST },
  { id: 'sanction.tariff', category: 'SANCTION', lemma: 'tariff', pos: 'noun', preps: [...AGAINST, 'from'] },
  // "duties on imports from Argentina": only a duty on something (not 'a duty to protect', 'on duty')
  { id: 'sanction.duty', category: 'SANCTION', lemma: 'duty', pos: 'noun', preps: ['on', 'from'] },
  { id: 'sanction.tax', category: 'SANCTION', lemma: 'tax', pos: 'noun', before: ['import', 'punitive', 'percent', 'export', 'customs'], preps: ['on', 'against', 'from'] },
  { id: 'sanction.not-send', category: 'SANCTION', mode: 'boycott', lemma: 'send', pos: 'verb', before: ['not'], objectNoun: ['minister', 'official', 'delegation', 'athlete', 'representative', 'dignitary', 'envoy', 'team'], object: false, preps: ['to'] },
  { id: 'sanction.boycott', category: 'SANCTION', mode: 'boycott', lemma: 'boycott', pos: 'any', preps: ['of'] },
  { id: 'sanction.expel', category: 'SANCTION', mode: 'expel', lemma: 'expel', pos: 'verb', preps: ['from'], passiveSourcePreps: ['from'] },
  { id: 'sanction.expulsion', category: 'SANCTION', mode: 'expel', lemma: 'expulsion', pos: 'noun', preps: ['of'], sourcePreps: ['from'] },
  // ("recalled its ambassador to France": the country the envoy is posted to)
  { id: 'sanction.recall', category: 'SANCTION', mode: 'withdraw', lemma: 'recall', pos: 'verb', objectNoun: DIPLOMATS, object: false, preps: ['from', 'to', 'in'] },
  { id: 'sanction.withdraw-diplomats', category: 'SANCTION', mode: 'withdraw', lemma: 'withdraw', pos: 'verb', objectNoun: [...DIPLOMATS, 'embassy', 'staff', 'inspector', 'observer', 'monitor', 'peacekeeper'], object: false, preps: ['from'] },
  { id: 'sanction.suspend', category: 'SANCTION', lemma: 'suspend', pos: 'verb', preps: ['from', 'with', 'for', 'to'], passiveSourcePreps: ['from'] },
  // "halted aid shipments in Mogadishu": aid withheld from the place's country
  { id: 'sanction.suspend-aid', category: 'SANCTION', lemma: 'suspend', pos: 'verb', objectNoun: ['aid', 'assistance', 'delivery', 'funding', 'loan'], object: false, preps: ['to', 'for', 'in'] },
  { id: 'sanction.suspension', category: 'SANCTION', lemma: 'suspension', pos: 'noun', preps: ['of', 'from', 'with'] },
  { id: 'sanction.cut-aid', category: 'SANCTION', lemma: 'cut', pos: 'verb', objectNoun: ['aid', 'assistance', 'supply', 'funding', 'loan'], object: false, preps: ['to', 'for', 'from'] },
  { id: 'sanction.reduce-aid', category: 'SANCTION', lemma: 'reduce', pos: 'verb', objectNoun: ['aid', 'assistance', 'supply', 'funding'], object: false, preps: ['to', 'for'] },
  { id: 'sanction.end-mediation', category: 'SANCTION', lemma: 'end', pos: 'verb', objectNoun: ['mediation', 'aid', 'cooperation', 'assistance', 'talk'], object: false, preps: ['with', 'between', 'among', 'to'] },
  { id: 'sanction.cut-ties', category: 'SANCTION', mode: 'sever', lemma: 'cut', pos: 'verb', objectNoun: TIES, object: false, preps: ['with'], symmetric: true },
  { id: 'sanction.sever', category: 'SANCTION', mode: 'sever', lemma: 'sever', pos: 'verb', objectNoun: TIES, object: false, preps: ['with'], symmetric: true },
  { id: 'sanction.break-ties', category: 'SANCTION', mode: 'sever', lemma: 'break', pos: 'verb', objectNoun: TIES, object: false, preps: ['with'], symmetric: true },
  { id: 'sanction.downgrade', category: 'SANCTION', mode: 'sever', lemma: 'downgrade', pos: 'verb', objectNoun: TIES, object: false, preps: ['with'], symmetric: true },
  { id: 'sanction.close', category: 'SANCTION', lemma: 'close', pos: 'verb', objectNoun: ['airspace', 'border', 'embassy', 'consulate', 'port', 'corridor', 'crossing', 'checkpoint'], object: false, preps: ['to', 'with'] },
  { id: 'sanction.ban', category: 'SANCTION', lemma: 'ban', pos: 'verb', preps: ['from'] },
  { id: 'sanction.freeze', category: 'SANCTION', lemma: 'freeze', pos: 'verb', objectNoun: ['asset', 'account', 'fund'], object: false, preps: ['of'] },
  { id: 'sanction.blacklist', category: 'SANCTION', lemma: 'blacklist', pos: 'verb' },
  { id: 'sanction.place-on-blacklist', category: 'SANCTION', lemma: 'place', pos: 'verb', objectNoun: ['blacklist'], object: true },
  { id: 'sanction.add-to-blacklist', category: 'SANCTION', lemma: 'add', pos: 'verb', objectNoun: ['blacklist'], object: true },
  { id: 'sanction.cancel', category: 'SANCTION', mode: 'cancel', lemma: 'cancel', pos: 'verb', objectNoun: ['visit', 'meeting', 'talk', 'summit', 'trip'], object: false, preps: ['with', 'to'] },
  { id: 'sanction.halt', category: 'SANCTION', lemma: 'halt', pos: 'verb', objectNoun: ['aid', 'trade', 'export', 'import', 'negotiation', 'talk', 'flight', 'cooperation', 'mediation', 'delivery'], object: false, preps: ['to', 'with', 'from', 'among', 'between'] },
  { id: 'sanction.revoke', category: 'SANCTION', lemma: 'revoke', pos: 'verb', objectNoun: ['visa', 'license', 'licence', 'permit', 'accreditation'], object: false, preps: ['of', 'for'] },
  // "ordered the diplomats to leave the country", "gave the envoy 48 hours to leave"
  { id: 'sanction.order-leave', category: 'SANCTION', mode: 'expel', lemma: 'order', pos: 'verb', objectNoun: ['leave'], object: true },
  { id: 'sanction.give-leave', category: 'SANCTION', mode: 'expel', lemma: 'give', pos: 'verb', objectNoun: ['leave'], object: true },
  // "declared 40 Russian diplomats persona non grata": the expulsion itself
  { id: 'sanction.persona-non-grata', category: 'SANCTION', mode: 'expel', lemma: 'declare', pos: 'verb', objectNoun: ['persona'], object: true },
  { id: 'sanction.deny-entry', category: 'SANCTION', lemma: 'deny', pos: 'verb', objectNoun: ['entry', 'visa', 'landing', 'overflight'], object: true, preps: ['to'] },
  { id: 'sanction.prohibit', category: 'SANCTION', lemma: 'prohibit', pos: 'verb', preps: ['to', 'from'] },

  // MOBILIZE: alerts, deployments, build-ups, scrambled jets
  { id: 'mobilize.deploy', category: 'MOBILIZE', mode: 'troops', lemma: 'deploy', pos: 'verb', object: false, preps: ['near', 'along', 'against', 'toward', 'towards'] },
  { id: 'mobilize.deployment', category: 'MOBILIZE', mode: 'troops', lemma: 'deployment', pos: 'noun', preps: ['near', 'along', 'against', 'toward', 'towards'], sourcePreps: ['of'] },
  // ("mobilized pressure groups / public opinion / resources": a campaign, no force)
  { id: 'mobilize.mobilize', category: 'MOBILIZE', mode: 'troops', lemma: 'mobilize', pos: 'verb', object: false, preps: ['against', 'near', 'along'], exceptObjectNoun: CIVIL_MOBILIZATION, notFollowedBy: CIVIL_MOBILIZATION_NEXT },
  { id: 'mobilize.mobilization', category: 'MOBILIZE', mode: 'troops', lemma: 'mobilization', pos: 'noun', preps: ['against', 'near', 'along'], sourcePreps: ['of'] },
  { id: 'mobilize.buildup', category: 'MOBILIZE', mode: 'troops', lemma: 'buildup', pos: 'noun', preps: ['near', 'along', 'on', 'against'], sourcePreps: ['of'] },
  { id: 'mobilize.mass', category: 'MOBILIZE', mode: 'troops', lemma: 'mass', pos: 'verb', objectNoun: ['troop', 'force', 'soldier', 'tank'], object: false, preps: ['near', 'along', 'on'] },
  { id: 'mobilize.amass', category: 'MOBILIZE', mode: 'troops', lemma: 'amass', pos: 'verb', objectNoun: ['troop', 'force', 'soldier', 'tank', 'army', 'weapon'], object: false, preps: ['near', 'along', 'on', 'at'] },
  { id: 'mobilize.station', category: 'MOBILIZE', mode: 'troops', lemma: 'station', pos: 'verb', objectNoun: ['troop', 'force', 'soldier', 'missile', 'warship', 'jet'], object: false, preps: ['near', 'along', 'on'] },
  { id: 'mobilize.dispatch-forces', category: 'MOBILIZE', mode: 'troops', lemma: 'dispatch', pos: 'verb', objectNoun: ['troop', 'soldier', 'warship', 'ship', 'jet', 'force', 'tank', 'plane', 'battalion', 'reinforcement', 'frigate', 'destroyer'], object: false, preps: ['near', 'toward', 'towards', 'against'] },
  { id: 'mobilize.scramble', category: 'MOBILIZE', mode: 'weapons', lemma: 'scramble', pos: 'verb', object: false, preps: ['against', 'toward', 'towards'] },
  // "has placed some 3,000 soldiers on high alert": the verb sets the alert going (a movement with no target faces the adversary)
  ...['put', 'place'].map((lemma): EventPattern => (
    { id: `mobilize.${lemma}-on-alert`, category: 'MOBILIZE', mode: 'troops', lemma, pos: 'verb', objectNoun: ['alert'], object: false, preps: ['against', 'near', 'along'] })),
  { id: 'mobilize.alert', category: 'MOBILIZE', mode: 'troops', lemma: 'alert', pos: 'noun', before: ['high', 'heightened', 'combat', 'full', 'on'], preps: ['against', 'near', 'along'] },
  { id: 'mobilize.send-forces', category: 'MOBILIZE', mode: 'troops', lemma: 'send', pos: 'verb', objectNoun: ['troop', 'soldier', 'peacekeeper', 'warship', 'ship', 'jet', 'force', 'tank', 'plane', 'battalion', 'bomber', 'warplane', 'reinforcement', ...WARSHIPS], object: false, preps: ['near', 'toward', 'towards', 'against'] },
  // naval shows of force: "three Russian destroyers sailed through the channel near Norway"
  { id: 'mobilize.warships-sail', category: 'MOBILIZE', mode: 'weapons', lemma: 'sail', pos: 'verb', before: WARSHIPS, object: false, preps: ['near', 'off', 'toward', 'towards', 'into'] },
  { id: 'mobilize.warships-pass', category: 'MOBILIZE', mode: 'weapons', lemma: 'pass', pos: 'verb', after: ['through'], before: WARSHIPS, object: false, preps: ['near', 'off', 'toward', 'towards', 'into'] },
  { id: 'mobilize.reinforce', category: 'MOBILIZE', mode: 'troops', lemma: 'reinforce', pos: 'verb', object: false, preps: ['in', 'near', 'along'] },
  { id: 'mobilize.strengthen-forces', category: 'MOBILIZE', mode: 'troops', lemma: 'strengthen', pos: 'verb', objectNoun: ['force', 'troop', 'presence'], object: false, preps: ['in', 'near', 'along'] },

  // COERCE: arrests, prosecutions, raids, seizures, curfews, martial law, harassment
  { id: 'coerce.arrest', category: 'COERCE', mode: 'arrest', lemma: 'arrest', pos: 'any', preps: ['of'], domestic: true, notPurpose: true, notFollowedBy: ['warrant', 'warrants'] },
  // "issued an arrest warrant for Vladimir Putin": the person sought is the target
  { id: 'coerce.arrest-warrant', category: 'COERCE', mode: 'arrest', lemma: 'warrant', pos: 'noun', before: ['arrest'], preps: ['for', 'against'], domestic: true },
  { id: 'coerce.detain', category: 'COERCE', mode: 'arrest', lemma: 'detain', pos: 'verb', domestic: true },
  { id: 'coerce.detention', category: 'COERCE', mode: 'arrest', lemma: 'detention', pos: 'noun', preps: ['of'] },
  { id: 'coerce.imprison', category: 'COERCE', mode: 'arrest', lemma: 'imprison', pos: 'verb' },
  { id: 'coerce.jail', category: 'COERCE', mode: 'arrest', lemma: 'jail', pos: 'verb' },
  { id: 'coerce.sentence', category: 'COERCE', mode: 'arrest', lemma: 'sentence', pos: 'verb' },
  { id: 'coerce.prosecute', category: 'COERCE', mode: 'arrest', lemma: 'prosecute', pos: 'verb' },
  { id: 'coerce.custody', category: 'COERCE', mode: 'arrest', lemma: 'take', pos: 'verb', objectNoun: ['custody'], object: true },
  { id: 'coerce.deport', category: 'COERCE', mode: 'deport', lemma: 'deport', pos: 'verb', preps: ['to'] },
  { id: 'coerce.deportation', category: 'COERCE', mode: 'deport', lemma: 'deportation', pos: 'noun', preps: ['of', 'to'] },
  { id: 'coerce.strip', category: 'COERCE', lemma: 'strip', pos: 'verb', objectNoun: ['citizenship', 'nationality', 'immunity', 'accreditation', 'licence', 'license'], object: true, domestic: true },
  { id: 'coerce.seize', category: 'COERCE', mode: 'confiscate', lemma: 'seize', pos: 'verb' },
  { id: 'coerce.convict', category: 'COERCE', mode: 'arrest', lemma: 'convict', pos: 'verb' },
  { id: 'coerce.round-up', category: 'COERCE', mode: 'arrest', lemma: 'round', pos: 'verb', after: ['up'], domestic: true },
  { id: 'coerce.seizure', category: 'COERCE', mode: 'confiscate', lemma: 'seizure', pos: 'noun', preps: ['of'] },
  { id: 'coerce.confiscate', category: 'COERCE', mode: 'confiscate', lemma: 'confiscate', pos: 'verb' },
  { id: 'coerce.raid', category: 'COERCE', lemma: 'raid', pos: 'verb' },
  { id: 'coerce.curfew', category: 'COERCE', mode: 'curfew', lemma: 'curfew', pos: 'noun', preps: ['on', 'in'], domestic: true },
  { id: 'coerce.impose-curfew', category: 'COERCE', mode: 'curfew', lemma: 'impose', pos: 'verb', objectNoun: ['curfew', 'martial', 'lockdown'], object: false, preps: ['on', 'in'], domestic: true },
  { id: 'coerce.martial-law', category: 'COERCE', mode: 'martial-law', lemma: 'law', pos: 'noun', before: ['martial'], preps: ['in', 'on'], domestic: true },
  { id: 'coerce.harass', category: 'COERCE', lemma: 'harass', pos: 'verb' },
  { id: 'coerce.intercept', category: 'COERCE', lemma: 'intercept', pos: 'verb' },
  { id: 'coerce.impede', category: 'COERCE', lemma: 'impede', pos: 'verb' },
  { id: 'coerce.divert', category: 'COERCE', lemma: 'divert', pos: 'verb' },
  { id: 'coerce.diversion', category: 'COERCE', lemma: 'diversion', pos: 'noun', preps: ['of'] },
  { id: 'coerce.outlaw', category: 'COERCE', mode: 'ban', lemma: 'outlaw', pos: 'verb', domestic: true },
  { id: 'coerce.demolish', category: 'COERCE', mode: 'confiscate', lemma: 'demolish', pos: 'verb' },
  { id: 'coerce.blockade', category: 'COERCE', mode: 'restrict', lemma: 'blockade', pos: 'any', preps: ['of', 'on', 'against', 'in'] },
  { id: 'coerce.evict', category: 'COERCE', mode: 'deport', lemma: 'evict', pos: 'verb' },
  { id: 'coerce.disperse', category: 'COERCE', lemma: 'disperse', pos: 'verb' },
  { id: 'coerce.force-out', category: 'COERCE', mode: 'deport', lemma: 'force', pos: 'verb', after: ['out'], preps: ['of', 'from'] },
  { id: 'coerce.hack', category: 'COERCE', lemma: 'hack', pos: 'verb', object: false, preps: ['into', 'of'] },
  { id: 'coerce.censor', category: 'COERCE', mode: 'censor', lemma: 'censor', pos: 'verb' },
  // "shut down the internet in Manipur", "blocked access to social media": censorship at home
  { id: 'coerce.shut-down-media', category: 'COERCE', mode: 'censor', lemma: 'shut', pos: 'verb', after: ['down'], objectNoun: ['internet', 'newspaper', 'website', 'network', 'station', 'channel', 'broadcaster', 'outlet'], object: false, preps: ['in'], domestic: true },
  { id: 'coerce.block-media', category: 'COERCE', mode: 'censor', lemma: 'block', pos: 'verb', objectNoun: ['internet', 'website', 'platform', 'app', 'media', 'newspaper'], object: false, preps: ['in'], domestic: true },
  { id: 'coerce.coup', category: 'COERCE', mode: 'coup', lemma: 'coup', pos: 'noun', preps: ['in', 'against'], domestic: true },
  { id: 'coerce.overthrow', category: 'COERCE', mode: 'coup', lemma: 'overthrow', pos: 'verb', domestic: true, notPurpose: true },
  { id: 'coerce.depose', category: 'COERCE', mode: 'coup', lemma: 'depose', pos: 'verb', domestic: true },
  { id: 'coerce.state-of-emergency', category: 'COERCE', mode: 'martial-law', lemma: 'emergency', pos: 'noun', before: ['state'], preps: ['in', 'on'], domestic: true },
  { id: 'coerce.bar', category: 'COERCE', mode: 'restrict', lemma: 'bar', pos: 'verb', preps: ['from'] },
  // "police banned opposition rallies", "troops prevented the march": gatherings stopped at home
  { id: 'coerce.ban-protest', category: 'COERCE', mode: 'ban', lemma: 'ban', pos: 'verb', objectNoun: GATHERINGS, object: false, preps: ['in'], domestic: true },
  { id: 'coerce.prevent-protest', category: 'COERCE', mode: 'ban', lemma: 'prevent', pos: 'verb', objectNoun: GATHERINGS, object: false, preps: ['in'], domestic: true },
  { id: 'coerce.dissolve', category: 'COERCE', mode: 'ban', lemma: 'dissolve', pos: 'verb', objectNoun: ['party', 'group', 'organization', 'organisation', 'union', 'movement', 'newspaper'], object: true, domestic: true },
  // crowd control: "fired tear gas at protesters", "used water cannon against demonstrators"
  { id: 'coerce.tear-gas', category: 'COERCE', lemma: 'fire', pos: 'verb', objectNoun: ['gas', 'teargas', 'cannon', 'bullet'], object: false, preps: ['at', 'on', 'against', 'into'] },
  { id: 'coerce.use-tear-gas', category: 'COERCE', lemma: 'use', pos: 'verb', objectNoun: ['gas', 'teargas', 'cannon', 'bullet'], object: false, preps: ['at', 'on', 'against'] },
  { id: 'coerce.block-vessel', category: 'COERCE', mode: 'restrict', lemma: 'block', pos: 'verb', objectNoun: ['boat', 'ship', 'vessel', 'convoy', 'truck', 'plane', 'aircraft', 'shipment', 'tanker'], object: true },

  // ASSAULT: armed attacks, air and missile strikes, clashes, shelling, occupation by force
  { id: 'assault.attack', category: 'ASSAULT', lemma: 'attack', pos: 'verb', preps: ['in'] },
  { id: 'assault.attack-noun', category: 'ASSAULT', lemma: 'attack', pos: 'noun', preps: ['on', 'against'], notModifier: true },
  { id: 'assault.airstrike', category: 'ASSAULT', mode: 'aerial', lemma: 'airstrike', pos: 'noun', preps: ['on', 'against'] },
  // "India and Pakistan traded fire across the Line of Control": two-sided fighting (not "warning shots")
  ...['trade', 'exchange'].map((lemma): EventPattern => (
    { id: `assault.${lemma}-fire`, category: 'ASSAULT', lemma, pos: 'verb', objectNoun: ['fire', 'gunfire', 'shot', 'shell', 'blow', 'rocket'], exceptObjectNoun: ['warning'], object: false, mutual: true })),
  { id: 'assault.air-strike', category: 'ASSAULT', mode: 'aerial', lemma: 'strike', pos: 'noun', before: ['air', 'missile', 'drone', 'military', 'rocket'], preps: ['on', 'against'] },
  { id: 'assault.strike', category: 'ASSAULT', lemma: 'strike', pos: 'verb', preps: ['in'], notSubjectNoun: NATURAL_FORCES, notFollowedBy: ['up', 'out', 'down'], exceptObjectNoun: ['deal', 'agreement', 'accord', 'bargain', 'compromise', 'pact', 'balance', 'tone', 'note', 'chord', 'pose', 'blow'] },
  { id: 'assault.bomb', category: 'ASSAULT', mode: 'aerial', lemma: 'bomb', pos: 'verb', preps: ['in'] },
  { id: 'assault.bombing', category: 'ASSAULT', mode: 'aerial', lemma: 'bombing', pos: 'noun', preps: ['of', 'on'] },
  { id: 'assault.bombard', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'bombard', pos: 'verb', preps: ['in'] },
  { id: 'assault.shell', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'shell', pos: 'verb', preps: ['in'] },
  { id: 'assault.shelling', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'shelling', pos: 'noun', preps: ['of', 'on'] },
  { id: 'assault.fire-at', category: 'ASSAULT', lemma: 'fire', pos: 'verb', object: false, preps: ['at', 'on', 'into', 'in'] },
  { id: 'assault.under-fire', category: 'ASSAULT', lemma: 'fire', pos: 'noun', before: ['under'], object: false, sourcePreps: ['from'], swap: true },
  { id: 'assault.fire-noun', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'fire', pos: 'noun', before: ['artillery', 'heavy', 'rocket', 'mortar', 'sniper', 'tank', 'gun', 'machine-gun'], preps: ['on', 'at', 'against', 'in', 'into'] },
  { id: 'assault.open-fire', category: 'ASSAULT', mode: 'firearms', lemma: 'open', pos: 'verb', after: ['fire'], object: false, preps: ['on', 'at'] },
  { id: 'assault.shoot-down', category: 'ASSAULT', lemma: 'shoot', pos: 'verb', after: ['down'] },
  { id: 'assault.shoot', category: 'ASSAULT', mode: 'firearms', lemma: 'shoot', pos: 'verb', preps: ['at'] },
  { id: 'assault.kill', category: 'ASSAULT', lemma: 'kill', pos: 'verb', notSubjectNoun: NATURAL_FORCES },
  { id: 'assault.invade', category: 'ASSAULT', lemma: 'invade', pos: 'verb' },
  { id: 'assault.invasion', category: 'ASSAULT', lemma: 'invasion', pos: 'noun', preps: ['of'] },
  { id: 'assault.occupy', category: 'ASSAULT', lemma: 'occupy', pos: 'verb' },
  { id: 'assault.offensive', category: 'ASSAULT', lemma: 'offensive', pos: 'noun', preps: ['against', 'on', 'in'] },
  { id: 'assault.incursion', category: 'ASSAULT', lemma: 'incursion', pos: 'noun', preps: ['into'] },
  { id: 'assault.ambush', category: 'ASSAULT', lemma: 'ambush', pos: 'verb' },
  { id: 'assault.wound', category: 'ASSAULT', lemma: 'wound', pos: 'verb', notSubjectNoun: NATURAL_FORCES },
  { id: 'assault.injure', category: 'ASSAULT', lemma: 'injure', pos: 'verb', notSubjectNoun: NATURAL_FORCES },
  { id: 'assault.beat', category: 'ASSAULT', mode: 'beat', lemma: 'beat', pos: 'verb' },
  { id: 'assault.torture', category: 'ASSAULT', mode: 'torture', lemma: 'torture', pos: 'verb' },
  { id: 'assault.abuse', category: 'ASSAULT', mode: 'beat', lemma: 'abuse', pos: 'verb' },
  { id: 'assault.massacre', category: 'ASSAULT', lemma: 'massacre', pos: 'any', preps: ['of'] },
  { id: 'assault.capture', category: 'ASSAULT', lemma: 'capture', pos: 'verb' },
  { id: 'assault.seize-territory', category: 'ASSAULT', mode: 'occupy', lemma: 'seize', pos: 'verb', objectNoun: TERRITORY, object: true },
  { id: 'assault.take-control', category: 'ASSAULT', mode: 'occupy', lemma: 'take', pos: 'verb', after: ['control', 'of'], object: true },
  { id: 'assault.recapture', category: 'ASSAULT', lemma: 'recapture', pos: 'verb', object: false, preps: ['from'] },
  { id: 'assault.launch-projectiles', category: 'ASSAULT', mode: 'aerial', lemma: 'launch', pos: 'verb', objectNoun: PROJECTILES, object: false, preps: ['at', 'on', 'against', 'into', 'toward', 'towards'] },
  { id: 'assault.pound', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'pound', pos: 'verb' },
  // "Russian missiles hit a power plant": a weapon as the subject of "hit"
  { id: 'assault.weapon-hit', category: 'ASSAULT', mode: 'aerial', lemma: 'hit', pos: 'verb', before: ['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'airstrike', 'airstrikes', 'strike', 'strikes', 'shell', 'shells', 'bomb', 'bombs', 'warplanes', 'jets', 'artillery'], notFollowedBy: ['by', 'back', 'out'] },
  { id: 'assault.crack-down', category: 'ASSAULT', lemma: 'crack', pos: 'verb', after: ['down', 'on'], object: true, domestic: true },
  { id: 'assault.torture-noun', category: 'ASSAULT', mode: 'torture', lemma: 'torture', pos: 'noun', preps: ['of'] },
  { id: 'assault.retake', category: 'ASSAULT', lemma: 'retake', pos: 'verb' },
  { id: 'assault.overrun', category: 'ASSAULT', lemma: 'overrun', pos: 'verb' },
  { id: 'assault.raid-noun', category: 'ASSAULT', lemma: 'raid', pos: 'noun', preps: ['on', 'against', 'in'] },
  { id: 'assault.blow-up', category: 'ASSAULT', mode: 'explosives', lemma: 'blow', pos: 'verb', after: ['up'] },
  { id: 'assault.assassinate', category: 'ASSAULT', mode: 'assassinate', lemma: 'assassinate', pos: 'verb' },
  { id: 'assault.execute', category: 'ASSAULT', mode: 'execute', lemma: 'execute', pos: 'verb', exceptObjectNoun: ['role', 'plan', 'order', 'duty', 'strategy', 'programme', 'program', 'project', 'agreement', 'contract', 'task', 'mandate', 'policy', 'deal', 'trade', 'transaction', 'decision', 'move', 'search', 'warrant'] },
  { id: 'assault.execution', category: 'ASSAULT', mode: 'execute', lemma: 'execution', pos: 'noun', preps: ['of'] },
  { id: 'assault.target', category: 'ASSAULT', lemma: 'target', pos: 'verb' },
  { id: 'assault.crackdown', category: 'ASSAULT', lemma: 'crackdown', pos: 'noun', preps: ['on', 'against'], domestic: true },
  { id: 'assault.clash', category: 'ASSAULT', lemma: 'clash', pos: 'any', object: false, preps: ['with', 'between'], mutual: true },
  // ("vowed to fight terrorism together with Pakistan": a fight against a scourge is no attack)
  { id: 'assault.fight', category: 'ASSAULT', lemma: 'fight', pos: 'verb', preps: ['with', 'against', 'between'], mutual: true, exceptObjectNoun: SCOURGES },
  { id: 'assault.fighting', category: 'ASSAULT', lemma: 'fighting', pos: 'any', preps: ['between', 'with', 'against'], mutual: true },
  { id: 'assault.battle', category: 'ASSAULT', lemma: 'battle', pos: 'any', preps: ['between', 'with', 'against'], mutual: true, notModifier: true, notAfter: NOT_FIGHTING },
  { id: 'assault.war', category: 'ASSAULT', lemma: 'war', pos: 'noun', preps: ['between', 'with', 'against', 'on'], mutual: true, notModifier: true, notAfter: NOT_FIGHTING, notFollowedBy: ['game', 'games', 'crime', 'crimes', 'criminal', 'criminals', 'correspondent', 'zone', 'memorial', 'veteran', 'veterans', 'bloggers', 'blogger', 'dead', 'hero', 'museum', 'of words', 'of nerves'] },
  { id: 'assault.takeover', category: 'ASSAULT', lemma: 'takeover', pos: 'noun', preps: ['of'], sourcePreps: ['by'] },
  { id: 'assault.conflict', category: 'ASSAULT', lemma: 'conflict', pos: 'noun', preps: ['between', 'with'], mutual: true, notModifier: true },
  { id: 'assault.hostility', category: 'ASSAULT', lemma: 'hostility', pos: 'noun', preps: ['between', 'with'], mutual: true },
  // "flare-ups of violence in the spring of 2019": renewed fighting between the parties
  { id: 'assault.flare-up', category: 'ASSAULT', lemma: 'flare-up', pos: 'noun', preps: ['between', 'with'], mutual: true },
  // abductions and hostage-taking (PLOVER ASSAULT, mode abduct)
  { id: 'assault.kidnap', category: 'ASSAULT', mode: 'abduct', lemma: 'kidnap', pos: 'verb' },
  { id: 'assault.abduct', category: 'ASSAULT', mode: 'abduct', lemma: 'abduct', pos: 'verb' },
  { id: 'assault.abduction', category: 'ASSAULT', mode: 'abduct', lemma: 'abduction', pos: 'noun', preps: ['of'] },
  { id: 'assault.take-hostage', category: 'ASSAULT', mode: 'abduct', lemma: 'take', pos: 'verb', objectNoun: ['hostage'], object: true },
  { id: 'assault.hold-hostage', category: 'ASSAULT', mode: 'abduct', lemma: 'hold', pos: 'verb', objectNoun: ['hostage'], object: true },
  { id: 'assault.assault', category: 'ASSAULT', lemma: 'assault', pos: 'any', preps: ['on', 'against', 'in'] },
  { id: 'assault.assassination', category: 'ASSAULT', mode: 'assassinate', lemma: 'assassination', pos: 'noun', preps: ['of'] },
  { id: 'assault.besiege', category: 'ASSAULT', lemma: 'besiege', pos: 'verb' },
  { id: 'assault.siege', category: 'ASSAULT', lemma: 'siege', pos: 'noun', preps: ['of', 'on'] },
  { id: 'assault.bombardment', category: 'ASSAULT', mode: 'heavy-weapons', lemma: 'bombardment', pos: 'noun', preps: ['of', 'on'] },
  { id: 'assault.counteroffensive', category: 'ASSAULT', lemma: 'counteroffensive', pos: 'noun', preps: ['against', 'on', 'in'] },
  { id: 'assault.drive-out', category: 'ASSAULT', lemma: 'drive', pos: 'verb', after: ['out'], preps: ['of', 'from'] },
  { id: 'assault.stab', category: 'ASSAULT', lemma: 'stab', pos: 'verb' },
  { id: 'assault.behead', category: 'ASSAULT', mode: 'execute', lemma: 'behead', pos: 'verb' },
  { id: 'assault.skirmish', category: 'ASSAULT', lemma: 'skirmish', pos: 'any', object: false, preps: ['with', 'between'], mutual: true },
  { id: 'assault.gunbattle', category: 'ASSAULT', mode: 'firearms', lemma: 'gunbattle', pos: 'noun', preps: ['with', 'between'], mutual: true },
  { id: 'assault.firefight', category: 'ASSAULT', mode: 'firearms', lemma: 'firefight', pos: 'noun', preps: ['with', 'between'], mutual: true },
  { id: 'assault.ethnic-cleansing', category: 'ASSAULT', lemma: 'cleansing', pos: 'any', object: false, before: ['ethnic'], preps: ['against', 'of', 'in'] },
];
