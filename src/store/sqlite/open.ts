import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

export type SqliteDatabase = Database.Database;

/** Apply the migration steps the database has not seen yet; returns the resulting version. */
export function migrate(db: SqliteDatabase): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this annals (${MIGRATIONS.length})`);
  }
  for (let step = current; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/** Open (or create) a SQLite database file, or ':memory:', configured and migrated. */
export function openSqliteDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL'); // safe with WAL; a crash loses at most the last commits
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(openSqliteDatabase(file));
}
