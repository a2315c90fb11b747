import { innovationRoute } from '../../../../features/opendata/endpoints.ts';

/** Open data: one innovation's public record. */
export const prerender = false;

export const ALL = innovationRoute;
