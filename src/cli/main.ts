import { Command } from 'commander';
import { COMMANDS } from './commands.js';

const program = new Command();
program
  .name('annals')
  .description('Turn dated news articles into a searchable, temporal record of political events.')
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`annals: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
