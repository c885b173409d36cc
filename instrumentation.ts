// Next calls register() once when a server process starts: requests pass the front door from here on
// (stamped with their client's address; the live feed and the REST API answered there, before Next), the outbox dispatcher, the release of scheduled orders and the end of pauses and 86s, busy mode following the kitchen and the tablet heartbeat run beside the app,
// and a shutdown ends the live feeds.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installFrontDoor } = await import("./server/http/front-door");
    const { liveFeedRoute } = await import("./server/http/live-feed");
    const { restRoute } = await import("./server/rest/rest-door");
    installFrontDoor({ routes: [liveFeedRoute, restRoute] });
    const { startDispatcher } = await import("./server/integrations/dispatcher");
    const dispatcher = startDispatcher();
    const { scheduledReleases } = await import("./server/services/release-scheduled");
    scheduledReleases().start();
    const { controlExpiries } = await import("./server/services/store-controls");
    const { kitchenWatch } = await import("./server/services/kitchen-busy");
    controlExpiries().start();
    kitchenWatch().start();
    const { storeFeed } = await import("./server/events/store-feed");
    const { tabletHeartbeat } = await import("./server/services/tablet-heartbeat");
    tabletHeartbeat().start(() => storeFeed().watchedStores());
    const { eventBus } = await import("./server/events/bus");
    const { startDraining } = await import("./server/services/readiness");
    const { log } = await import("./server/log/logger");
    // Next stops taking connections on SIGTERM and waits for open ones: /readyz says so to a load
    // balancer, live feeds (which never finish by themselves) are ended so every board reconnects at
    // once, elsewhere, and the notifications being sent are let finish.
    process.once("SIGTERM", () => {
      log.info("SIGTERM: draining");
      startDraining();
      storeFeed().endAll();
      scheduledReleases().stop();
      controlExpiries().stop();
      kitchenWatch().stop();
      tabletHeartbeat().stop();
      void dispatcher.stop().then(() => log.info("Notification dispatcher stopped"));
      void eventBus().stop();
    });
  }
}
