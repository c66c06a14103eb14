// The shape of an event pattern. Patterns are data (locales/<lang>/lexicon.ts); the coder only
// interprets them. Every produced DocEvent stores the pattern id in `rule`.

export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** What the clause after the trigger means for triggers found inside it. */
export type ComplementEffect =
  /** a demand, threat or refusal: its content is not coded as a second event */
  | 'suppress'
  /** agreeing or deciding to do something: the content is a planned event */
  | 'planned'
  /** considering or weighing something: the content is hypothetical */
  | 'hypothetical';

export interface EventPattern {
  /** unique id, stored on every event the pattern produces */
  id: string;
  category: PloverCategory;
  mode?: string;
  /** lemma of the head word */
  lemma: string;
  /** part of speech of the head; 'any' for words whose noun and verb readings code alike */
  pos: 'verb' | 'noun' | 'any';
  /** words that must follow the head immediately ("call" + "on", "pull" + "out") */
  after?: string[];
  /** one of these lemmas must follow within a few tokens ("impose" … "sanctions") */
  objectNoun?: string[];
  /** the object noun must come right after one of these words, a determiner or adjective between ("to the foreign ministry") */
  objectNounAfter?: string[];
  /** one of these lemmas must head the clause subject, within eight tokens before ("vaccine doses from India reached ...") */
  subjectNoun?: string[];
  /** the pattern does not apply when one of these lemmas heads the clause subject ("Hurricane Katrina struck the coast") */
  notSubjectNoun?: string[];
  /** the pattern does not apply when one of these lemmas follows within a few tokens ("meet demands") */
  exceptObjectNoun?: string[];
  /** one of these words must precede within a few tokens ("joint" exercise, "general" strike) */
  before?: string[];
  /** the pattern does not apply when the next words are one of these ("war games", "offered no evidence", "a war of words") */
  notFollowedBy?: string[];
  /** the pattern does not apply right after one of these words or phrases ("the Cold War", "a trade war", "a custody battle") */
  notAfter?: string[];
  /** a verb that takes no object: with one it means something else ("to demonstrate U.S. resolve", "to rally Arab opinion") */
  intransitive?: boolean;
  /** a naming verb: not when its object is followed by a name or verdict for it ("called Bush a liar", "a venture called Orion") */
  notNaming?: boolean;
  /** the pattern does not apply as a participle right after one of these nouns ("a statement released by the Kremlin") */
  notAfterNoun?: string[];
  /** the noun does not apply as a modifier of the common noun after it ("war planners", "war damages", "conflict zone") */
  notModifier?: boolean;
  /** the pattern does not apply to a purpose infinitive after a noun ("stepped out of the room to allow ...") */
  notPurpose?: boolean;
  /** the direct object is the target (default: true for verbs, false for nouns) */
  object?: boolean;
  /** prepositions whose object is the target ("with", "on", "against") */
  preps?: string[];
  /** prepositions whose object is the source ("by" is always one; "from" for "receive aid from") */
  sourcePreps?: string[];
  /** in the passive, prepositions whose object is the source ("was suspended from the bloc") */
  passiveSourcePreps?: string[];
  /** the grammatical subject is the target and the object the source ("host", "receive") */
  swap?: boolean;
  /** a target introduced by one of `preps` wins over a direct object ("hosted a summit with X") */
  prepFirst?: boolean;
  /** symmetric event: with no explicit target, the first-named party is source, the rest target */
  symmetric?: boolean;
  /** two-sided event (clashes, fighting, mutual accusations): all parties in both fields */
  mutual?: boolean;
  /** domestic act (curfews, protests, arrests): with no target named, the target is the source */
  domestic?: boolean;
  /** the source is the speaker credited in the sentence ("X said Y must ..."), the target the subject */
  speakerSource?: boolean;
  /**
   * a claim in a free relative ("in reprisal for what it said was Georgia's blockade"): the head follows
   * "what" and its subject, and a copula follows it; the source is that subject, the target the party
   * named in the claim
   */
  claimed?: boolean;
  /**
   * fires only when its content clause tells another's past conduct or state ("claimed that Ukraine was
   * undermining ...", "claiming they were victims of ..."): a "was", "were" or "had" in the clause after it
   */
  pastContent?: boolean;
  /**
   * a verdict after a copula in reported speech ('said the seizure was "stupidity"'): the speaker
   * judges the party named in the subject or the verdict, else the author of the act the subject names
   */
  copula?: boolean;
  /** a verdict on the object ("called the move a provocation"): with no party as object, the target is the author of the act referred to */
  verdict?: boolean;
  /** how the head's complement clause affects events inside it */
  complement?: ComplementEffect;
  /** the pattern's own modality when not asserted by default ("pledge" = planned) */
  modality?: 'asserted' | 'planned' | 'hypothetical';
}
