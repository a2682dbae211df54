'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { DESCRIPTION_MAX_BYTES, NAME_MAX_BYTES } from '@/lib/schemas/limits';
import { ByteCount } from './byte-count';

interface NamedForm {
  name: string;
  description: string;
}

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
      <Field
        id="name"
        label="Name"
        error={errors.name?.message}
        hint={<ByteCount value={values.name ?? ''} max={NAME_MAX_BYTES} />}
        {...reg('name')}
      />
      <Field
        id="description"
        label="Description (optional)"
        error={errors.description?.message}
        hint={<ByteCount value={values.description ?? ''} max={DESCRIPTION_MAX_BYTES} />}
        {...reg('description')}
      />
    </div>
  );
}
