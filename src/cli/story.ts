import type { Command } from 'commander';
import type { StoryDetail } from '../store/types.js';
import { EVENT_COLUMNS, print, table } from './format.js';
import { addDbOption, withService } from './shared.js';

export function registerStory(program: Command): void {
  addDbOption(program.command('story'))
    .description('the story of an article: every article reporting the same news, and the events counted once')
    .argument('<id>', 'an article id or name, or a story id')
    .option('--json', 'print the story as JSON')
    .action(async (id: string, options: { db: string; json?: boolean }) => {
      const story = await withService(options.db, (service) => service.getStory(id), { mustExist: true });
      if (!story) {
        process.exitCode = 1;
        throw new Error(`no article or story "${id}"`);
      }
      print(options.json ? JSON.stringify(story, null, 2) : describeStory(story));
    });
}

export function describeStory(story: StoryDetail): string {
  const articles = table(story.articles, [
    { header: 'date', value: (a) => a.date },
    { header: 'source', value: (a) => a.source ?? '', max: 28 },
    { header: 'title', value: (a) => a.title ?? a.name, max: 60 },
    { header: 'article', value: (a) => a.id },
  ]);
  const lines = [`story ${story.id}: ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}, ${story.events.length} event${story.events.length === 1 ? '' : 's'}`, '', articles];
  if (story.events.length) lines.push('', table(story.events, EVENT_COLUMNS));
  return lines.join('\n');
}
