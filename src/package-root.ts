// The package root (the folder holding package.json), found from a module's own location so
// that the same code finds models, examples and the web build from src/ (tsx) and dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('annals: cannot find the package root (package.json)');
    dir = parent;
  }
  return dir;
}
