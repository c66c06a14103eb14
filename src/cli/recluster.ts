import type { Command } from 'commander';
import type { AnnalsService } from '../service/service.js';
import { print, printError } from './format.js';
import { addDbOption, withService } from './shared.js';

type ReclusterSummary = Awaited<ReturnType<AnnalsService['recluster']>>;

/** A plain progress line on stderr every this many articles (long runs only). */
const PROGRESS_EVERY = 5000;

export function registerRecluster(program: Command): void {
  addDbOption(program.command('recluster'))
    .description('rebuild every story and event merge from the stored articles (after --no-stories, or new link rules)')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const summary = await withService(options.db, (service) => service.recluster((articles) => {
        if (articles % PROGRESS_EVERY === 0) printError(`recluster: ${articles} articles`);
      }), { mustExist: true });
      print(options.json ? JSON.stringify(summary, null, 2) : describeRecluster(summary));
    });
}

export function describeRecluster(s: ReclusterSummary): string {
  const built = s.profilesBuilt ? ` (${s.profilesBuilt} story profile${s.profilesBuilt === 1 ? '' : 's'} built from stored annotations)` : '';
  return [
    `articles: ${s.articles} clustered${built}`,
    `stories of several articles: ${s.storiesBefore} → ${s.storiesAfter}`,
    `articles moved to another story: ${s.articlesMoved}`,
    `events: ${s.eventsBefore} → ${s.eventsAfter} (${s.eventsBefore - s.eventsAfter} merged)`,
  ].join('\n');
}
