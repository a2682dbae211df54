/** Button looks, shared by buttons and links that act like buttons. */
export const buttonClasses = {
  primary:
    'inline-flex items-center justify-center gap-2 rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60',
  secondary:
    'inline-flex items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60',
  link: 'font-medium text-slate-900 underline underline-offset-2 hover:text-slate-600',
} as const;
