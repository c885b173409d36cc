// The yardstick for `npm run bench:fanout`: a bare node:http server doing only what the live feed must
// (hold event streams, one ping timer, write each posted order to every stream), with nothing of the app.
// Started by the benchmark with an IPC channel, it listens on a free port and sends it the port.
import http from "node:http";

const streams = new Set();
const PING = "event: ping\ndata: {}\n\n";
let id = 0;

setInterval(() => streams.forEach((stream) => stream.write(PING)), 5_000).unref();

const server = http
  .createServer((request, response) => {
    if (request.method === "GET") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      response.write("event: hello\ndata: {}\n\n");
      streams.add(response);
      request.on("close", () => streams.delete(response));
      return;
    }
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const frame = Buffer.from(`id: ${++id}\nevent: order\ndata: ${Buffer.concat(chunks).toString()}\n\n`);
      for (const stream of streams) stream.write(frame);
      response.writeHead(201).end();
    });
  })
  .listen(0, "127.0.0.1", () => process.send?.(server.address().port));
