'use client';

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-classes';
import { MAX_TAGS_ON_CREATE } from '@/lib/schemas/limits';

interface TagsFormShape {
  tags: { key: string; value: string }[];
}

/** 0-10 key/value rows; each row is checked like the cloud checks it. */
export function TagsField<T extends TagsFormShape>({
  control,
  register,
  errors,
  limitNote = 'That is the most tags a new instance can have.',
}: {
  control: Control<T>;
  register: UseFormRegister<T>;
  errors: FieldErrors<TagsFormShape>['tags'];
  /** Shown once the list is full. */
  limitNote?: string;
}) {
  const shaped = control as unknown as Control<TagsFormShape>;
  const reg = register as unknown as UseFormRegister<TagsFormShape>;
  const { fields, append, remove } = useFieldArray({ control: shaped, name: 'tags' });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">
        Tags{' '}
        <span className="font-normal text-slate-600">
          (optional, up to {MAX_TAGS_ON_CREATE}; letters, digits, _ and -)
        </span>
      </legend>
      {fields.map((field, i) => {
        const e = Array.isArray(errors) ? errors[i] : undefined;
        return (
          <div key={field.id} className="flex flex-wrap items-start gap-2">
            <div>
              <label htmlFor={`tag-key-${i}`} className="sr-only">
                Tag {i + 1} key
              </label>
              <input
                id={`tag-key-${i}`}
                placeholder="key"
                aria-invalid={e?.key ? true : undefined}
                aria-describedby={e?.key ? `tag-key-${i}-error` : undefined}
                className="w-48 rounded-md border border-slate-400 px-2 py-1 text-sm aria-[invalid=true]:border-red-700"
                {...reg(`tags.${i}.key`)}
              />
              {e?.key ? (
                <p id={`tag-key-${i}-error`} className="text-xs text-red-700">
                  {e.key.message}
                </p>
              ) : null}
            </div>
            <div>
              <label htmlFor={`tag-value-${i}`} className="sr-only">
                Tag {i + 1} value
              </label>
              <input
                id={`tag-value-${i}`}
                placeholder="value"
                aria-invalid={e?.value ? true : undefined}
                aria-describedby={e?.value ? `tag-value-${i}-error` : undefined}
                className="w-56 rounded-md border border-slate-400 px-2 py-1 text-sm aria-[invalid=true]:border-red-700"
                {...reg(`tags.${i}.value`)}
              />
              {e?.value ? (
                <p id={`tag-value-${i}-error`} className="text-xs text-red-700">
                  {e.value.message}
                </p>
              ) : null}
            </div>
            <button type="button" onClick={() => remove(i)} className="rounded-md px-2 py-1 text-sm underline">
              Remove<span className="sr-only"> tag {i + 1}</span>
            </button>
          </div>
        );
      })}
      {!Array.isArray(errors) && errors?.message ? <p className="text-sm text-red-700">{errors.message}</p> : null}
      <button
        type="button"
        className={buttonClasses.secondary}
        disabled={fields.length >= MAX_TAGS_ON_CREATE}
        onClick={() => append({ key: '', value: '' })}
      >
        Add tag
      </button>
      {fields.length >= MAX_TAGS_ON_CREATE ? <p className="text-xs text-slate-600">{limitNote}</p> : null}
    </fieldset>
  );
}
