import { describe, expect, it } from 'vitest';
import { extractSnippets, RUN_MARKER, snippetName, withEarlierImports } from './snippets.js';

const md = [
  '# Title',
  '```ts',
  "import { a } from 'a';",
  'a();',
  '```',
  'text',
  RUN_MARKER,
  '```typescript',
  'a(2);',
  '```',
  '```sh',
  'pnpm add x',
  '```',
].join('\n');

describe('extractSnippets', () => {
  it('finds ts and typescript blocks with their first line, and the run marker', () => {
    expect(extractSnippets(md, 'README.md')).toEqual([
      { file: 'README.md', line: 3, code: "import { a } from 'a';\na();\n", run: false },
      { file: 'README.md', line: 9, code: 'a(2);\n', run: true },
    ]);
  });

  it('gives a block without imports the imports of the blocks before it', () => {
    const [first, second] = withEarlierImports(extractSnippets(md, 'README.md'));
    expect(first).toMatchObject({ prelude: 0 });
    expect(second).toMatchObject({ prelude: 1, code: "import { a } from 'a';\na(2);\n" });
  });

  it('names a snippet after its README and line', () => {
    expect(snippetName({ file: 'packages/client/README.md', line: 27 })).toBe('packages-client-README.md-L27');
  });
});
