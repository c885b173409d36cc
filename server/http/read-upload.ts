import { HttpError } from "@/server/rest/respond";

/** Reads one file from a multipart form, refusing an oversize body before reading it. */
export async function readUpload(request: Request, field: string, maxBytes: number): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + 64 * 1024) {
    throw new HttpError(413, "PAYLOAD_TOO_LARGE", `The file is larger than ${maxBytes / 1024 / 1024} MB`);
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get(field);
  } catch {
    throw new HttpError(400, "INVALID_INPUT", `Send the file as multipart/form-data in the field \`${field}\``);
  }
  if (!(file instanceof File)) throw new HttpError(400, "INVALID_INPUT", `Attach the file in the field \`${field}\``);
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
