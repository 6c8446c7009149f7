/**
 * A small shop's manifests, written out for journeys about its lines and their labels: pods
 * labelled `app: <name>` in namespace `shop`, and policies that say who may reach a pod on which
 * TCP port. Real manifests are read from `../shared/corpus/real` (`corpus.ts`), never copied in.
 */

/** A pod of the shop; at `x,y` in its namespace box when `at` is given, else the app lays it out. */
export const shopPod = (name: string, at?: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels:
    app: ${name}
${
  at === undefined
    ? ''
    : `  annotations:
    netpol-canvas.dev/position: "${at}"
`
}spec:
  containers:
    - name: ${name}
      image: registry.k8s.io/pause:3.10
`;

/** Who (`from`) may reach `name`, and on which TCP port. */
export const shopIngress = (name: string, from: readonly string[], port: number) => `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: ${name}
  policyTypes: [Ingress]
  ingress:
    - from:
${from.map((f) => `        - podSelector:\n            matchLabels:\n              app: ${f}`).join('\n')}
      ports:
        - port: ${String(port)}
          protocol: TCP
`;
