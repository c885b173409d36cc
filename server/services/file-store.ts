import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";

/** Uploaded files live beside the database, named by their SHA-256, so the same bytes are kept once. */
export function uploadsFolder(): string {
  return path.join(path.dirname(databasePath()), "uploads");
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
