import type { APIRoute } from 'astro';
import { dictionaryJson } from '../features/opendata/dictionary-files.ts';

/** The data dictionary as a JSON file, written at build time. */
export const GET: APIRoute = () => new Response(dictionaryJson());
