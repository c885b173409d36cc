import http from "node:http";
import type { AddressInfo } from "node:net";
import { liveFeedRoute } from "@/server/http/live-feed";
import { storeFeed } from "@/server/events/store-feed";

/** The live feed over real HTTP, as the front door hands it over; every other address answers 404. */
export async function startFeedServer() {
  const server = http.createServer((request, response) => {
    if (!liveFeedRoute(request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      storeFeed().endAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
