import { Input, type InputProps, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { libMessages } from '../messages.ts';
import {
  checkViNumber,
  formatViNumber,
  type NumberBounds,
  parseViNumber,
  viNumberProblem,
} from '../vi-number.ts';

/**
 * What a number field holds in a form: the number, null when empty, or — while the text cannot be read as a
 * number ("1.5", "12a") — the text itself, so nothing is guessed, the rule below can say why, and a draft keeps
 * exactly what was typed.
 */
export type ViNumberValue = number | string | null;

interface Props extends NumberBounds, Omit<InputProps, 'value' | 'onChange' | 'min' | 'max'> {
  value?: ViNumberValue;
  onChange?: (value: ViNumberValue) => void;
}

function meaningOf(text: string, bounds: NumberBounds): ViNumberValue {
  const parsed = parseViNumber(text, bounds);
  return parsed.ok ? parsed.value : text;
}

function textOf(value: ViNumberValue | undefined, bounds: NumberBounds): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : formatViNumber(value, bounds);
}

/**
 * The one number input of the app. The text stays exactly as typed while the officer types (nothing is
 * re-formatted under the caret, Backspace edits the text), every change is read with `parseViNumber`, and the
 * reading is shown under the field when it differs from the text ("= 4.445"). Bounds never change the value;
 * they give a message through `viNumberRules`.
 */
export function ViNumberInput({ value, onChange, min, max, integer, grouping, ...rest }: Props) {
  const bounds: NumberBounds = { min, max, integer, grouping };
  const [text, setText] = useState(() => textOf(value, bounds));
  // The form's value changes either because this field reported a new meaning (keep the text) or from outside
  // (a draft discarded, the other person's value taken: show the new value).
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(value ?? null, meaningOf(text, bounds))) setText(textOf(value, bounds));
  }

  const parsed = parseViNumber(text, bounds);
  const hint =
    parsed.ok && parsed.value !== null
      ? parsed.englishReading
        ? libMessages.number.thousands(parsed.formatted, parsed.englishReading)
        : parsed.formatted !== text.trim()
          ? libMessages.number.equals(parsed.formatted)
          : null
      : null;
  const hintId = rest.id ? `${rest.id}-reading` : undefined;

  return (
    <>
      <Input
        inputMode="decimal"
        autoComplete="off"
        {...rest}
        // Keep what the Form.Item describes the field with (its help and extra), and add the reading.
        aria-describedby={
          [rest['aria-describedby'], hint ? hintId : undefined].filter(Boolean).join(' ') || undefined
        }
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange?.(meaningOf(e.target.value, bounds));
        }}
      />
      {hint && (
        <Typography.Text
          id={hintId}
          type="secondary"
          aria-live="polite"
          className="xaso-number-reading"
          style={{ display: 'block', fontSize: 13, marginTop: 2 }}
        >
          {hint}
        </Typography.Text>
      )}
    </>
  );
}

/**
 * Form.Item props for a `ViNumberInput`: the field's message for text that is not a number or a value out of
 * bounds, checked when the officer leaves the field and again on submit (not at every keystroke, which would
 * flag "1.2" on the way to "1.234").
 */
export function viNumberItem(bounds: NumberBounds): { rules: Rule[]; validateTrigger: string[] } {
  return {
    validateTrigger: ['onBlur'],
    rules: [
      {
        validator: async (_rule, value: unknown) => {
          const problem =
            typeof value === 'string'
              ? viNumberProblem(value, bounds)
              : typeof value === 'number'
                ? checkViNumber(value, bounds)
                : null;
          if (problem) throw new Error(problem);
        },
      },
    ],
  };
}

/** A form value that is not a number yet (unreadable text) counts as empty for live previews. */
export function readableNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
