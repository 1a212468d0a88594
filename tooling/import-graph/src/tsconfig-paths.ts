/**
 * A package's own name mapped to its source, as its tsconfig declares it: the
 * client's `paths` say `@monite-ts/client` means `./src/index.ts`, so an
 * import by that name is an edge inside the client, not one to another package.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The exact entries of a tsconfig's `compilerOptions.paths` (first target
 * each), as absolute paths for the `packages` option of `resolveImport`. Wildcard
 * entries (`@scope/*`) map no single file and are left out, as is an
 * inherited `paths` (`extends` is not followed: the workspace's shared base
 * sets none). A missing file or one without `paths` maps nothing.
 */
export function tsconfigPackages(tsconfigFile: string): Record<string, string> {
  // TypeScript's own reader: tsconfig files carry comments and trailing commas.
  const { config } = ts.readConfigFile(tsconfigFile, ts.sys.readFile);
  const options = (config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined)
    ?.compilerOptions;
  // Targets are relative to baseUrl when there is one, else to the tsconfig's folder.
  const base = resolve(dirname(tsconfigFile), options?.baseUrl ?? '.');
  const packages: Record<string, string> = {};
  for (const [name, targets] of Object.entries(options?.paths ?? {})) {
    if (!name.includes('*') && targets[0] !== undefined) packages[name] = resolve(base, targets[0]);
  }
  return packages;
}
