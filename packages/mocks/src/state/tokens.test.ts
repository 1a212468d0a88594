import { describe, expect, test } from 'vitest';
import { TOKEN_MEMORY_MS, TokenRegistry } from './tokens.js';

function registry(lifetimeSeconds = 60) {
  let now = 1_000_000;
  const tokens = new TokenRegistry({ lifetimeSeconds, clock: () => now, seed: 't' });
  return { tokens, advance: (ms: number) => (now += ms) };
}

describe('TokenRegistry', () => {
  test('expired and revoked tokens are refused as such, and forgotten after TOKEN_MEMORY_MS', () => {
    const { tokens, advance } = registry();
    const expiring = tokens.issue('c').access_token;
    const revoked = tokens.issue('c').access_token;
    expect(tokens.revoke('c', revoked)).toBe(true);
    advance(61_000);
    tokens.prune();
    expect(tokens.check(expiring)).toBe('expired');
    expect(tokens.check(revoked)).toBe('revoked');
    advance(TOKEN_MEMORY_MS);
    tokens.prune();
    expect(tokens.check(expiring)).toBe('unknown');
    expect(tokens.check(revoked)).toBe('unknown');
    expect(tokens.size).toBe(0);
  });

  test('live tokens survive pruning', () => {
    const { tokens, advance } = registry(86_400);
    const live = tokens.issue('c').access_token;
    advance(TOKEN_MEMORY_MS * 2);
    tokens.prune();
    expect(tokens.check(live)).toBe('ok');
  });

  test('a token stays valid until it expires however many are issued after it', () => {
    const { tokens } = registry(86_400);
    const first = tokens.issue('c').access_token;
    let last = '';
    for (let i = 0; i < 50_000; i++) last = tokens.issue('c').access_token;
    expect(tokens.check(first)).toBe('ok');
    expect(tokens.check(last)).toBe('ok');
    expect(tokens.size).toBe(50_001);
  });

  test('memory is bounded by expiry: tokens dead for TOKEN_MEMORY_MS go as new ones are issued', () => {
    const { tokens, advance } = registry(60);
    for (let i = 0; i < 1_000; i++) {
      tokens.issue('c');
      // One token a second: at any moment only the last lifetime plus TOKEN_MEMORY_MS of tokens are held.
      advance(1_000);
    }
    const held = 60 + TOKEN_MEMORY_MS / 1_000;
    expect(tokens.size).toBeLessThanOrEqual(1_000);
    for (let i = 0; i < 5_000; i++) {
      tokens.issue('c');
      advance(1_000);
    }
    expect(tokens.size).toBeLessThanOrEqual(held + 256);
  });

  test("a client cannot revoke another client's token", () => {
    const { tokens } = registry();
    const token = tokens.issue('a').access_token;
    expect(tokens.revoke('b', token)).toBe(false);
    expect(tokens.check(token)).toBe('ok');
  });
});
