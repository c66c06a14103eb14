import type { Command } from 'commander';
import { csv, EVENT_COLUMNS, EVENT_CSV_COLUMNS, print, table } from './format.js';
import { addDbOption, collect, withService } from './shared.js';

const FORMATS = ['table', 'json', 'csv'] as const;

interface EventsOptions {
  db: string; actor?: string; source?: string[]; target?: string[]; category?: string[]; quad?: string[];
  from?: string; to?: string; negated?: boolean; modality?: string[]; article?: string;
  limit: string; page: string; sort: string; format: string;
}

export function registerEvents(program: Command): void {
  addDbOption(program.command('events'))
    .description('list stored events, latest first')
    .option('--actor <code|name>', 'either side: a code (JPN) or an actor id, name or alias')
    .option('--source <codes>', 'source codes (repeatable, comma-separated)', collect)
    .option('--target <codes>', 'target codes (repeatable, comma-separated)', collect)
    .option('--category <names>', 'PLOVER categories (repeatable, comma-separated)', collect)
    .option('--quad <names>', 'quad classes, e.g. "material conflict"', collect)
    .option('--from <date>', 'events on or after (YYYY[-MM[-DD]])')
    .option('--to <date>', 'events on or before')
    .option('--negated', 'only events the text says did not happen')
    .option('--no-negated', 'only events that are not negated')
    .option('--modality <names>', 'asserted, planned, hypothetical, demanded', collect)
    .option('--article <id>', 'events reported by one article')
    .option('--limit <n>', 'events per page', '20')
    .option('--page <n>', 'page number', '1')
    .option('--sort <order>', '-when (latest first) or when', '-when')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .action(async (options: EventsOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
      const page = await withService(options.db, (service) => service.listEvents({
        actor: options.actor, source: options.source, target: options.target, category: options.category,
        quad: options.quad, from: options.from, to: options.to, negated: options.negated, modality: options.modality,
        article: options.article, limit: Number(options.limit), page: Number(options.page),
        sort: options.sort as never,
      }), { mustExist: true });
      if (options.format === 'json') print(JSON.stringify(page, null, 2));
      else if (options.format === 'csv') print(csv(page.items, EVENT_CSV_COLUMNS));
      else {
        print(table(page.items, EVENT_COLUMNS));
        print(`${page.items.length} of ${page.total} events${page.total > page.items.length ? ` (page ${options.page}; --page for more)` : ''}; ~date = article date (no date in the text)`);
      }
    });
}
