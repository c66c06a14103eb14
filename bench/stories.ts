// Story clustering costs, with baselines measured in the same run:
// - lookup: time to find and check the story candidates of one new article in the SQLite story
//   index (LSH bands + key terms in the date window + dated events), as the index grows from
//   10,000 to 200,000 articles of synthetic text. Near-flat growth is the goal: lookups are
//   index range scans whose cost follows how many articles share a key, not the index size.
//   The archive grows the way a news archive does, in time: a steady ARTICLES_PER_DAY, so
//   200,000 articles span about two years; new articles arrive on the latest day.
//   Synthetic words: the background corpus's known words (low IDF, shared by everyone) plus
//   pseudo-words (rare, high IDF), drawn with a Zipf-like skew.
// - ingest: articles per CPU-second through the service (pipeline + store) with clustering on and
//   off (article by article in turn, medians of rounds; cost = 1 - CPU off / CPU on), on two
//   corpora: a news feed where one article in four is a reprint of another (the examples and the
//   story test corpus, re-dated into distinct editions), and the pipeline bench's corpus, where
//   every article is a rotated copy of one of a dozen examples (giant stories: the worst case).
import type Database from 'better-sqlite3';
import { Pipeline } from '../src/nlp/pipeline.js';
import { AnnalsService } from '../src/service/index.js';
import { openSqliteDatabase } from '../src/store/sqlite/open.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { SqliteStories } from '../src/store/sqlite/stories.js';
import { decideLink } from '../src/stories/link.js';
import { buildProfile, type StoryProfile } from '../src/stories/profile.js';
import dfTable from '../src/stories/data/document-frequency.json' with { type: 'json' };
import type { Article } from '../src/ingest/index.js';
import { rng, syndicatedVariant, testCorpus } from '../src/stories/testing/corpus.js';
import { exampleArticles, variedCorpus } from './corpus.js';

const CHECKPOINTS = [10_000, 50_000, 200_000];
const PROBES = Number(process.env.BENCH_STORY_PROBES ?? 600);
const ARTICLES_PER_DAY = 300;
const WORDS_PER_ARTICLE = 70;
const INGEST_ARTICLES = Number(process.env.BENCH_STORY_INGEST ?? 150);
const LOOKUP = process.env.BENCH_STORY_LOOKUP !== '0';
/** alternating on/off ingest rounds per corpus; the medians count */
const INGEST_ROUNDS = Number(process.env.BENCH_STORY_ROUNDS ?? 7);
/** timed passes over the probes; the fastest counts (other processes share the machine) */
const PASSES = 5;

/** Pseudo-words from syllables, drawn with a Zipf-like skew so common words recur as in news. */
function syntheticWriter(seed: number) {
  const random = rng(seed);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'un', 'bel', 'dra', 'sek', 'po', 'li', 'zan', 'ter', 'os', 'gu'];
  const known = Object.entries(dfTable.df as Record<string, number>).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const pseudo = Array.from({ length: 40_000 }, (_, i) => {
    let word = 'q';
    for (let n = i + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
    return word;
  });
  const vocabulary = [...known, ...pseudo];
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)];
  return (words: number) => Array.from({ length: words }, word).join(' ');
}

const isoDay = (day: number) => new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
/** the day of the n-th article of the archive */
const dayOf = (n: number) => Math.floor(n / ARTICLES_PER_DAY);

/** A copy of a stored text with a new lead and a cut tail: a near-duplicate the lookup must find. */
function reprint(write: (n: number) => string, text: string, id: string, date: string): StoryProfile {
  const words = text.split(' ');
  return buildProfile({ id, date, text: `${write(8)} ${words.slice(0, words.length - 15).join(' ')}` });
}

export async function benchStories(): Promise<Record<string, number | string>> {
  // ingest first: the lookup phase leaves a large heap behind that would slow what follows it
  const ingest = INGEST_ARTICLES > 0 ? await benchIngestWithStories() : {};
  const lookup = LOOKUP ? await benchLookup() : {};
  return { ...lookup, ...ingest };
}

/** An empty story index in SQLite, loaded in one transaction until `commit`. */
function archiveIndex() {
  const db = openSqliteDatabase(':memory:');
  db.pragma('foreign_keys = OFF'); // bulk load: every key row is written for an article inserted just before
  db.exec('DROP TRIGGER articles_fts_insert'); // the bench loads story keys only; full text search is not measured here
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  const stories = new SqliteStories(prepare);
  const addArticle = db.prepare(`INSERT INTO articles (id, name, date, text, story) VALUES (?, ?, ?, '', ?)`);
  db.exec('BEGIN');
  const add = (p: StoryProfile) => {
    addArticle.run(p.id, p.id, p.date, p.id);
    stories.saveProfile(p);
  };
  return { db, stories, add, commit: () => db.exec('COMMIT') };
}

/**
 * One index per checkpoint (the archive's first 10k, 50k, 200k articles), each probed by
 * articles of the day after its last: two thirds new, one third reprints of its recent articles.
 * The timed passes go round the indexes in turn, so a busy moment on the shared machine slows
 * every size alike instead of the one being measured then.
 */
async function benchLookup(): Promise<Record<string, number | string>> {
  const write = syntheticWriter(1);
  const indexes = CHECKPOINTS.map((size) => ({ size, ...archiveIndex() }));
  const texts = new Map<number, string>(); // the texts reprints copy: each checkpoint's last 2,000
  let profileMs = 0;
  let insertMs = 0;
  for (let n = 0; n < CHECKPOINTS.at(-1)!; n++) {
    const t0 = performance.now();
    const text = write(WORDS_PER_ARTICLE);
    const profile = buildProfile({ id: `a${String(n).padStart(8, '0')}`, date: isoDay(dayOf(n)), text });
    const t1 = performance.now();
    for (const index of indexes) if (n < index.size) index.add(profile);
    if (CHECKPOINTS.some((size) => n >= size - 2000 && n < size)) texts.set(n, text);
    profileMs += t1 - t0;
    insertMs += performance.now() - t1;
  }
  const checkpoints = indexes.map((index) => {
    index.commit();
    const today = isoDay(dayOf(index.size));
    const probes = Array.from({ length: PROBES }, (_, i) => {
      if (i % 3 === 2) return reprint(write, texts.get(index.size - 2000 + ((i * 7) % 2000))!, `probe${i}`, today);
      return buildProfile({ id: `probe${i}`, date: today, text: write(WORDS_PER_ARTICLE) });
    });
    return { ...index, probes, perLookup: Infinity, candidates: 0, found: 0 };
  });
  for (const c of checkpoints) for (const probe of c.probes.slice(0, 50)) c.stories.candidates(probe); // warm statements
  for (let pass = 0; pass < PASSES; pass++) {
    for (const c of checkpoints) {
      c.candidates = 0;
      c.found = 0;
      const started = process.cpuUsage(); // CPU time: robust to other processes on the cores
      for (const probe of c.probes) {
        const list = c.stories.candidates(probe);
        c.candidates += list.length;
        c.found += list.filter((candidate) => decideLink(probe, candidate).link).length;
      }
      const used = process.cpuUsage(started);
      c.perLookup = Math.min(c.perLookup, (used.user + used.system) / 1000 / PROBES);
    }
  }
  const out: Record<string, number | string> = {};
  for (const c of checkpoints) {
    out[`stories.lookup_ms_at_${c.size}`] = Number(c.perLookup.toFixed(3));
    out[`stories.candidates_per_lookup_at_${c.size}`] = Number((c.candidates / PROBES).toFixed(2));
    out[`stories.reprints_found_at_${c.size}`] = `${c.found >= PROBES / 3 ? 'all' : c.found} of ${Math.floor(PROBES / 3)}`;
    c.db.close();
  }
  const stored = CHECKPOINTS.reduce((a, b) => a + b, 0);
  out['stories.lookup_growth_10k_to_200k'] = Number((checkpoints.at(-1)!.perLookup / checkpoints[0].perLookup).toFixed(2));
  out['stories.profile_us_per_article'] = Number(((profileMs * 1000) / CHECKPOINTS.at(-1)!).toFixed(1));
  out['stories.index_insert_us_per_article'] = Number(((insertMs * 1000) / stored).toFixed(1));
  return out;
}

/**
 * Distinct articles (examples and the story test corpus, each re-issued as dated "editions" 45
 * days apart so no two editions share a story), and after every third one a reprint of it.
 */
export function newsFeed(examples: Article[], size: number): { name: string; date: string; text: string }[] {
  const sources = [...examples.map((a) => ({ label: a.name, story: a.name, date: a.date, text: a.text })), ...testCorpus()];
  const feed: { name: string; date: string; text: string }[] = [];
  for (let n = 0; feed.length < size; n++) {
    const source = sources[n % sources.length];
    const edition = Math.floor(n / sources.length);
    const date = new Date(Date.parse(`${source.date}T00:00:00Z`) + edition * 45 * 86_400_000).toISOString().slice(0, 10);
    const article = { ...source, date, text: `${source.text}\n\n(Edition ${edition}.)` };
    feed.push({ name: `${source.label}-${edition}`, date, text: article.text });
    if (n % 3 === 2 && feed.length < size) {
      const copy = syndicatedVariant(article, n);
      feed.push({ name: `${copy.label}-${edition}`, date: copy.date, text: copy.text });
    }
  }
  return feed;
}

async function benchIngestWithStories(): Promise<Record<string, number | string>> {
  const examples = await exampleArticles();
  const pipeline = new Pipeline();
  pipeline.run({ text: examples[0].text, date: examples[0].date }); // load models outside the timing
  const feed = await compareIngest(pipeline, newsFeed(examples, INGEST_ARTICLES), 'feed');
  const copies = await compareIngest(pipeline, variedCorpus(examples, INGEST_ARTICLES), 'copies');
  return { ...feed, ...copies };
}

async function compareIngest(pipeline: Pipeline, corpus: { name: string; date: string; text: string }[], label: string): Promise<Record<string, number | string>> {
  const lines = corpus.map((a) => JSON.stringify({ id: a.name, date: a.date, text: a.text }));
  const open = (stories: boolean) => new AnnalsService({ store: new SqliteStore(openSqliteDatabase(':memory:')), pipeline, stories });
  const cpuMs = async (service: AnnalsService, payload: string) => {
    const started = process.cpuUsage();
    await service.ingest({ payload });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  // One round ingests the corpus into two stores, clustering off and on, article by article in
  // turn (who goes first alternates): a busy moment on the shared machine hits both sides alike.
  // CPU time of this process, so other processes slow the wall clock, not this. Medians of rounds.
  const round = async () => {
    const off = open(false);
    const on = open(true);
    let offMs = 0;
    let onMs = 0;
    for (const [i, line] of lines.entries()) {
      if (i % 2) onMs += await cpuMs(on, line);
      offMs += await cpuMs(off, line);
      if (!(i % 2)) onMs += await cpuMs(on, line);
    }
    const events = { off: (await off.counts()).events, on: (await on.counts()).events };
    await off.close();
    await on.close();
    return { rateOff: (1000 * lines.length) / offMs, rateOn: (1000 * lines.length) / onMs, cost: 1 - offMs / onMs, events };
  };
  const rounds: Awaited<ReturnType<typeof round>>[] = [];
  for (let r = 0; r < INGEST_ROUNDS; r++) rounds.push(await round());
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rateOff = median(rounds.map((r) => r.rateOff));
  const rateOn = median(rounds.map((r) => r.rateOn));
  return {
    [`stories.ingest_${label}_articles`]: corpus.length,
    [`stories.ingest_${label}_per_s_clustering_off`]: Number(rateOff.toFixed(1)),
    [`stories.ingest_${label}_per_s_clustering_on`]: Number(rateOn.toFixed(1)),
    [`stories.ingest_${label}_cost_of_clustering`]: `${(100 * median(rounds.map((r) => r.cost))).toFixed(1)}%`,
    [`stories.ingest_${label}_clustering_cpu_ms_per_article`]: Number((1000 / rateOn - 1000 / rateOff).toFixed(2)),
    [`stories.ingest_${label}_events_clustering_off`]: rounds[0].events.off,
    [`stories.ingest_${label}_events_clustering_on`]: rounds[0].events.on,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [key, value] of Object.entries(await benchStories())) console.log(`${key.padEnd(48)} ${value}`);
}
