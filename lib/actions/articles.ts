"use server";
// Creating an article from the "New article" form, then opening it in the workspace.
import { redirect } from "next/navigation";
import { createArticle } from "@/lib/db/articles";
import { createArticleSchema } from "@/lib/validation/article";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function createArticleAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  // Empty optional fields arrive as "": they mean "not given".
  const fields = Object.fromEntries(Object.entries(formFields(formData)).filter(([key, value]) => value !== "" || key === "title" || key === "text"));
  const result = await runAction(createArticleSchema, fields, async (user, data) => ({ id: (await createArticle(user, data)).id }));
  if (result.ok) redirect(`/articles/${result.data.id}`);
  return result;
}
