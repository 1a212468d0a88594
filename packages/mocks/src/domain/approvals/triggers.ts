/**
 * The part of MoniteScript an approval policy's `trigger` is written in, as
 * far as Monite documents it: conditions in braces (`{event_name ==
 * 'submitted_for_approval'}`, `{invoice.amount > 30000}`,
 * `{invoice.counterpart_id in ['…']}`), combined with `all` and `any` (a bare
 * list means all of them). `invoice` is the payable the policy is checked
 * against. A condition the mock cannot read matches nothing, so a policy is
 * never applied on a guess.
 */
import type { StoredRecord } from '../../shared/stored-record.js';

/** What a trigger is checked against: the payable and the event that happened to it. */
export interface TriggerSubject {
  eventName: string;
  payable: StoredRecord;
}

type Value = string | number | boolean | null | Value[];

/** The fields a trigger may name on `invoice`, read from the payable as served. */
function invoiceField(payable: StoredRecord, path: string[]): Value | undefined {
  const [field, ...rest] = path;
  switch (field) {
    // MoniteScript's amount is the document's total (minor units).
    case 'amount':
      return rest.length === 0 ? ((payable.total_amount ?? payable.amount_due ?? null) as Value) : undefined;
    case 'tags': {
      const tags = Array.isArray(payable.tags) ? (payable.tags as Array<Record<string, unknown>>) : [];
      return rest[0] === 'id' || rest.length === 0 ? tags.map((tag) => String(tag.id)) : undefined;
    }
    default: {
      const value = payable[field as string];
      return rest.length === 0 ? (value as Value | undefined) : undefined;
    }
  }
}

/** A literal of a condition: a quoted string, a number, true/false/null, or a list of them. */
function literal(text: string): Value | undefined {
  const t = text.trim();
  if (/^'[^']*'$/.test(t) || /^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'True') return true;
  if (t === 'false' || t === 'False') return false;
  if (t === 'null' || t === 'None') return null;
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = t.slice(1, -1).trim();
    if (!inner) return [];
    const items = inner.split(',').map(literal);
    return items.every((item) => item !== undefined) ? (items as Value[]) : undefined;
  }
  return undefined;
}

/** An operand: a literal, `event_name`, or a field of `invoice`. */
function operand(t: string, subject: TriggerSubject): Value | undefined {
  if (t === 'event_name') return subject.eventName;
  if (t.startsWith('invoice.')) return invoiceField(subject.payable, t.slice('invoice.'.length).split('.'));
  return literal(t);
}

const COMPARISON = /^(.+?)\s*(==|!=|>=|<=|>|<|\bnot in\b|\bin\b)\s*(.+)$/;

/** One braced condition; undefined when the mock cannot read it. */
export function condition(text: string, subject: TriggerSubject): boolean | undefined {
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  const match = COMPARISON.exec(body);
  if (!match) return undefined;
  const left = operand(match[1] as string, subject);
  const right = operand(match[3] as string, subject);
  if (left === undefined || right === undefined) return undefined;
  const op = match[2] as string;
  const inList = (needle: Value, haystack: Value) =>
    Array.isArray(needle)
      ? Array.isArray(haystack) && needle.some((n) => haystack.includes(n))
      : Array.isArray(haystack) && haystack.includes(needle);
  switch (op) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case 'in':
      return inList(left, right);
    case 'not in':
      return !inList(left, right);
    default: {
      if (typeof left !== 'number' || typeof right !== 'number') return false;
      if (op === '>') return left > right;
      if (op === '>=') return left >= right;
      if (op === '<') return left < right;
      return left <= right;
    }
  }
}

/** Whether a trigger matches; an unreadable part makes it not match. */
export function triggerMatches(trigger: unknown, subject: TriggerSubject): boolean {
  if (typeof trigger === 'boolean') return trigger;
  if (typeof trigger === 'string') return condition(trigger, subject) === true;
  if (Array.isArray(trigger)) return trigger.length > 0 && trigger.every((part) => triggerMatches(part, subject));
  if (trigger && typeof trigger === 'object') {
    const { all, any } = trigger as { all?: unknown; any?: unknown };
    if (Array.isArray(all)) return all.every((part) => triggerMatches(part, subject));
    if (Array.isArray(any)) return any.some((part) => triggerMatches(part, subject));
  }
  return false;
}

/** One approval step a policy's script asks for: who approves and how many of them. */
export interface ScriptStep {
  user_ids: string[];
  role_ids: string[];
  required_approval_count: number;
}

/**
 * The approval steps of a script, in order: every
 * `ApprovalRequests.request_approval_by_users` or `…_by_roles` call, also
 * inside `all`/`then` groups. Other calls (`Payables.approve`) are outcomes,
 * which the process applies when its steps end.
 */
export function scriptSteps(script: unknown): ScriptStep[] {
  const steps: ScriptStep[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { call, params, all, then } = node as Record<string, unknown>;
    if (typeof call === 'string' && call.startsWith('ApprovalRequests.request_approval_by_')) {
      const p = (params ?? {}) as Record<string, unknown>;
      const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      const count = Number(p.required_approval_count ?? 1);
      steps.push({
        user_ids: strings(p.user_ids),
        role_ids: strings(p.role_ids),
        required_approval_count: Math.max(1, Number.isFinite(count) ? count : 1),
      });
    }
    walk(all);
    walk(then);
  };
  walk(script);
  return steps;
}
