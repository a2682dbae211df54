'use client';

import { useState } from 'react';
import { PasswordSignInForm } from './password-sign-in-form';
import { AccessKeySignInForm } from './access-key-sign-in-form';

type Method = 'password' | 'aksk';

/** Two ways in: IAM password, or an access key pair. */
export function SignInForm({ next }: { next: string }) {
  const [method, setMethod] = useState<Method>('password');
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">Sign in with</legend>
        <div className="mt-2 flex gap-4">
          {(
            [
              ['password', 'IAM password'],
              ['aksk', 'Access key (AK/SK)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="method"
                value={value}
                checked={method === value}
                onChange={() => setMethod(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {method === 'password' ? <PasswordSignInForm next={next} /> : <AccessKeySignInForm next={next} />}
    </div>
  );
}
