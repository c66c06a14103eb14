// Light tense cues (used when the tag stage gives no POS): words that mark a clause as
// talking about the future or the past. Data only; see ../../tense.ts for how they are weighed.

export const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', 'wo', 'going', 'plans', 'plan', 'planned', 'planning', 'payable', 'effective', 'pending', 'scheduled', 'due',
  'expected', 'expects', 'set', 'slated', 'upcoming', 'next', 'coming', 'intends', 'intend', 'aims', 'hopes',
  'would', 'tomorrow', 'soon', 'ahead', 'prepare', 'prepares', 'preparing', 'to', 'hopes', 'aim', 'expect',
]);

/**
 * Future cues that only count in the pattern "is/are/was to", "going to", "set to", "plans to";
 * otherwise they are nouns or other verbs ("vacation plans", "set aside").
 */
export const FUTURE_NEEDS_TO = new Set(['going', 'set', 'to', 'plans', 'plan', 'aim', 'aims', 'intend', 'intends', 'prepare', 'prepares', 'preparing']);

/**
 * Past-tense verbs of deciding or intending: before a time expression and followed by "to" they
 * point forward ("decided to admit them in March"); after it they are the clause's own past
 * verb ("On Friday, the government planned to pay").
 */
export const INTENTION_VERBS = new Set([
  'decided', 'agreed', 'voted', 'promised', 'pledged', 'vowed', 'threatened', 'offered', 'proposed',
  'planned', 'intended', 'prepared', 'arranged', 'undertook', 'resolved', 'chose', 'hoped', 'aimed',
]);

/** Future cues that also count before "for" ("set for December"). */
export const FUTURE_WITH_FOR = new Set(['set', 'scheduled', 'slated', 'planned', 'due', 'prepare', 'prepares', 'preparing']);

export const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been', 'ago', 'yesterday', 'last', 'earlier', 'previously']);

/** Reporting verbs: their tense tells when the report was made, so they weigh least. */
export const REPORTING_VERBS = new Set(['said', 'told', 'reported', 'announced', 'added', 'stated', 'noted', 'confirmed', 'according', 'tweeted', 'wrote', 'says', 'declared']);

/** Irregular past-tense forms (the -ed ones are found by morphology). */
export const IRREGULAR_PAST = new Set([
  'met', 'went', 'came', 'took', 'gave', 'made', 'held', 'left', 'saw', 'told', 'said', 'began',
  'won', 'lost', 'fell', 'rose', 'hit', 'led', 'sent', 'spoke', 'broke', 'brought', 'bought',
  'sold', 'found', 'got', 'kept', 'knew', 'paid', 'put', 'ran', 'set', 'shot', 'stood', 'struck',
  'thought', 'wrote', 'fled', 'flew', 'fought', 'drove', 'grew', 'heard', 'hung', 'laid', 'meant',
  'quit', 'sat', 'slid', 'spent', 'swore', 'threw', 'understood', 'withdrew', 'wore', 'became',
  'chose', 'did', 'ate', 'forgot', 'froze', 'overtook', 'undertook', 'upheld', 'sought', 'taught',
  'caught', 'felt', 'dealt', 'built', 'lent', 'bent', 'arose', 'beat', 'bore', 'forbade', 'stole',
  'stuck', 'swept', 'woke', 'was', 'were', 'had', 'underwent', 'overcame', 'overran', 'overthrew', 'withstood',
  'sank', 'sang', 'rang', 'drank', 'shrank', 'sprang', 'tore', 'wept', 'slept', 'crept', 'swung', 'hid', 'fed',
  'bled', 'dug', 'spun', 'knelt', 'forgave', 'mistook', 'misled', 'rebuilt', 'retook', 'rewrote', 'rode', 'shone',
  'shook', 'strode', 'swam', 'blew', 'drew', 'flung', 'clung', 'awoke', 'befell', 'oversaw', 'outran', 'undid',
]);

/** Words ending in -ed that are not past-tense verbs (or point forward). */
export const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'led', 'wed', 'indeed', 'proceed', 'succeed',
  'exceed', 'hundred', 'scheduled', 'expected', 'planned', 'proposed', 'intended', 'supposed',
  'interested', 'concerned', 'united', 'limited', 'armed', 'based', 'related', 'detailed', 'advanced',
  'embed', 'allied', 'biased', 'skilled', 'naked', 'sacred', 'wicked', 'ragged', 'crooked', 'aged',
]);
