// Any /api path no route serves (/api/v1/nope, or /api/v1/articles/../../x once the client has
// resolved the dots): the API's JSON 404, not the HTML not-found page (found by __tests__/api/fuzz.test.ts).
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/responses";

const notFound = async () => errorResponse(new AppError("NOT_FOUND", "No such API route."));

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
