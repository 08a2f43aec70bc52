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

/** The module main.tsx imports after the first paint: the app itself, in one chunk (see codeSplitting below). */
const APP_START = /[\\/]src[\\/]start\.tsx$/;

/**
 * Lists the app's chunk (start.tsx and everything it imports statically) as a modulepreload in index.html, so it
 * downloads at once, beside the small entry, although the entry imports it only after the first paint. Its
 * priority is low: the first paint (the loading screen) does not wait for it, and nothing else competes then.
 */
function preloadAppStart(): Plugin {
  return {
    name: 'xaso-preload-app-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const start = chunks.find((c) => c.moduleIds.some((id) => APP_START.test(id)));
        if (!start) throw new Error('no chunk holds src/start.tsx');
        const files = [start.fileName, ...start.imports].filter((f) => !html.includes(`/${f}"`));
        const links = files
          .map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${f}">`)
          .join('\n    ');
        return html.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), inlineSmallEntryCss(), preloadAppStart()],
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
          // Everything the first page needs in one chunk: start.tsx and, by default, all it imports. Split by
          // which lazy pages share each module, it came as 12 files: over HTTP/1.1 (the nginx of the README) a
          // phone then waits for the browser's 6 connections in turns, and one file compresses better (-10 KB).
          // Vite's loader of lazy chunks stays apart: the entry needs it too, and taken into the app's chunk it
          // made the entry import (so run) the whole app before the first paint.
          groups: [
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 2 },
            { name: 'start', test: APP_START, priority: 1 },
          ],
        },
      },
    },
  },
});
