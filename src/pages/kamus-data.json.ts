import type { APIRoute } from 'astro';
import { dictionaryJson } from '../server/api/dictionary-files.ts';

/** The data dictionary as a JSON file, written at build time. */
export const GET: APIRoute = () => new Response(dictionaryJson());
