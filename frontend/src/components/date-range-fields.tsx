import { DateInput } from './date-input';

export interface DateRange {
  from: string;
  to: string;
}

interface DateRangeFieldsProps {
  /** The date inputs get the ids `<idPrefix>-from` and `<idPrefix>-to` (boxes `<id>-day` and so on). */
  idPrefix: string;
  value: DateRange;
  onChange: (range: DateRange) => void;
  toLabel?: string;
}

/** "From" and "To" date inputs of a filter form. */
export function DateRangeFields({ idPrefix, value, onChange, toLabel = 'To' }: DateRangeFieldsProps) {
  return (
    <>
      <DateInput
        id={`${idPrefix}-from`}
        legend="From"
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <DateInput
        id={`${idPrefix}-to`}
        legend={toLabel}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </>
  );
}
