import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { readBody } from "@/server/http/read-body";
import { log } from "@/server/log/logger";
import { respond } from "@/server/rest/respond";
import { createContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";

export const dynamic = "force-dynamic";

/** Every procedure's input is a small form: a body past this is refused while it is read. */
const MAX_BODY_BYTES = 256 * 1024;
/** A page never batches more calls than this; a longer batch is somebody else's tool. */
const MAX_BATCH = 20;

function handle(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH,
    createContext: ({ resHeaders, info }) => createContext({ req, resHeaders, info }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, procedure: path }, "Procedure failed");
    },
  });
}

export function GET(req: Request) {
  return respond(req, () => handle(req));
}

export function POST(req: Request) {
  return respond(req, async () => {
    const body = await readBody(req, MAX_BODY_BYTES);
    return handle(new Request(req.url, { method: "POST", headers: req.headers, body, signal: req.signal }));
  });
}
