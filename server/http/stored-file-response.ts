import { IMAGE_TYPES, type SniffedType } from "@/server/domain/file-type";

const EXTENSIONS: Record<SniffedType, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" };

/** A name safe in a header, ending in the extension of the type the bytes really are, whatever it was uploaded as. */
export function downloadName(uploadedName: string, type: SniffedType): string {
  const base = uploadedName.replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "_").slice(0, 80) || "file";
  return `${base}.${EXTENSIONS[type]}`;
}

/**
 * An uploaded file as the browser gets it: images shown in place, anything else (PDFs) only as a
 * download, never rendered on our origin; sniffing off, sandboxed, and never cached along the way.
 */
export function storedFileResponse(bytes: Uint8Array, type: SniffedType, uploadedName: string): Response {
  const disposition = IMAGE_TYPES.includes(type) ? "inline" : "attachment";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": type,
      "content-disposition": `${disposition}; filename="${downloadName(uploadedName, type)}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
