import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { InvalidRequest } from "@/server/domain/errors";
import { sniffType, type SniffedType } from "@/server/domain/file-type";

/**
 * Uploaded files are named by their SHA-256, so the same bytes are kept once. They live in
 * `ORDERBOARD_UPLOADS` (a folder every instance shares, when there are several), else beside the SQLite file.
 */
export function uploadsFolder(): string {
  return process.env.ORDERBOARD_UPLOADS ? path.resolve(/*turbopackIgnore: true*/ process.env.ORDERBOARD_UPLOADS) : path.join(path.dirname(databasePath()), "uploads");
}

export function filePath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a file hash: ${sha256}`);
  return path.join(uploadsFolder(), sha256);
}

/** Writes the bytes (atomically, through a temporary name) and says whether they were new. */
export function putFile(bytes: Uint8Array): { sha256: string; created: boolean } {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = filePath(sha256);
  if (fs.existsSync(target)) return { sha256, created: false };
  fs.mkdirSync(uploadsFolder(), { recursive: true });
  const temporary = `${target}.${randomUUID()}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, target);
  return { sha256, created: true };
}

export function removeFile(sha256: string) {
  fs.rmSync(filePath(sha256), { force: true });
}

export function readFile(sha256: string): Buffer {
  return fs.readFileSync(filePath(sha256));
}

type Acceptance = { what: string; types: readonly SniffedType[]; maxBytes: number };

/**
 * Keeps an upload: refuses what is empty, too large or not an accepted type by its bytes before
 * anything is written, then writes it and runs `record` (the database side); if `record` throws,
 * a file written for it is removed, so a refusal never leaves anything behind.
 */
export async function keepUpload<T>(bytes: Uint8Array, { what, types, maxBytes }: Acceptance, record: (file: { sha256: string; type: SniffedType }) => Promise<T>): Promise<T> {
  if (bytes.byteLength === 0) throw new InvalidRequest(`The ${what} is empty`);
  if (bytes.byteLength > maxBytes) throw new InvalidRequest(`The ${what} is larger than ${maxBytes / 1024 / 1024} MB`);
  const type = sniffType(bytes);
  if (!type || !types.includes(type)) throw new InvalidRequest(`Only ${describeTypes(types)} can be kept`);
  const { sha256, created } = putFile(bytes);
  try {
    return await record({ sha256, type });
  } catch (error) {
    if (created) removeFile(sha256);
    throw error;
  }
}

const TYPE_NAMES: Record<SniffedType, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "application/pdf": "PDF" };
function describeTypes(types: readonly SniffedType[]): string {
  const names = types.map((type) => TYPE_NAMES[type]);
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)} files`;
}
