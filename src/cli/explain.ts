import type { Command } from 'commander';
import type { EventDetail } from '../store/types.js';
import { print, side } from './format.js';
import { addDbOption, withService } from './shared.js';

export function registerExplain(program: Command): void {
  addDbOption(program.command('explain'))
    .description('why a stored event exists: trigger, rule, arguments, date source, evidence')
    .argument('<event-id>', 'the id shown by `annals events`')
    .option('--json', 'print the event as JSON')
    .action(async (id: string, options: { db: string; json?: boolean }) => {
      const event = await withService(options.db, (service) => service.explainEvent(id), { mustExist: true });
      if (!event) {
        process.exitCode = 1;
        throw new Error(`no event "${id}"`);
      }
      print(options.json ? JSON.stringify(event, null, 2) : describeEvent(event));
    });
}

export function describeEvent(e: EventDetail): string {
  const actors = (list: EventDetail['sourceActors']) => list.map((a) => `${a.name} [${a.id}${a.country ? `, ${a.country}` : ''}]`).join('; ') || '-';
  const date = e.date
    ? `${e.date}${e.timex ? ` from "${e.timex.text}" (${e.timex.type} ${e.timex.value}${e.timex.mod ? `, ${e.timex.mod}` : ''})` : ''}`
    : `none in the text; placed on the article date ${e.when}`;
  const lines = [
    `event ${e.id}: ${e.category}${e.mode ? ` (${e.mode})` : ''} — ${e.quad}, score ${e.score}`,
    `  ${side(e.source, e.sourceActors)} → ${side(e.target, e.targetActors)}`,
    `  trigger:     "${e.trigger}"`,
    `  rule:        ${e.rule}`,
    `  source:      ${e.source.join(', ') || '-'}; actors ${actors(e.sourceActors)}`,
    `  target:      ${e.target.join(', ') || '-'}; actors ${actors(e.targetActors)}`,
    `  date:        ${date}`,
    `  location:    ${e.location ?? '-'}`,
    `  negated:     ${e.negated ? 'yes' : 'no'}`,
    `  modality:    ${e.modality}`,
    `  attribution: ${e.attribution ?? '-'}`,
    `  evidence:    ${e.evidence.replace(/\s+/g, ' ').trim()}`,
  ];
  for (const r of e.reports) {
    const at = r.evidenceStart !== null ? ` (characters ${r.evidenceStart}-${r.evidenceEnd})` : '';
    lines.push(`  reported by: ${r.articleTitle ?? r.articleName}, ${r.articleDate} [article ${r.articleId}]${at}`);
  }
  return lines.join('\n');
}
