// `npm run bench`: every benchmark section in order, printed as it finishes, then peak memory.
// Each section measures a baseline in the same run, so ratios hold across machines.
import { benchApi } from './api.js';
import { benchIngest, benchPipeline } from './pipeline.js';
import { benchStories } from './stories.js';
import { benchTag } from './tag.js';
import { benchTime } from './time.js';

type Section = [name: string, run: () => Promise<Record<string, number | string>>];

const SECTIONS: Section[] = [
  ['pipeline', benchPipeline],
  ['ingest', benchIngest],
  ['tagger', benchTag],
  ['time', () => benchTime()],
  ['stories', benchStories],
  ['api', benchApi],
];

const only = process.argv.slice(2);
for (const [name, run] of SECTIONS) {
  if (only.length > 0 && !only.includes(name)) continue;
  const figures = await run();
  console.log(`\n## ${name}`);
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(48)} ${value}`);
}
console.log(`\npeak_rss_mb${' '.repeat(37)} ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
