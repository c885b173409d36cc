// Next calls register() once when a server process starts: the outbox dispatcher runs beside the app.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDispatcher } = await import("./server/integrations/dispatcher");
    startDispatcher();
  }
}
