import type { Programme } from '../../src/lib/schema/enums.ts';
import type { Adapter } from './adapter.ts';
import { igaAdapter } from './iga.ts';
import { inolanAdapter } from './inolan.ts';
import { kippAdapter } from './kipp.ts';

export const adapters: Record<Programme, Adapter> = {
  kipp: kippAdapter,
  iga: igaAdapter,
  inolan: inolanAdapter,
};
