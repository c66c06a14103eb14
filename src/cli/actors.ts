import type { Command } from 'commander';
import type { ActorSummary } from '../store/types.js';
import { print, table } from './format.js';
import { addDbOption, withService } from './shared.js';

interface ActorsOptions { db: string; limit: string; page: string; query?: string; kind?: string; country?: string; json?: boolean }

export function registerActors(program: Command): void {
  addDbOption(program.command('actors'))
    .description('top actors by number of events')
    .option('--limit <n>', 'actors per page', '20')
    .option('--page <n>', 'page number', '1')
    .option('--query <text>', 'only actors whose id, name or alias contains this')
    .option('--kind <kind>', 'person, country, organization or group')
    .option('--country <code>', 'only actors with this country / organisation code')
    .option('--json', 'print the result page as JSON')
    .action(async (options: ActorsOptions) => {
      const page = await withService(options.db, (service) => service.listActors({
        limit: Number(options.limit), page: Number(options.page), query: options.query, kind: options.kind, country: options.country,
      }), { mustExist: true });
      if (options.json) {
        print(JSON.stringify(page, null, 2));
        return;
      }
      print(actorsTable(page.items));
      print(`${page.items.length} of ${page.total} actors`);
    });
}

export function actorsTable(actors: ActorSummary[]): string {
  return table(actors, [
    { header: 'actor', value: (a) => a.name, max: 40 },
    { header: 'id', value: (a) => a.id, max: 40 },
    { header: 'kind', value: (a) => a.kind },
    { header: 'code', value: (a) => a.country ?? '' },
    { header: 'sector', value: (a) => a.sector ?? '' },
    { header: 'events', value: (a) => String(a.events), align: 'right' },
    { header: 'mentions', value: (a) => String(a.mentions), align: 'right' },
  ]);
}
