"use client";
// The rating scale for admins: each rating's label in its colour, definition, ClaimReview value and
// how many verdicts use it. Label and definition are edited in the row; a rating is deleted only
// while no verdict uses it. One status line announces the outcome.
import { Fragment, useRef, useState } from "react";
import type { RatingView } from "@/lib/db/ratings";
import { CLAIM_REVIEW_SCALE } from "@/lib/domain/rating-scale";
import { Table } from "@/components/ui/table";
import { RatingEditForm, RatingDeleteButton } from "./ratings-row";

const COLUMNS = ["Rating", "Definition", { label: "ClaimReview value", numeric: true }, { label: "Verdicts", numeric: true }, { label: "Actions", hiddenLabel: true }];

export function RatingsTable({ ratings }: { ratings: RatingView[] }) {
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const closeEdit = (key: string) => {
    setEditing(null);
    // Keyboard users continue from the button that opened the form.
    requestAnimationFrame(() => editButtons.current.get(key)?.focus());
  };

  return (
    <>
      <p className="actor-status" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      <Table columns={COLUMNS}>
        {ratings.map((rating) => (
          <Fragment key={rating.key}>
            <tr className={editing === rating.key ? "is-open" : undefined}>
              <td>
                <span className="rating-chip" style={{ backgroundColor: rating.color }}>
                  {rating.label}
                </span>
                <div className="muted rating-key">{rating.key}</div>
              </td>
              <td>{rating.definition}</td>
              <td className="num">{rating.ratingValue === null ? <span className="muted">none (off the {CLAIM_REVIEW_SCALE.worstRating}–{CLAIM_REVIEW_SCALE.bestRating} scale)</span> : rating.ratingValue}</td>
              <td className="num">{rating.verdictCount}</td>
              <td className="actor-actions">
                <button
                  ref={(element) => {
                    if (element) editButtons.current.set(rating.key, element);
                    else editButtons.current.delete(rating.key);
                  }}
                  className="button button-secondary"
                  type="button"
                  aria-expanded={editing === rating.key}
                  onClick={() => (editing === rating.key ? closeEdit(rating.key) : setEditing(rating.key))}
                >
                  Edit<span className="visually-hidden"> {rating.label}</span>
                </button>
                <RatingDeleteButton
                  rating={rating}
                  onDeleted={() => {
                    setStatus(`Deleted ${rating.label}.`);
                    // The row that had focus is gone: the announcement takes it.
                    statusRef.current?.focus();
                  }}
                />
              </td>
            </tr>
            {editing === rating.key && (
              <tr className="actor-form-row">
                <td colSpan={COLUMNS.length}>
                  <RatingEditForm
                    rating={rating}
                    onCancel={() => closeEdit(rating.key)}
                    onSaved={(saved) => {
                      setStatus(`Saved ${saved.label}.`);
                      closeEdit(rating.key);
                    }}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </Table>
    </>
  );
}
