// Best effort: open a URL in the desktop's browser (for `npm start`). Never fails the caller.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function opener(): { command: string; args: string[] } | null {
  if (process.platform === 'darwin') return { command: 'open', args: [] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  const found = (process.env.PATH ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, 'xdg-open')));
  return found && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) ? { command: 'xdg-open', args: [] } : null;
}

/** True when a browser was asked to open the URL. Only on an interactive terminal, never in CI. */
export function openInBrowser(url: string): boolean {
  if (!process.stdout.isTTY || process.env.CI) return false;
  const how = opener();
  if (!how) return false;
  try {
    const child = spawn(how.command, [...how.args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
