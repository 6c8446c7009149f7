/**
 * Online Boutique's policies as people write them by hand: frontend may open
 * any port to cartservice and redis-cart, cartservice admits frontend only on its port named `grpc`
 * (7070), redis-cart admits cartservice on its port named `redis` (6379),
 * which cartservice's egress allows by number. Anyone may reach frontend on
 * TCP 9000-9100, where it declares no port (it listens on 8080). What a
 * line's label and the Inspector's reach lists say about it: `linePorts.test.ts`,
 * `e2e/linePorts.spec.ts`.
 */
import type { Doc } from '../../../model';
import { docOf, namespaceOf, podOf, policyOf } from '../docBuilder';

const app = (name: string) => ({ podSelector: { matchLabels: { app: name } } });

export const BOUTIQUE_PORTS: Doc = docOf({
  namespaces: [namespaceOf('shop')],
  workloads: [
    podOf(
      'shop/frontend',
      { app: 'frontend' },
      { ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] },
    ),
    podOf(
      'shop/cartservice',
      { app: 'cartservice' },
      { ports: [{ name: 'grpc', containerPort: 7070, protocol: 'TCP' }] },
    ),
    podOf(
      'shop/redis-cart',
      { app: 'redis-cart' },
      { ports: [{ name: 'redis', containerPort: 6379, protocol: 'TCP' }] },
    ),
    podOf('shop/loadgenerator', { app: 'loadgenerator' }),
  ],
  policies: [
    policyOf('shop/frontend', {
      ...app('frontend'),
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ ports: [{ port: 9000, endPort: 9100 }] }],
      egress: [{ to: [app('cartservice'), app('redis-cart')] }],
    }),
    policyOf('shop/cartservice', {
      ...app('cartservice'),
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [app('frontend')], ports: [{ port: 'grpc' }] }],
      egress: [{ to: [app('redis-cart')], ports: [{ port: 6379 }] }],
    }),
    policyOf('shop/redis-cart', {
      ...app('redis-cart'),
      policyTypes: ['Ingress'],
      ingress: [{ from: [app('cartservice')], ports: [{ port: 'redis' }, { port: 'metrics' }] }],
    }),
  ],
});
