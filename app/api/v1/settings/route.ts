// /api/v1/settings: the desk's settings (who publishes the exports). GET for everyone signed in,
// PATCH {publisherName, publisherUrl?, version} for admins (a stale version is a 409).
import { apiRoute } from "@/lib/http/api-route";
import { getDeskSettings, updateDeskSettings } from "@/lib/db/desk-settings";
import { updateDeskSettingsSchema } from "@/lib/validation/desk-settings";

export const GET = apiRoute({}, ({ user }) => getDeskSettings(user));

export const PATCH = apiRoute({ body: updateDeskSettingsSchema }, ({ user, body }) => updateDeskSettings(user, body));
