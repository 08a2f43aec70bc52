import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Stylesheets up to this size go inside index.html instead of a <link>. */
const INLINE_CSS_MAX_BYTES = 8 * 1024;

/**
 * Puts the entry's small stylesheet (src/styles.css, ~1 KB) inside index.html. A linked stylesheet holds the
 * first paint until it arrives: one more round trip on a weak network (slow 4G: ~150 ms each) for a file smaller
 * than its request. A larger stylesheet stays linked, where the browser caches it (index.html is not cached).
 * The file itself stays in dist: Vite's loader of lazy chunks lists it among their dependencies and fails the
 * import if it is missing (it loads it once then, applying the same rules again, harmlessly).
 */
function inlineSmallEntryCss(): Plugin {
  return {
    name: 'xaso-inline-small-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g,
          (link, file) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset' || asset.source.length > INLINE_CSS_MAX_BYTES) return link;
            return `<style>${String(asset.source)}</style>`;
          },
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), inlineSmallEntryCss()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Per-chunk gzip sizes in the build log; scripts/initial-size.mjs then checks the first page's budget.
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page needs goes into the entry chunk. Split by which lazy pages share each
          // module, it came as 12 files: over HTTP/1.1 (the nginx of the README) a phone then waits for the
          // browser's 6 connections in turns, and one file compresses better (-10 KB brotli).
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
      },
    },
  },
});
