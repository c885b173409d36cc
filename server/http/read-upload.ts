import { HttpError } from "@/server/http/http-error";
import { readBody } from "./read-body";

/** Room for the multipart framing around the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** Reads one file from a multipart form; the body is cut off just past the file limit while it is read (the service then checks the file itself). */
export async function readUpload(request: Request, field: string, maxBytes: number): Promise<{ bytes: Uint8Array; fileName: string }> {
  const body = await readBody(request, maxBytes + FORM_OVERHEAD_BYTES);
  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData()).get(field);
  } catch {
    throw new HttpError(400, "INVALID_INPUT", `Send the file as multipart/form-data in the field \`${field}\``);
  }
  if (!(file instanceof File)) throw new HttpError(400, "INVALID_INPUT", `Attach the file in the field \`${field}\``);
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
