// Next calls register() once when a server process starts: requests are stamped with their client's
// address from here on, and the outbox dispatcher runs beside the app.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressStamp } = await import("./server/http/client-address");
    installClientAddressStamp();
    const { startDispatcher } = await import("./server/integrations/dispatcher");
    startDispatcher();
  }
}
