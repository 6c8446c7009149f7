/**
 * The Services that send to each workload, as a card shows them: the
 * Service's name and each port as clients call it, then as the pods receive
 * it when that differs (`frontend 80→8080`). Policies must allow the second.
 */
import type { Doc, Service, Workload } from '../model';
import { serviceSelects, targetPortOn } from '../engine';

function portsText(service: Service, workload: Workload): string {
  return service.ports
    .map((p) => {
      const target = targetPortOn(workload, p);
      if (target === null) return `${String(p.port)}→${String(p.targetPort)}?`;
      return target === p.port ? String(p.port) : `${String(p.port)}→${String(target)}`;
    })
    .join(', ');
}

/** Per workload (by `namespace/name`), one text per Service that selects it; absent: none. */
export function serviceChipsOf(doc: Doc): Map<string, string[]> {
  const chips = new Map<string, string[]>();
  const byNamespace = new Map<string, Service[]>();
  for (const service of doc.services ?? []) {
    const list = byNamespace.get(service.namespace) ?? [];
    list.push(service);
    byNamespace.set(service.namespace, list);
  }
  if (byNamespace.size === 0) return chips;
  for (const w of doc.workloads) {
    const texts = (byNamespace.get(w.namespace) ?? [])
      .filter((s) => serviceSelects(s, w))
      .map((s) => `${s.name} ${portsText(s, w)}`);
    if (texts.length > 0) chips.set(`${w.namespace}/${w.name}`, texts);
  }
  return chips;
}
