import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, slimDesignSystem } from './vite-plugins.ts';
import { stringsWithTheirModules } from './vite-strings.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// dkfds exports only its JavaScript; its stylesheet, fonts and icons are reached by path.
const dkfds = fileURLToPath(new URL('../node_modules/dkfds/dist', import.meta.url));

/** The web app: built into web/dist, which the server serves; in development /api goes to :3000. */
export default defineConfig({
  root,
  plugins: [
    // Each page's chunk carries the Danish strings it shows, not the shell all 86 KB of them.
    stringsWithTheirModules({
      strings: fileURLToPath(new URL('src/i18n/da.json', import.meta.url)),
      sources: [
        fileURLToPath(new URL('src/', import.meta.url)),
        fileURLToPath(new URL('../src/', import.meta.url)),
      ],
      register: fileURLToPath(new URL('src/app/strings.ts', import.meta.url)),
    }),
    react(),
    // dkfds's stylesheet without the components the app never names, its fonts as woff2 only.
    slimDesignSystem({
      sources: [
        fileURLToPath(new URL('src', import.meta.url)),
        fileURLToPath(new URL('index.html', import.meta.url)),
      ],
      match: /dkfds\/dist\/css\/dkfds\.css$/,
    }),
    precompress(),
  ],
  resolve: { alias: { 'dkfds-dist': dkfds } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and icons are bundled as files: nothing is fetched from elsewhere at runtime.
    assetsInlineLimit: 0,
    // Which chunks each page needs (.vite/manifest.json): the server names them in a `Link` header
    // on the shell it sends for that page's address (src/platform/serve-web.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // What the first page needs in one chunk beside the entry, not a score of small shared
        // ones: each request is a round trip on a phone. Pages and charts stay chunks of their own.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
