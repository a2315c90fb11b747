import type { APIRoute } from 'astro';
import { dictionaryJson } from '../dictionary-files.ts';
/** The data dictionary as a JSON file, written at build time. */
export const prerender = true;

export const GET: APIRoute = () => new Response(dictionaryJson());
