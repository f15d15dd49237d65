// The submit + cancel row at the foot of the small forms in the workspace panel.
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="form-row" style={{ marginTop: "0.6rem" }}>
      <button className="button" type="submit" disabled={busy}>
        {submitLabel}
      </button>
      <button className="button button-quiet" type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
