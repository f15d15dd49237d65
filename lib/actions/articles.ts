"use server";
// Creating an article from the "New article" form, then opening it in the workspace.
import { redirect } from "next/navigation";
import { createArticle } from "@/lib/db/articles";
import { createArticleSchema } from "@/lib/validation/article";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function createArticleAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  // Empty optional fields arrive as "": they mean "not given".
  const fields: Record<string, unknown> = Object.fromEntries(Object.entries(formFields(formData)).filter(([key, value]) => value !== "" || key === "title"));
  // The rich-text editor sends its document as JSON; what is not JSON is left for the schema to refuse.
  if (typeof fields.body === "string") fields.body = parseJsonOr(fields.body);
  if (fields.body === undefined && fields.text === undefined) fields.text = "";
  const result = await runAction(createArticleSchema, fields, async (user, data) => ({ id: (await createArticle(user, data)).id }));
  if (result.ok) redirect(`/articles/${result.data.id}`);
  return result;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
