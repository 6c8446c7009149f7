import { selectDoc, useEditorStore } from '../../store';

/** An external endpoint: its address. */
export function ExternalDetails({ name }: { name: string }) {
  const doc = useEditorStore(selectDoc);
  const external = doc.externals.find((e) => e.name === name);
  if (external === undefined) return <p className="panel-hint">This endpoint no longer exists.</p>;
  return (
    <div className="details">
      <h2 className="details-title">
        {name} <span className="details-sub">outside the cluster</span>
      </h2>
      <dl className="details-list">
        <dt>Address</dt>
        <dd>
          <code>{external.cidr}</code>
        </dd>
      </dl>
      <p className="panel-hint-inline">
        No NetworkPolicy governs what it sends or receives; only the pods' own policies decide.
      </p>
    </div>
  );
}
