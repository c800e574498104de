// Builds the viewer (and the bare-sigma page the viewer benchmark compares against) into viewer/dist.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1_500,
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        bare: resolve(root, 'bench/bare.html'),
      },
    },
  },
});
