/** The parameters a job was submitted with. */
export function JobParameters({ params }: { params: readonly { name: string; value: string }[] }) {
  if (params.length === 0) return null;
  return (
    <section aria-labelledby="params-heading" className="mt-6">
      <h2 id="params-heading" className="mb-2 text-lg font-semibold">
        Submitted with
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {params.map((p) => (
          <div key={p.name} className="contents">
            <dt className="font-medium text-slate-700">{p.name}</dt>
            <dd className="break-all">
              <code>{p.value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
