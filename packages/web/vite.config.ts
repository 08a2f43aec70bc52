import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Report sizes so the 300 KB gzipped budget for the initial JavaScript stays visible on every build.
    reportCompressedSize: true,
  },
});
