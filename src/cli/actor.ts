import type { Command } from 'commander';
import { roleOf } from '../nlp/actors/index.js';
import type { ActorDetail, ActorRole } from '../store/types.js';
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

/**
 * The dates the articles give a role: stated ("from 2021-11, stated") and bounds a word gives by
 * an article date ("until before 2021-12-11" for "former"), never a bound passed off as stated;
 * empty when they only report the role.
 */
export function statedTenure(r: Pick<ActorRole, 'statedFrom' | 'statedTo' | 'fromBound' | 'toBound'>): string {
  let stated = '';
  if (r.statedFrom && r.statedTo) stated = `${r.statedFrom} to ${r.statedTo}, stated`;
  else if (r.statedFrom) stated = `from ${r.statedFrom}, stated`;
  else if (r.statedTo) stated = `to ${r.statedTo}, stated`;
  const bounds = [
    !r.statedFrom && r.fromBound ? `from ${r.fromBound.kind} ${r.fromBound.date}` : '',
    !r.statedTo && r.toBound ? `until ${r.toBound.kind} ${r.toBound.date}` : '',
  ].filter(Boolean).join(', ');
  return [stated, bounds].filter(Boolean).join('; ');
}

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
