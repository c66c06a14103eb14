import type { Command } from 'commander';
import { print } from './format.js';
import { addDbOption, withService } from './shared.js';

interface SearchOptions { db: string; from?: string; to?: string; actor?: string; limit: string; page: string; json?: boolean }

export function registerSearch(program: Command): void {
  addDbOption(program.command('search'))
    .description('full-text search over stored articles')
    .argument('<query...>', 'words; "quoted phrases"; word* for a prefix')
    .option('--from <date>', 'articles dated on or after (YYYY[-MM[-DD]])')
    .option('--to <date>', 'articles dated on or before')
    .option('--actor <code|name>', 'articles mentioning this actor or reporting its events')
    .option('--limit <n>', 'results per page', '10')
    .option('--page <n>', 'page number', '1')
    .option('--json', 'print the result page as JSON')
    .action(async (words: string[], options: SearchOptions) => {
      const color = Boolean(process.stdout.isTTY) && !options.json;
      const page = await withService(options.db, (service) => service.search({
        query: words.join(' '), from: options.from, to: options.to, actor: options.actor,
        limit: Number(options.limit), page: Number(options.page),
        highlightOpen: color ? '\u001b[1m' : '[', highlightClose: color ? '\u001b[22m' : ']',
      }), { mustExist: true });
      if (options.json) {
        print(JSON.stringify(page, null, 2));
        return;
      }
      const first = page.total ? page.offset + 1 : 0;
      print(`${page.total} article${page.total === 1 ? '' : 's'}${page.total ? ` (showing ${first}-${page.offset + page.items.length})` : ''}`);
      for (const hit of page.items) {
        print();
        print(`${hit.date}  ${hit.title ?? hit.name}${hit.source ? `  — ${hit.source}` : ''}`);
        print(`  ${hit.snippet.replace(/\s+/g, ' ').trim()}`);
        print(`  id ${hit.id}${hit.url ? `  ${hit.url}` : ''}`);
      }
    });
}
