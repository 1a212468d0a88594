/**
 * The responders that answer from the state: the endpoints domain modules
 * answer themselves (walked in registry order), then the generic CRUD.
 */
import type { Endpoint } from '../../domain/module.js';
import type { Crud } from '../../state/crud/crud.js';
import { contextOf, type Responder } from '../exchange.js';

/** The domain modules' own endpoints: the first that answers wins; the others may prepare (OCR finishing). */
export function domainResponder(endpoints: readonly Endpoint[]): Responder {
  return {
    name: 'domain endpoints',
    matches: (exchange) => endpoints.some((e) => e.matches(exchange.op)),
    answer: (exchange) => {
      const ctx = contextOf(exchange);
      for (const candidate of endpoints) {
        if (!candidate.matches(exchange.op)) continue;
        const reply = candidate.answer(ctx);
        if (reply) return reply;
      }
      return undefined;
    },
  };
}

/** The CRUD of stored records: answers every request that reaches it. */
export function crudResponder(crud: Crud): Responder {
  return {
    name: 'CRUD',
    matches: () => true,
    answer: (exchange) => {
      const ctx = contextOf(exchange);
      return crud.handle({
        operation: exchange.op,
        scope: ctx.scope,
        entityId: ctx.entityId,
        path: exchange.pathParams,
        query: ctx.query,
        body: ctx.body,
        files: ctx.files,
        origin: ctx.origin,
        apiVersion: ctx.apiVersion,
      });
    },
  };
}
