import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The input's id, so an error summary can link to it. */
  id?: string;
  /** Labels are bold (`nhsuk-label--s`) unless the field is the only one of a page. */
  labelClass?: string;
}

function describedBy(hintId: string | undefined, errorId: string | undefined): string | undefined {
  const ids = [hintId, errorId].filter(Boolean).join(' ');
  return ids || undefined;
}

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const inputId = id ?? `field${generated.replace(/:/g, '')}`;
  return {
    inputId,
    hintId: hint ? `${inputId}-hint` : undefined,
    errorId: error ? `${inputId}-error` : undefined,
  };
}

/** An NHS.UK form group: label, hint and error message around the field given as children. */
export function FieldChrome({
  label,
  hint,
  error,
  inputId,
  hintId,
  errorId,
  labelClass = 'nhsuk-label--s',
  children,
}: FieldProps & { inputId: string; hintId: string | undefined; errorId: string | undefined; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label ${labelClass}`} htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {children}
    </div>
  );
}

type InputProps = FieldProps &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
    width?: 'full' | '20' | '10' | '5' | '4' | '3' | '2';
  };

export function TextInput({
  label,
  hint,
  error,
  id,
  labelClass,
  value,
  onChange,
  width = 'full',
  className,
  ...rest
}: InputProps) {
  const ids = useFieldIds(id, hint, error);
  const widthClass = width === 'full' ? 'nhsuk-u-width-full' : `nhsuk-input--width-${width}`;
  return (
    <FieldChrome label={label} hint={hint} error={error} labelClass={labelClass} {...ids}>
      <input
        className={`nhsuk-input ${widthClass}${error ? ' nhsuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        id={ids.inputId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(ids.hintId, ids.errorId)}
        type="text"
        {...rest}
      />
    </FieldChrome>
  );
}

type TextareaProps = FieldProps &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function Textarea({ label, hint, error, id, labelClass, value, onChange, rows = 5, ...rest }: TextareaProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldChrome label={label} hint={hint} error={error} labelClass={labelClass} {...ids}>
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={ids.inputId}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(ids.hintId, ids.errorId)}
        {...rest}
      />
    </FieldChrome>
  );
}

interface SelectProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
}

export function Select({ label, hint, error, id, labelClass, value, onChange, options, disabled }: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldChrome label={label} hint={hint} error={error} labelClass={labelClass} {...ids}>
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={ids.inputId}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(ids.hintId, ids.errorId)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldChrome>
  );
}

interface CheckboxProps {
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
}

export function Checkbox({ label, hint, checked, onChange, id }: CheckboxProps) {
  const ids = useFieldIds(id, hint, undefined);
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={ids.inputId}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={ids.hintId}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ids.inputId}>
            {label}
          </label>
          {hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={ids.hintId}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

interface RadiosProps<V extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  value: V | '';
  onChange: (value: V) => void;
  options: readonly { value: V; label: string; disabled?: boolean }[];
  error?: string | undefined;
  inline?: boolean;
  id?: string;
}

export function Radios<V extends string>({
  legend,
  hint,
  name,
  value,
  onChange,
  options,
  error,
  inline,
  id,
}: RadiosProps<V>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(ids.hintId, ids.errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={ids.hintId}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={ids.errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? ids.inputId : `${ids.inputId}-${i}`;
            return (
              <div className="nhsuk-radios__item" key={o.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  disabled={o.disabled}
                  onChange={() => onChange(o.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
