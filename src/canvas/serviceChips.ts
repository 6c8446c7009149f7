/**
 * The Services that send to each workload, as a card shows them: the
 * Service's name and each port as clients call it (written as a line writes
 * a port), then as the pods receive it when that differs (`frontend TCP 80 →
 * 8080`), as the Inspector does. Policies must allow the second.
 */
import type { Doc, Service, Workload } from '../model';
import { portText, serviceSelects, targetPortOn } from '../engine';

function portsText(service: Service, workload: Workload): string {
  return service.ports
    .map((p) => {
      const target = targetPortOn(workload, p);
      if (target === null) return `${portText(p)} → ${String(p.targetPort)}?`;
      return target === p.port ? portText(p) : `${portText(p)} → ${String(target)}`;
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
