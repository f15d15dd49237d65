// The reliability tests start their own app servers on their own databases; they only need the
// production build to be current (a no-op when the api project's setup has just built it).
import { ensureBuild } from "./app-server";

export default function globalSetup(): void {
  ensureBuild();
}
