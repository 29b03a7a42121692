/** A labelled choice of one among a few, as radio buttons in a fieldset. */
export function RadioGroup<V extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void }) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
