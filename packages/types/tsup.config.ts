import { defineConfig } from 'tsup';

// Types only: the JS entries are empty, the declarations are the product.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
});
