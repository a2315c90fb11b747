import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { loadConfig } from './src/server/config.ts';

const { HOST, PORT } = loadConfig();

/**
 * Pages are prerendered by default; the node adapter (standalone) serves them and the few
 * routes that opt into on-demand rendering with `export const prerender = false`.
 */
export default defineConfig({
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  server: { host: HOST, port: PORT },
});
