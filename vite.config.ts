import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    // A service worker that precaches the whole build, so that the app opens
    // and every panel loads offline after the first visit (workshop Wi-Fi),
    // and a redeploy cannot remove a chunk an open page still needs. A new
    // version waits until every tab of the old one is closed (no reload
    // under the user's hands); registration is ours (src/app/offline.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Property-test counts: full in CI, fewer locally (src/engine/__fixtures__/propertyRuns.ts).
    provide: {
      propertyRunsEnv: {
        CI: process.env.CI ?? '',
        NETPOL_PROPERTY_RUNS: process.env.NETPOL_PROPERTY_RUNS ?? '',
      },
    },
  },
});
