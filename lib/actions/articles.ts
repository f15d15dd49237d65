"use server";
// Creating an article from the "New article" form, then opening it in the workspace; editing its details.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createArticle, updateArticle, type ArticleMeta } from "@/lib/db/articles";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/article";
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

/** The "Edit details" form: a cleared optional field means "none" (null), not "unchanged". */
export async function updateArticleAction(_previous: ActionResult<ArticleMeta> | null, formData: FormData): Promise<ActionResult<ArticleMeta>> {
  const { articleId = "", version, url, publishedAt, ...fields } = formFields(formData);
  const input = { ...fields, version: Number(version), url: url ? url : null, publishedAt: publishedAt ? publishedAt : null };
  const result = await runAction(updateArticleSchema, input, async (user, data) => {
    const { title, source, url: link, publishedAt: date, language, id, version: next } = await updateArticle(user, articleId, data);
    return { id, title, source, url: link, publishedAt: date, language, version: next };
  });
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
