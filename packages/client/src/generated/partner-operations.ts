/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-client-paths.mjs. Regenerate with `pnpm generate`.
 */
/** Matches `METHOD /path` (method upper-case, path as templated) of the operations that take no `x-monite-entity-id` header. */
export const PARTNER_LEVEL_OPERATION = /^(?:[A-Z]+ (?:\/auth|\/settings|\/webhook_subscriptions|\/events\/\{event_id\}|\/entities|\/entity_users\/my_entity|\/entity_users\/me|\/entity_users\/my_role|\/payables\/validations|\/payable_purchase_orders\/variables|\/receivables\/variables|\/files|\/mail_templates\/system|\/mail_templates\/\{template_id\}|\/mailbox_domains|\/payable_credit_notes\/validations|\/einvoice_search)(?:\/.*)?|[A-Z]+ (?:\/mail_templates))$/;
