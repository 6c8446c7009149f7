import { plural } from './plural';

/** A workload's replica count as it reads: "1 replica", "3 replicas". */
export function replicasText(replicas: number): string {
  return plural(replicas, 'replica');
}
