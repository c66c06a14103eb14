// Response shapes for the OpenAPI description (documentation: answers are serialised with plain
// JSON.stringify, see app.ts, so a field added to the store's types is never silently dropped).
const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const list = (items: object) => ({ type: 'array', items }) as const;
const obj = (properties: Record<string, object>, description?: string) => ({ type: 'object', properties, ...(description ? { description } : {}) }) as const;

const actorRef = obj({ id: str, name: str, country: strOrNull });

export const eventRecord = obj({
  id: str,
  category: { type: 'string', description: 'PLOVER category' },
  mode: strOrNull,
  quad: { type: 'string', description: 'verbal cooperation, material cooperation, verbal conflict or material conflict' },
  score: { type: 'number', description: 'PLOVER score of the category' },
  source: list(str),
  target: list(str),
  sourceActors: list(actorRef),
  targetActors: list(actorRef),
  date: { type: ['string', 'null'], description: 'the date the text links to the event' },
  when: { type: 'string', description: 'the date a timeline places the event on: date, else the article date' },
  whenAssumed: { type: 'boolean', description: 'true when `when` is the article date standing in' },
  location: strOrNull,
  negated: bool,
  modality: { type: 'string', description: 'asserted, planned, hypothetical or demanded' },
  attribution: strOrNull,
  evidence: str,
  rule: { type: 'string', description: 'id of the rule that produced the event' },
  trigger: str,
  reportCount: { type: 'integer', description: 'articles reporting the event' },
}, 'an event');

const page = (item: object) => obj({ items: list(item), total: int, limit: int, offset: int });

export const eventsPage = page(eventRecord);

export const searchPage = page(obj({
  id: str, name: str, title: strOrNull, date: str, source: strOrNull, url: strOrNull,
  snippet: { type: 'string', description: 'plain text around the matches' },
  highlights: { ...list(list(int)), description: '[start, end) offsets of matched words in snippet' },
  rank: num,
}));

const actorSummary = obj({ id: str, name: str, kind: str, country: strOrNull, sector: strOrNull, events: int, mentions: int });
export const actorsPage = page(actorSummary);

/** a start or end the text states no date for, bounded by an article date ("former": ended before it) */
const roleBound = { type: ['object', 'null'], properties: { kind: { type: 'string', enum: ['before', 'after'] }, date: str } } as const;

export const actorDetail = obj({
  ...actorSummary.properties,
  aliases: list(str),
  roles: list(obj({
    role: str, country: strOrNull, sector: strOrNull, statedFrom: strOrNull, statedTo: strOrNull,
    fromBound: roleBound, toBound: roleBound, firstSeen: str, lastSeen: str, articles: int,
  }, 'one term of a role: a role held twice with dates apart is two entries')),
  counterparts: list(obj({ id: str, name: str, country: strOrNull, events: int })),
  codes: list(obj({ code: str, events: int })),
  byCategory: list(obj({ category: str, events: int })),
  firstSeen: strOrNull,
  lastSeen: strOrNull,
});

const timex = obj({ start: int, end: int, text: str, type: str, value: str, mod: strOrNull });

export const articleDetail = obj({
  seq: int, id: str, name: str, url: strOrNull, source: strOrNull, title: strOrNull, date: str, published: strOrNull,
  text: str, story: strOrNull,
  mentions: list(obj({ start: int, end: int, text: str, type: { type: 'string', description: 'PER, ORG, LOC or MISC' }, actor: strOrNull })),
  timexes: list(timex),
  events: list(obj({ ...eventRecord.properties, evidenceStart: { type: ['integer', 'null'] }, evidenceEnd: { type: ['integer', 'null'] }, timex: { anyOf: [timex, { type: 'null' }] } })),
  storyArticles: list(obj({ id: str, name: str, title: strOrNull, date: str, source: strOrNull, url: strOrNull })),
}, 'offsets are character offsets into text');

const dyadSide = obj({ query: str, id: strOrNull, name: str, code: strOrNull, known: bool });
export const dyadTimeline = obj({
  a: dyadSide,
  b: dyadSide,
  interval: str,
  points: list(obj({ period: str, direction: { type: 'string', enum: ['a->b', 'b->a'] }, quad: str, events: int, score: num })),
  combined: list(obj({ period: str, quad: str, events: int, score: num })),
});

export const eventTimeline = obj({ interval: str, points: list(obj({ period: str, category: str, quad: str, events: int, score: num })) });

export const network = obj({
  nodes: list(obj({ code: str, name: str, events: int })),
  edges: list(obj({ a: str, b: str, events: int, score: num, cooperation: int, conflict: int })),
});

export const stats = obj({
  counts: obj({
    articles: int, events: int, actors: int, mentions: int, firstArticle: strOrNull, lastArticle: strOrNull,
    byCategory: list(obj({ category: str, events: int })), byQuad: list(obj({ quad: str, events: int })),
  }),
  latest: list(eventRecord),
  actors: list(actorSummary),
  pairs: list(obj({ a: str, b: str, aName: str, bName: str, events: int, score: num, cooperation: int, conflict: int })),
});

export const ingestSummary = obj({
  new: int, duplicate: int, failed: int, events: int,
  errors: list(obj({ path: str, line: int, message: str })),
  articles: list(obj({ id: str, name: str, status: { type: 'string', enum: ['new', 'duplicate'] }, events: int, path: str, line: int })),
});

export const error = obj({ error: str, message: { type: 'string', description: 'what was wrong, naming the parameter' } });

export const eventDetail = obj({
  ...eventRecord.properties,
  reports: list(obj({
    articleId: str, articleName: str, articleTitle: strOrNull, articleDate: str, evidence: str, attribution: strOrNull, trigger: str,
    evidenceStart: { type: ['integer', 'null'] }, evidenceEnd: { type: ['integer', 'null'] },
  })),
  timex: { anyOf: [timex, { type: 'null' }] },
}, 'an event with what explains it');

export const story = obj({
  id: str,
  articles: list(obj({ id: str, name: str, title: strOrNull, date: str, source: strOrNull, url: strOrNull })),
  events: list(eventRecord),
});
