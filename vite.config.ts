import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://sitedesk/ in Electron and from the web host's root: relative
// asset paths work for both. The build is scripts only (CSP `script-src 'self'`, nothing inline).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Vite inlines small assets and could inline a module preload polyfill; keep scripts as files.
    modulePreload: { polyfill: false },
    // Split per page (renderer/pages/routes.tsx): the first load is the sign-in screen alone,
    // so the desk is usable sooner after it starts; the rest loads in the background.
    // What the sign-in screen needs is one file: split by which pages share each module, it
    // was 15, and the browser fetches six at a time from one host — three round trips before
    // any script ran. As one file the screen was usable ~50 ms sooner (A/B on the five-year office).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-load', tags: ['$initial'] }],
        },
      },
    },
    // that one file is the sign-in screen with its share of antd and React (~940 kB, 316 kB gzipped)
    chunkSizeWarningLimit: 1024,
  },
});
