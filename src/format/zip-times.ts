// The workbook and Word libraries zip their parts stamped with the time of writing, so the same report
// written twice would differ. A report is the same for the same answers: this sets every part's time in
// a zip (each local header and its central directory entry) to one given date. Nothing else changes:
// the times are outside the parts' checksums.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** The MS-DOS time and date a zip stores (two-second steps, from 1980). */
function dosTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getUTCFullYear());
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

/** The zip with every part's time set to `when`; a zip it cannot walk is returned as it is. */
export function fixedZipTimes(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date } = dosTime(when);
  for (let end = zip.length - 22; end >= Math.max(0, zip.length - 22 - 65535); end--) {
    if (view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < entries && at + 46 <= zip.length && view.getUint32(at, true) === CENTRAL_HEADER; i++) {
      view.setUint16(at + 12, time, true);
      view.setUint16(at + 14, date, true);
      const local = view.getUint32(at + 42, true);
      if (local + 30 <= zip.length && view.getUint32(local, true) === LOCAL_HEADER) {
        view.setUint16(local + 10, time, true);
        view.setUint16(local + 12, date, true);
      }
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    break;
  }
  return zip;
}
