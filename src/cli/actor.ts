import type { Command } from 'commander';
import { roleOf } from '../nlp/actors/index.js';
import { tenureWording } from '../nlp/actors/tenure-wording.js';
import type { ActorDetail } from '../store/types.js';
import { print, table } from './format.js';
import { addDbOption, withService } from './shared.js';

export function registerActor(program: Command): void {
  addDbOption(program.command('actor'))
    .description('one actor: codes, roles over time, aliases, counterparts, events by category')
    .argument('<name...>', 'actor id, name, alias or country code')
    .option('--json', 'print the actor as JSON')
    .action(async (words: string[], options: { db: string; json?: boolean }) => {
      const name = words.join(' ');
      const actor = await withService(options.db, (service) => service.getActor(name), { mustExist: true });
      if (!actor) {
        process.exitCode = 1;
        throw new Error(`no actor "${name}" (try \`annals actors --query ${JSON.stringify(name)}\`)`);
      }
      print(options.json ? JSON.stringify(actor, null, 2) : describeActor(actor));
    });
}

/** The dates the articles give a role, worded as the web actor page words them. */
export const statedTenure = tenureWording;

export function describeActor(a: ActorDetail): string {
  const lines = [
    `${a.name}  (${a.id})`,
    `  kind ${a.kind}; code ${a.country ?? '-'}; sector ${a.sector ?? '-'}`,
    `  ${a.events} event${a.events === 1 ? '' : 's'}, ${a.mentions} mention${a.mentions === 1 ? '' : 's'}; seen ${a.firstSeen ?? '-'} to ${a.lastSeen ?? '-'}`,
  ];
  if (a.codes.length) lines.push(`  coded as: ${a.codes.map((c) => `${c.code} (${c.events})`).join(', ')}`);
  if (a.aliases.length) lines.push(`  aliases: ${a.aliases.join('; ')}`);
  if (a.roles.length) {
    lines.push('', 'roles:');
    for (const r of a.roles) {
      const stated = statedTenure(r);
      const seen = r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} to ${r.lastSeen}`;
      const codes = [r.country, r.sector].filter(Boolean).join(' ');
      lines.push(`  ${roleOf(r.role, r.country)}${codes ? ` [${codes}]` : ''}${stated ? ` (${stated})` : ''} — reported ${seen} in ${r.articles} article${r.articles === 1 ? '' : 's'}`);
    }
  }
  if (a.byCategory.length) {
    lines.push('', 'events by category:');
    lines.push(table(a.byCategory, [
      { header: 'category', value: (c) => c.category },
      { header: 'events', value: (c) => String(c.events), align: 'right' },
    ]).replace(/^/gm, '  '));
  }
  if (a.counterparts.length) {
    lines.push('', 'counterparts:');
    lines.push(table(a.counterparts, [
      { header: 'actor', value: (c) => c.name, max: 40 },
      { header: 'code', value: (c) => c.country ?? '' },
      { header: 'events', value: (c) => String(c.events), align: 'right' },
    ]).replace(/^/gm, '  '));
  }
  return lines.join('\n');
}
