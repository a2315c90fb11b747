import type { APIRoute } from 'astro';
import { dictionaryCsv } from '../dictionary-files.ts';
/** The data dictionary as a CSV file, written at build time. */
export const prerender = true;

export const GET: APIRoute = () => new Response(dictionaryCsv());
