import { DatePicker, type DatePickerProps } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { DATE_FORMAT } from '../format.ts';
import { libMessages } from '../messages.ts';
import { issuedAfterToday, parseViDate } from '../vi-date.ts';

/** Text typed in a date field that is not a real day ("31/02/2026"): kept, so the field can say so. */
export class UnreadableDate {
  constructor(readonly text: string) {}
}

/** A date field's form value: the ISO day ("2026-12-25"), null when empty, or the unreadable text. */
export type ViDateValue = string | null | UnreadableDate;

interface Props extends Omit<DatePickerProps, 'value' | 'onChange' | 'format'> {
  value?: ViDateValue;
  onChange?: (value: ViDateValue) => void;
}

/**
 * The app's date field. antd's picker alone drops text it cannot read when the field loses focus ("31/02"
 * vanished without a word); this one keeps the text on screen and hands the form an `UnreadableDate`, which
 * `viDateRules` turns into "Ngày không hợp lệ" on the field, so nothing is saved behind the officer's back.
 */
export function ViDatePicker({ value, onChange, onBlur, ...rest }: Props) {
  // While the text is unreadable the picker keeps showing its last real day underneath: handing it null
  // would make it empty the input, which is the silent clearing this replaces.
  const picked = useRef<Dayjs | null>(null);
  if (typeof value === 'string' && picked.current?.format('YYYY-MM-DD') !== value)
    picked.current = dayjs(value);
  else if (value === null || value === undefined) picked.current = null;

  return (
    <DatePicker
      style={{ width: '100%' }}
      {...rest}
      // One format keeps antd's masked input (dd/mm/yyyy cells, Enter takes the day without submitting).
      format={DATE_FORMAT}
      preserveInvalidOnBlur
      value={picked.current}
      onChange={(day: Dayjs | Dayjs[] | null) => {
        const one = Array.isArray(day) ? (day[0] ?? null) : day;
        onChange?.(one ? one.format('YYYY-MM-DD') : null);
      }}
      onBlur={(event, info) => {
        const text = (event.target as HTMLInputElement).value ?? '';
        const parsed = parseViDate(text);
        if (!parsed.ok) onChange?.(new UnreadableDate(text));
        else if (parsed.iso !== null && parsed.iso !== value) onChange?.(parsed.iso);
        onBlur?.(event, info);
      }}
    />
  );
}

/**
 * Rules for a `ViDatePicker`'s Form.Item: an unreadable day gets "Ngày không hợp lệ"; with `notAfterToday`
 * (the date a document was issued), a day after today gets "Ngày ban hành sau ngày hôm nay".
 */
export function viDateRules(options: { notAfterToday?: boolean } = {}): Rule[] {
  return [
    {
      validator: async (_rule, value: unknown) => {
        if (value instanceof UnreadableDate) throw new Error(libMessages.date.invalid);
        if (options.notAfterToday && typeof value === 'string') {
          const problem = issuedAfterToday(value, dayjs().format('YYYY-MM-DD'));
          if (problem) throw new Error(problem);
        }
      },
    },
  ];
}
