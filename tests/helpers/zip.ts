import { writeFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes a zip file of deflated entries, byte by byte as the format says: for hostile .xlsx
 * packages whose XML no spreadsheet library would write.
 */
export async function writeZip(path: string, entries: Record<string, string>): Promise<void> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const fields = { crc: crc32(data), packed: packed.length, size: data.length, name: fileName };
    const local = Buffer.concat([header(0x04034b50, fields, false), fileName, packed]);
    centrals.push(Buffer.concat([header(0x02014b50, fields, true, offset), fileName]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...locals, central, end]));
}

interface EntryFields {
  crc: number;
  packed: number;
  size: number;
  name: Buffer;
}

/** A local file header (30 bytes) or a central directory header (46 bytes), deflate, 1980-01-01. */
function header(signature: number, entry: EntryFields, central: boolean, offset = 0): Buffer {
  const buffer = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u16 = (value: number) => (at = buffer.writeUInt16LE(value, at));
  const u32 = (value: number) => (at = buffer.writeUInt32LE(value, at));
  u32(signature);
  if (central) u16(20); // version made by
  u16(20); // version needed
  u16(0); // flags
  u16(8); // deflate
  u16(0); // time
  u16(0x21); // date
  u32(entry.crc);
  u32(entry.packed);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra field
  if (central) {
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offset);
  }
  return buffer;
}
