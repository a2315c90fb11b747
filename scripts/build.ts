import { buildSite } from './site/build.ts';

/** `npm run build`: the site as `npm start` builds it (Astro's build, then assets precompressed). */
await buildSite();
