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
    // drawn without antd, so the desk is usable sooner after it starts; antd, its stylesheet
    // and the shell load in the background (renderer/desk/DeskRoot.tsx).
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
    // The largest file is the analysis page with echarts (~510 kB); the sign-in screen's is React,
    // the catalogues and the screen, without antd (~490 kB, 165 kB gzipped).
    chunkSizeWarningLimit: 600,
  },
});
