import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { decideLink } from '../../stories/link.js';
import { buildProfile, type StoryProfile } from '../../stories/profile.js';
import { BASE_ARTICLES, syndicatedVariant } from '../../stories/testing/corpus.js';
import { MIGRATIONS } from './migrations.js';
import { migrate, openSqliteDatabase } from './open.js';
import { SqliteStories } from './stories.js';

// Invented wire text, and a reprint of it with a new first line.
const WIRE = 'Harbour pilots in Valparaiso ended a three-day strike on Thursday after the port authority agreed '
  + 'to hire forty more pilots and to cap night shifts at ten hours, the pilots union said. Container ships '
  + 'that had waited at anchor began entering the bay in the afternoon, and exporters of fruit said the delay '
  + 'had cost them several million dollars in spoiled cargo.';
const REPRINT = `Port news in brief. ${WIRE}`;
const OTHER = 'A regional court in Cordoba sentenced a former mayor to six years in prison for steering public works '
  + 'contracts to companies owned by his brother-in-law, prosecutors said on Thursday.';

function storiesOn(db: Database.Database): SqliteStories {
  const statements = new Map<string, Database.Statement>();
  return new SqliteStories((sql) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!);
}

function store(db: Database.Database, stories: SqliteStories, profile: StoryProfile): void {
  db.prepare(`INSERT INTO articles (id, name, date, text, story) VALUES (?, ?, ?, '', ?)`).run(profile.id, profile.id, profile.date, profile.id);
  stories.saveProfile(profile);
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite story index', () => {
  it('finds a reprint within the link window only, and decodes stored profiles as they were built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-stories-'));
    dirs.push(dir);
    const file = join(dir, 'annals.db');
    const writer = openSqliteDatabase(file);
    const writing = storiesOn(writer);
    const original = buildProfile({ id: 'wire', date: '2023-05-04', text: WIRE });
    store(writer, writing, original);
    store(writer, writing, buildProfile({ id: 'court', date: '2023-05-04', text: OTHER }));

    const nextDay = buildProfile({ id: 'reprint', date: '2023-05-05', text: REPRINT });
    const sameProcess = writing.candidates(nextDay);
    expect(sameProcess.map((c) => c.id)).toEqual(['wire']);
    expect(sameProcess[0].story).toBe('wire');
    // a second connection has no profiles in memory: it reads them back from the database
    const reader = new Database(file, { readonly: true });
    const fromDisk = storiesOn(reader).candidates(nextDay);
    expect(fromDisk).toEqual(sameProcess);
    expect(fromDisk[0].signature).toEqual(original.signature);
    expect(fromDisk[0].vector).toEqual(original.vector);
    // the same text two months later is past every link window
    expect(writing.candidates(buildProfile({ id: 'late', date: '2023-07-04', text: REPRINT }))).toEqual([]);
    reader.close();
    writer.close();
  });

  it('finds copies across the boundary of two key periods, in either order of arrival', () => {
    const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    // 2023-06-11 is the last day of a 64-day key period (day >> 6), 2023-06-12 the first of the next
    expect(dayOf('2023-06-11') >> 6).toBe((dayOf('2023-06-12') >> 6) - 1);
    for (const [stored, probe] of [['2023-06-11', '2023-06-12'], ['2023-06-12', '2023-06-11'], ['2023-06-11', '2023-07-08']]) {
      const db = openSqliteDatabase(':memory:');
      const stories = storiesOn(db);
      store(db, stories, buildProfile({ id: 'wire', date: stored, text: WIRE }));
      const found = stories.candidates(buildProfile({ id: 'reprint', date: probe, text: REPRINT }));
      expect(found.map((c) => c.id), `${stored} then ${probe}`).toEqual(['wire']);
      db.close();
    }
  });

  it('finds reprints printed up to a month later through their LSH bands alone', () => {
    const db = openSqliteDatabase(':memory:');
    const stories = storiesOn(db);
    const originals = BASE_ARTICLES.map((a, i) => buildProfile({ id: `o${i}`, date: a.date, text: a.text }));
    for (const original of originals) store(db, stories, original);
    const later = (days: number, date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    BASE_ARTICLES.forEach((article, i) => {
      for (const variant of [1, 2]) {
        // twelve days on: past the key-term window, so only a shared band finds the original
        const copy = syndicatedVariant(article, variant);
        const reprint = buildProfile({ id: `r${i}-${variant}`, date: later(12, article.date), text: copy.text });
        const found = stories.candidates(reprint);
        expect(found.map((c) => c.id), copy.label).toEqual([`o${i}`]);
        expect(decideLink(reprint, found[0]).reason).toBe('near-duplicate');
      }
    });
    db.close();
  });

  it('upgrades version-4 band rows with the day of their article', () => {
    const old = new Database(':memory:');
    for (const step of MIGRATIONS.slice(0, 4)) old.exec(step);
    old.pragma('user_version = 4');
    old.exec(`INSERT INTO articles (seq, id, name, date, text) VALUES (7, 'a7', 'a7', '2023-05-04', '');
      INSERT INTO story_profiles VALUES (7, '2023-05-04', 3, x'00', '[]', '[]', '[]', '[]');
      INSERT INTO story_bands (band_key, article_seq) VALUES (12345, 7);`);
    migrate(old);
    expect(old.prepare('SELECT band_key, day, article_seq FROM story_bands').all())
      .toEqual([{ band_key: 12345, day: Date.UTC(2023, 4, 4) / 86_400_000, article_seq: 7 }]);
    old.close();
  });

  it('upgrades version-7 band and term rows to lead with their key period', () => {
    const old = new Database(':memory:');
    for (const step of MIGRATIONS.slice(0, 7)) old.exec(step);
    old.pragma('user_version = 7');
    const day = Date.UTC(2023, 4, 4) / 86_400_000;
    old.exec(`INSERT INTO articles (seq, id, name, date, text) VALUES (7, 'a7', 'a7', '2023-05-04', '');
      INSERT INTO story_profiles VALUES (7, '2023-05-04', 3, x'00', '[]', '[]', '[]', '[]');
      INSERT INTO story_bands (band_key, day, article_seq) VALUES (12345, ${day}, 7);
      INSERT INTO story_terms (term, day, article_seq) VALUES ('valparaiso', ${day}, 7);`);
    migrate(old);
    expect(old.prepare('SELECT period, band_key, day, article_seq FROM story_bands').all())
      .toEqual([{ period: Math.floor(day / 64), band_key: 12345, day, article_seq: 7 }]);
    expect(old.prepare('SELECT period, term, day, article_seq FROM story_terms').all())
      .toEqual([{ period: Math.floor(day / 64), term: 'valparaiso', day, article_seq: 7 }]);
    old.close();
  });
});
