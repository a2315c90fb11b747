import { open } from 'node:fs/promises';

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

/** The MS-DOS time and date fields a ZIP entry carries (local time of the writer's clock). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    // DOS dates start in 1980.
    day:
      (Math.max(0, date.getUTCFullYear() - 1980) << 9) |
      ((date.getUTCMonth() + 1) << 5) |
      date.getUTCDate(),
  };
}

/**
 * Rewrites the modification time of every entry of a ZIP file (an XLSX) in place. The archiver
 * exceljs uses stamps entries with the current time, which would make every run's bytes differ.
 * Only the central directory (at the end) is read whole; each local header is patched in place.
 */
export async function pinZipDates(path: string, date: Date): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || tail.readUInt32LE(eocd) !== endOfCentralDirectory) {
      throw new Error(`${path} has no ZIP end-of-central-directory record`);
    }
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const { time, day } = dosDateTime(date);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(day, 2);
    let at = 0;
    for (let i = 0; i < entries; i += 1) {
      if (directory.readUInt32LE(at) !== centralHeader)
        throw new Error(`${path}: bad ZIP directory`);
      stamp.copy(directory, at + 12);
      const local = directory.readUInt32LE(at + 42);
      const header = Buffer.alloc(4);
      await file.read(header, 0, 4, local);
      if (header.readUInt32LE(0) !== localHeader) throw new Error(`${path}: bad ZIP entry header`);
      await file.write(stamp, 0, 4, local + 10);
      at +=
        46 +
        directory.readUInt16LE(at + 28) +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
    }
    await file.write(directory, 0, directorySize, directoryOffset);
  } finally {
    await file.close();
  }
}
