// Finding the TypeScript blocks of the READMEs: the repository's own README
// and each package's. Pure functions over the markdown text; the tests read
// the files and decide what to check.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One fenced TypeScript block of a README. */
export interface Snippet {
  /** The README, relative to the repository root. */
  file: string;
  /** The line of the block's first code line in the README (1-based). */
  line: number;
  /** The code. */
  code: string;
  /** Marked `<!-- readme-check: run -->` on the line before the fence: run against the in-memory Monite too. */
  run: boolean;
}

/** The marker that asks for a block to be run, not only type-checked. */
export const RUN_MARKER = '<!-- readme-check: run -->';

/**
 * The ```ts / ```typescript blocks of a markdown document.
 * @example extractSnippets('```ts\nconst a = 1;\n```\n', 'README.md') // [{ file: 'README.md', line: 2, code: 'const a = 1;\n', run: false }]
 */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    snippets.push({
      file,
      line: start + 1,
      code: `${lines.slice(start, end).join('\n')}\n`,
      run: lines[i - 1]?.trim() === RUN_MARKER,
    });
    i = end;
  }
  return snippets;
}

/** The READMEs whose blocks are checked: the root one and each package's, relative to `root`. */
export function readmeFiles(root: string): string[] {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(join(root, file)));
  return ['README.md', ...packages.sort()];
}

/**
 * A block without imports of its own continues the README's earlier blocks:
 * it gets their import lines in front, as the reader's file would have them.
 * Returns each snippet's code to check and how many lines were put in front.
 */
export function withEarlierImports(snippets: Snippet[]): Array<{ snippet: Snippet; code: string; prelude: number }> {
  const seen = new Map<string, string[]>();
  return snippets.map((snippet) => {
    const earlier = seen.get(snippet.file) ?? [];
    const own = snippet.code
      .split('\n')
      .filter((line) => /^import\s.*\sfrom\s+['"][^'"]+['"];?\s*(\/\/.*)?$/.test(line));
    seen.set(snippet.file, [...earlier, ...own.filter((line) => !earlier.includes(line))]);
    if (own.length > 0 || earlier.length === 0) return { snippet, code: snippet.code, prelude: 0 };
    return { snippet, code: `${earlier.join('\n')}\n${snippet.code}`, prelude: earlier.length };
  });
}

/** A file name for a snippet: `packages-client-README.md-L27`. */
export function snippetName(snippet: Pick<Snippet, 'file' | 'line'>): string {
  return `${snippet.file.replace(/[^A-Za-z0-9.]+/g, '-')}-L${snippet.line}`;
}
