import { TextInput } from './form-fields';

export interface DateRange {
  from: string;
  to: string;
}

interface DateRangeFieldsProps {
  /** The inputs get the ids `<idPrefix>-from` and `<idPrefix>-to`. */
  idPrefix: string;
  value: DateRange;
  onChange: (range: DateRange) => void;
  toLabel?: string;
}

/** "From" and "To" date inputs of a filter form. */
export function DateRangeFields({ idPrefix, value, onChange, toLabel = 'To' }: DateRangeFieldsProps) {
  return (
    <>
      <TextInput
        id={`${idPrefix}-from`}
        label="From"
        type="date"
        width="10"
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <TextInput
        id={`${idPrefix}-to`}
        label={toLabel}
        type="date"
        width="10"
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </>
  );
}
