// Options and plumbing several commands share: the --db option and opening the service on it.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AnnalsService } from '../service/service.js';
import { openStore } from '../store/index.js';

export const DEFAULT_DB = './annals.db';

export function addDbOption(command: Command): Command {
  return command.option('--db <file>', 'SQLite database file', DEFAULT_DB);
}

/** Commander collector for repeatable, comma-separable list options (--category A --category B,C). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/**
 * Open the service on a database, run `use`, close. Query commands pass `mustExist` so a typo in
 * --db is an error rather than a silently created empty database.
 */
export async function withService<T>(db: string, use: (service: AnnalsService) => Promise<T>, options: { mustExist?: boolean; stories?: boolean } = {}): Promise<T> {
  if (options.mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new Error(`no database at ${db} (run \`annals ingest PATH --db ${db}\` first)`);
  }
  const service = new AnnalsService({ store: openStore(db), stories: options.stories });
  try {
    return await use(service);
  } finally {
    await service.close();
  }
}
