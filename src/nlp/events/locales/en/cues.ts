// English function-word cues for clauses, negation, modality and attribution (data).

/** Words that end the search for a verb's arguments: a new clause starts after them. */
export const CLAUSE_BREAKS = new Set([
  ';', ':', 'which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'although', 'though',
  'because', 'since', 'after', 'before', 'until', 'unless', 'when', 'whether', 'but', 'if',
  'amid', 'despite', '"', '“', '”', '(', ')', '—', '–',
]);

/** Reporting verbs: the event is what was said, never the saying; their subject is the source credited. */
export const REPORTING_VERBS = new Set([
  'say', 'tell', 'report', 'add', 'state', 'note', 'quote', 'write', 'tweet', 'post', 'confirm',
  'announce', 'insist', 'reiterate', 'stress', 'claim', 'recall', 'explain',
]);
/** Reporting verb forms (the coder does not lemmatise function words). */
export const REPORTING_FORMS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'reported', 'added', 'adds', 'stated', 'noted',
  'wrote', 'writes', 'tweeted', 'quoted', 'explained',
]);

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
/** Multi-word negation cues ending just before the trigger. */
export const NEGATION_PHRASES: string[][] = [
  ['stopped', 'short', 'of'], ['stop', 'short', 'of'], ['stops', 'short', 'of'],
  ['failed', 'to'], ['fail', 'to'], ['fails', 'to'], ['yet', 'to'],
  ['no', 'longer'], ['refrained', 'from'], ['skipped'], ['skip'], ['skips'],
];

/** Words before a trigger (in its clause) that make it planned. */
export const PLANNED_CUES = new Set([
  'will', "'ll", 'shall', 'plan', 'plans', 'planned', 'planning', 'scheduled', 'schedule', 'due',
  'set', 'going', 'intend', 'intends', 'intended', 'upcoming', 'forthcoming', 'next', 'proposed',
  'arrange', 'arranged', 'prepare', 'prepared', 'preparing', 'decided', 'decide', 'decides', 'agreed',
  'agree', 'agrees', 'pledged', 'promised', 'vowed', 'committed',
]);

/** Words before a trigger (in its clause) that make it hypothetical. */
export const HYPOTHETICAL_CUES = new Set([
  'could', 'may', 'might', 'considering', 'consider', 'considers', 'considered', 'weighing', 'mulling',
  'expected', 'likely', 'possible', 'possibly', 'potential', 'if', 'unless', 'should', 'perhaps',
  'contemplating', 'mull', 'weigh', 'weighs', 'probable', 'ready', 'willing',
]);

/** Auxiliaries and adverbs that may sit between a subject and its verb. */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'s", "'ve",
  "'d", "'ll", 'also', 'reportedly', 'allegedly', 'already', 'again', 'then', 'later', 'jointly',
  'repeatedly', 'formally', 'officially', 'publicly', 'finally', 'immediately', 'recently',
  'strongly', 'sharply', 'not', "n't", 'never', 'both', 'all', 'to', 'once', 'twice',
]);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets']);

/** Determiners and words after which an ambiguous head is read as a noun. */
export const NOUN_CONTEXT = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my',
  'your', "'s", '’s', 'of', 'for', 'during', 'after', 'before', 'in', 'at', 'amid', 'new', 'first',
  'second', 'further', 'direct', 'official', 'state', 'joint', 'fresh', 'latest', 'recent', 'early',
  'brief', 'diplomatic', 'economic', 'military', 'more', 'no', 'any', 'such', 'peace', 'border',
  'air', 'missile', 'drone', 'deadly', 'two-day', 'three-day', 'annual', 'mass', 'massive',
  'large', 'planned', 'upcoming', 'possible', 'proposed', 'bilateral', 'trilateral', 'weekly',
  'daily', 'two', 'three', 'several', 'many', 'some', 'high-level', 'face-to-face', 'in-person',
  'virtual', 'renewed', 'heavy', 'fierce', 'violent', 'civilian', 'street', 'anti-government',
  'nationwide', 'strong', 'sharp', 'humanitarian', 'financial', 'foreign', 'international',
]);

/** Words before a trigger that make it a norm or wish, not an event ("the need to cooperate"). */
export const NON_EVENT_CUES = new Set(['need', 'needs', 'should', 'ought', 'necessity', 'importance', 'urgency', 'how', 'whether', 'responsibility', 'duty', 'obligation']);

/** Pronouns and phrases that stand for the parties of an earlier clause. */
export const PRONOUN_SUBJECTS = new Set(['they', 'it', 'he', 'she', 'we', 'both']);
export const PLURAL_ANAPHORS = [['the', 'two', 'sides'], ['the', 'two', 'officials'], ['the', 'two', 'leaders'],
  ['the', 'two', 'countries'], ['the', 'two', 'governments'], ['the', 'two', 'ministers'], ['both', 'sides'],
  ['both', 'countries'], ['both', 'leaders'], ['the', 'two', 'nations'], ['the', 'two'], ['both', 'governments']];

/** Prepositions whose object is a place, not a participant. */
export const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'from', 'into', 'off', 'over', 'via', 'through']);
export const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'with', 'to', 'from', 'by', 'for', 'of', 'against', 'between', 'among', 'into',
  'over', 'about', 'near', 'along', 'toward', 'towards', 'upon', 'outside', 'inside', 'across',
  'through', 'throughout', 'around', 'during', 'under', 'off', 'via', 'amid', 'within', 'like',
]);
/** Tokens that may separate coordinated actors ("Australia, Britain and Canada"). */
export const COORDINATORS = new Set([',', 'and', '&', 'the', 'both', 'as', 'well', 'along', 'or']);
/** Phrases marking mutual action ("accused each other"). */
export const RECIPROCALS = [['each', 'other'], ['one', 'another']];
