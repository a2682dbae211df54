'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { DESCRIPTION_MAX_BYTES, NAME_MAX_BYTES } from '@/lib/schemas/rules';
import { ByteCount } from './byte-count';
import { FieldError } from './field-error';

interface NamedForm {
  name: string;
  description: string;
}

const input =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700';

/** Name and description with their live byte counts, as every create form has them. */
export function NameFields<T extends NamedForm>({
  register,
  errors,
  values,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<NamedForm>;
  values: NamedForm;
}) {
  const reg = register as unknown as UseFormRegister<NamedForm>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor="name" className="block text-sm font-medium text-slate-800">
          Name
        </label>
        <input
          id="name"
          className={input}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby="name-count name-error"
          {...reg('name')}
        />
        <ByteCount id="name-count" value={values.name ?? ''} max={NAME_MAX_BYTES} />
        <FieldError id="name-error" message={errors.name?.message} />
      </div>
      <div className="space-y-1">
        <label htmlFor="description" className="block text-sm font-medium text-slate-800">
          Description <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <input
          id="description"
          className={input}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby="description-count description-error"
          {...reg('description')}
        />
        <ByteCount id="description-count" value={values.description ?? ''} max={DESCRIPTION_MAX_BYTES} />
        <FieldError id="description-error" message={errors.description?.message} />
      </div>
    </div>
  );
}
