import { portText, serviceName, serviceSelects, targetPortOn } from '../../engine';
import type { Doc, Workload } from '../../model';

/**
 * The Services that send to a workload, each port as clients call it and as
 * the pods receive it: `TCP 80 → 8080`. Policies must allow the second.
 */
export function WorkloadServices({ doc, workload }: { doc: Doc; workload: Workload }) {
  const services = (doc.services ?? []).filter((s) => serviceSelects(s, workload));
  if (services.length === 0) return null;
  return (
    <section className="details-services" aria-label="Services">
      <h3>Services (clients call the port; policies see the pod&apos;s port)</h3>
      <ul>
        {services.map((service) => (
          <li key={serviceName(service)}>
            <span className="details-service-name">{serviceName(service)}</span>{' '}
            {service.ports.map((p) => {
              const target = targetPortOn(workload, p);
              const name = typeof p.targetPort === 'string' ? ` (${p.targetPort})` : '';
              const to = target === null ? `no port named ${String(p.targetPort)}` : String(target);
              return (
                <span key={`${p.protocol}/${p.port}`} className="details-service-port">
                  {portText(p)} → {to}
                  {target === null ? '' : name}
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
