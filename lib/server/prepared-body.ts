/**
 * A cached page body prepared once so that each replay only puts a fresh nonce in: the bytes
 * between nonce positions are kept as Buffers, plain and gzip-compressed.
 *
 * A nonce inside compressed data cannot be swapped, and one stable nonce per entry would be no
 * nonce at all. So each piece between nonces is compressed on its own (raw deflate ending in a
 * full flush: byte-aligned, no reference back into earlier pieces), and a reply is one gzip
 * stream assembled from them, with each fresh nonce written as a stored (uncompressed) deflate
 * block in between. Only the CRC-32 of the whole body is computed per reply (zlib.crc32 over the
 * plain pieces, ≈ 20 µs for 30 KB), no compression at all.
 */
import zlib from "node:zlib";

export type PreparedBody = {
  /** The plain body split at the first render's nonce: nonce goes between pieces[i] and pieces[i + 1]. */
  pieces: Buffer[];
  /** pieces[i] as raw deflate; all but the last end in a full flush, the last ends the stream. */
  deflated: Buffer[];
  /** Plain bytes without the nonces, for the size accounting and Content-Length. */
  bytes: number;
};

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]); // deflate, no name, no mtime, unknown OS

export function prepareBody(body: Buffer, nonce: string | null): PreparedBody {
  const pieces: Buffer[] = [];
  if (nonce) {
    const needle = Buffer.from(nonce);
    let from = 0;
    for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, from)) {
      pieces.push(body.subarray(from, at));
      from = at + needle.length;
    }
    pieces.push(body.subarray(from));
  } else pieces.push(body);
  const last = pieces.length - 1;
  const deflated = pieces.map((piece, index) =>
    zlib.deflateRawSync(piece, index === last ? { level: 6 } : { level: 6, finishFlush: zlib.constants.Z_FULL_FLUSH }),
  );
  return { pieces, deflated, bytes: pieces.reduce((sum, piece) => sum + piece.length, 0) };
}

/** The plain body with `nonce` in every place the first render's nonce was. */
export function plainBody(prepared: PreparedBody, nonce: string): Buffer {
  const { pieces } = prepared;
  if (pieces.length === 1) return pieces[0];
  const needle = Buffer.from(nonce);
  const out = Buffer.allocUnsafe(prepared.bytes + needle.length * (pieces.length - 1));
  let at = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) at += needle.copy(out, at);
    at += piece.copy(out, at);
  });
  return out;
}

/** A deflate stored block holding `data` (≤ 65,535 bytes), starting on a byte boundary. */
function storedBlock(data: Buffer): Buffer {
  const block = Buffer.allocUnsafe(5 + data.length);
  block[0] = 0; // BFINAL 0, BTYPE 00 (stored), padding
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The same body as one gzip stream, assembled from the pieces compressed in advance. */
export function gzipBody(prepared: PreparedBody, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  prepared.pieces.forEach((piece, index) => {
    if (index > 0) {
      parts.push(storedBlock(needle));
      crc = zlib.crc32(needle, crc);
    }
    parts.push(prepared.deflated[index]);
    crc = zlib.crc32(piece, crc);
  });
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((prepared.bytes + needle.length * (prepared.pieces.length - 1)) >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}
