/// The colour swatch of the label settings, for an existing label and for the new one alike.
export function LabelColourInput({
  ariaLabel,
  value,
  onChange,
  onBlur,
}: {
  readonly ariaLabel: string;
  /// `#rrggbb`.
  readonly value: string;
  readonly onChange: (colour: string) => void;
  readonly onBlur?: () => void;
}) {
  return (
    <input
      type="color"
      className="colour-input"
      aria-label={ariaLabel}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
