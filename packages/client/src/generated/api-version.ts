/**
 * This file is generated from spec/dist/openapi.json. Do not edit it by hand.
 * Generator: tooling/codegen/src/generate-client-paths.mjs. Regenerate with `pnpm generate`.
 */
/** The Monite API version the spec describes; sent as `x-monite-version` unless configured otherwise. */
export const SPEC_API_VERSION = '2024-05-25';
