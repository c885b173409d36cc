// Next calls register() once when a server process starts: requests are stamped with their client's
// address from here on, the outbox dispatcher runs beside the app, and a shutdown ends the live feeds.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressStamp } = await import("./server/http/client-address");
    installClientAddressStamp();
    const { startDispatcher } = await import("./server/integrations/dispatcher");
    const dispatcher = startDispatcher();
    const { storeFeed } = await import("./server/events/store-feed");
    // Next stops taking connections on SIGTERM and waits for open ones: live feeds never finish by
    // themselves, so they are ended here, and every board notices at once and reconnects.
    process.once("SIGTERM", () => {
      storeFeed().endAll();
      void dispatcher.stop();
    });
  }
}
