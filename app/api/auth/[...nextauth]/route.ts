// next-auth's own endpoints (CSRF token, credentials callback, session, sign-out).
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
