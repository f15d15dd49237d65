// Stops the API tests' server and drops their database.
import type { AppServer } from "./app-server";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { counterclaimApi?: { server: AppServer; database: { drop(): Promise<void> } } }).counterclaimApi;
  if (!state) return;
  await state.server.stop();
  await state.database.drop();
}
