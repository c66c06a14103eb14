// The write token: POST /api/articles needs it, and with `private` every /api route does. It comes
// from --token or ANNALS_TOKEN at start; clients send `Authorization: Bearer TOKEN` or `X-Annals-Token`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The token a request carries, if any. */
export function requestToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const m = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (m) return m[1].trim();
  }
  const custom = request.headers['x-annals-token'];
  return typeof custom === 'string' && custom ? custom : null;
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function tokenMatches(expected: string, given: string | null): boolean {
  return given !== null && timingSafeEqual(digest(expected), digest(given));
}

/** A preHandler that answers 401/403 unless the request carries the configured token. */
export function requireToken(token: string | undefined, action: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) {
      return reply.code(403).send({ error: 'Forbidden', message: `${action} is disabled: start the server with --token or ANNALS_TOKEN` });
    }
    if (!tokenMatches(token, requestToken(request))) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'Unauthorized', message: `${action} needs the server token (Authorization: Bearer TOKEN)` });
    }
  };
}
