import type { Adapter } from '../../../../../ingest/adapters/adapter.ts';
import type { SourceRecord } from '../../../../../ingest/record.ts';
import type { Programme } from '../../../../../src/lib/schema/enums.ts';
import type { Location } from '../../../../helpers/run-adapter.ts';
import type { TempDir } from '../../../../helpers/temp.ts';

/** A record the adapter must accept, where it is, and what it must hold (a subset). */
export interface ExpectedRecord extends Location {
  sourceId: string;
  year: number;
  holds: Partial<SourceRecord>;
}

/** A record the adapter must reject: where it is and the field blamed. */
export interface ExpectedRejection extends Location {
  field: string;
  /** A fragment of the reason, when the reason must quote the value. */
  reasonHas?: string;
}

export interface InputFile {
  /** The fixture's name, for test titles. */
  name: string;
  path(temp: TempDir): string;
  accepted: ExpectedRecord[];
  rejected: ExpectedRejection[];
}

/** One record with a warning that still goes in, and what it must keep. */
export interface ExpectedWarning {
  file: string;
  sourceId: string;
  field: string;
  reasonHas: string;
  holds: Partial<SourceRecord>;
  lacks?: (keyof SourceRecord)[];
}

/** One programme's fixtures and what the shared contract suite must find in them. */
export interface ProgrammeCase {
  programme: Programme;
  adapter: Adapter;
  /** Writes the inputs built at test time (XLSX) into the temporary folder. */
  prepare?(temp: TempDir): Promise<void>;
  files: InputFile[];
  /** The e-mail addresses and phone numbers of the fixtures' contact fields. */
  privateData: string[];
  /** A record whose summary was markup, and fragments its plain text must hold. */
  markup: { file: string; sourceId: string; summaryHas: string[] };
  unresolvedRegion: ExpectedWarning;
  unknownCategory: ExpectedWarning;
}
