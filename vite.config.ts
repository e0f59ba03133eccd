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
  },
});
