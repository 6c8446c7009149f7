import { podKeyOf } from '../../model';
import { selectDoc, selectIsolation, useEditorStore } from '../../store';

/** A workload: its labels, ports and isolation. */
export function WorkloadDetails({ namespace, name }: { namespace: string; name: string }) {
  const doc = useEditorStore(selectDoc);
  const isolation = useEditorStore(selectIsolation).get(podKeyOf(namespace, name));
  const workload = doc.workloads.find((w) => w.namespace === namespace && w.name === name);
  if (workload === undefined) return <p className="panel-hint">This workload no longer exists.</p>;
  return (
    <div className="details">
      <h2 className="details-title">
        {name}{' '}
        <span className="details-sub">
          {workload.kind} in namespace {namespace}
        </span>
      </h2>
      <dl className="details-list">
        <dt>Labels</dt>
        <dd>
          {Object.entries(workload.labels).map(([k, v]) => (
            <code key={k}>
              {k}={v}
            </code>
          ))}
        </dd>
        <dt>Ports</dt>
        <dd>
          {workload.ports.length === 0
            ? 'none declared'
            : workload.ports.map((p) => (
                <code key={`${p.containerPort}/${p.protocol}`}>
                  {p.containerPort}/{p.protocol}
                  {p.name === undefined ? '' : ` (${p.name})`}
                </code>
              ))}
        </dd>
        <dt>Ingress</dt>
        <dd>
          {isolation?.ingress
            ? 'isolated: only allowed traffic comes in'
            : 'open: no policy isolates it'}
        </dd>
        <dt>Egress</dt>
        <dd>
          {isolation?.egress
            ? 'isolated: only allowed connections go out'
            : 'open: no policy isolates it'}
        </dd>
      </dl>
    </div>
  );
}
