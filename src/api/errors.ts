// One error shape for every failure: { error, message }, with the parameter named in the message.
import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { RequestError } from '../service/schemas.js';

/** Fastify schemaErrorFormatter: "parameter "limit" must be <= 500; unknown parameter "colour"". */
export function formatValidationErrors(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const where = dataVar === 'querystring' ? 'parameter' : dataVar === 'params' ? 'path parameter' : dataVar;
  const messages = errors.map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') return `unknown ${where} "${String(params.additionalProperty)}"`;
    if (e.keyword === 'required') return `missing ${where} "${String(params.missingProperty)}"`;
    const name = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const allowed = e.keyword === 'enum' ? ` (${(params.allowedValues as unknown[]).join(', ')})` : '';
    return `${where} "${name}" ${e.message ?? 'is invalid'}${allowed}`;
  });
  return new RequestError([...new Set(messages)].join('; '));
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const fastifyError = error as FastifyError;
  if (error instanceof RequestError || fastifyError.validation) {
    reply.code(400).send({ error: 'Bad Request', message: error.message });
    return;
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    reply.code(status).send({ error: errorName(status), message: error.message });
    return;
  }
  request.log.error(error);
  reply.code(500).send({ error: 'Internal Server Error', message: 'the server failed to answer; see its log' });
}

function errorName(status: number): string {
  return ({ 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type' } as Record<number, string>)[status] ?? 'Bad Request';
}

export function notFound(reply: FastifyReply, what: string): void {
  reply.code(404).send({ error: 'Not Found', message: what });
}
