// Where the built web app lives: dist/web under the package root (vite build output).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** The built web app's folder, or null when it has not been built. */
export function defaultWebRoot(): string | null {
  const dir = path.join(packageRoot(), 'dist', 'web');
  return existsSync(path.join(dir, 'index.html')) ? dir : null;
}
