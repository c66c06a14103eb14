// Where the built web app lives: dist/web under the package root (vite build output).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this file holding package.json. */
export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('annals: cannot find the package root (package.json)');
    dir = parent;
  }
  return dir;
}

/** The built web app's folder, or null when it has not been built. */
export function defaultWebRoot(): string | null {
  const dir = path.join(packageRoot(), 'dist', 'web');
  return existsSync(path.join(dir, 'index.html')) ? dir : null;
}
