// Entry point of the storage layer. Opening is explicit: nothing here touches a database on import.
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/open.js';

export type { Store, Extraction, EventLink } from './store.js';
export * from './types.js';

/** Open the store at a location: a SQLite file path (or ':memory:'). PostgreSQL URLs come later. */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error('PostgreSQL storage is not implemented yet; use a SQLite file path');
  }
  return openSqliteStore(location);
}
