/**
 * The figures the benchmark reads from an open page: time to a probe, long
 * tasks and frame gaps in a window, what the automatic fit shows, the heap.
 * Page-side code talks to the probes of `probes.ts` (`window.__bench`).
 */
import type { Page } from '@playwright/test';
import { NAMESPACE_SELECTOR, WORKLOAD_SELECTOR } from './probes';
import type { WindowFigures } from './probes';

interface Probe {
  readonly selector?: string;
  readonly text?: string;
  readonly derivedFresh?: boolean;
}

interface Span {
  readonly start: number;
  readonly duration: number;
}

interface PageBench {
  readonly longTasks: Span[];
  readonly gaps: Span[];
  readonly marks: { fileChosen?: number; pointerDown?: number; keyDown?: number };
  readonly until: (probe: Probe, timeoutMs: number) => Promise<number | null>;
  readonly arm: (probe: Probe, timeoutMs: number) => void;
  readonly armed: Promise<number | null>;
  readonly worst: (list: readonly Span[], from: number, to: number) => number;
}

/** `window`, as the probes left it (page-side code must name it inline: evaluate sends only the function). */
type BenchWindow = Window & { readonly __bench: PageBench };

/** The page's clock (ms). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The page's time of the first frame in which `probe` holds, or null after `timeoutMs`. */
export function pageUntil(page: Page, probe: Probe, timeoutMs: number): Promise<number | null> {
  return page.evaluate(([p, t]) => (window as unknown as BenchWindow).__bench.until(p, t), [
    probe,
    timeoutMs,
  ] as const);
}

/**
 * Watches `probe` from now, frame by frame, before an action; `armedUntil` answers with the
 * first frame in which it held, as `pageUntil` would had it been asked before the action.
 */
export function pageArm(page: Page, probe: Probe, timeoutMs: number): Promise<void> {
  return page.evaluate(
    ([p, t]) => {
      (window as unknown as BenchWindow).__bench.arm(p, t);
    },
    [probe, timeoutMs] as const,
  );
}

export function armedUntil(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.armed);
}

export function pageMark(
  page: Page,
  mark: 'fileChosen' | 'pointerDown' | 'keyDown',
): Promise<number | null> {
  return page.evaluate((m) => (window as unknown as BenchWindow).__bench.marks[m] ?? null, mark);
}

export function windowFigures(page: Page, from: number, to: number): Promise<WindowFigures> {
  return page.evaluate(
    ([f, t]) => {
      const bench = (window as unknown as BenchWindow).__bench;
      return {
        longestTask: bench.worst(bench.longTasks, f, t),
        longestGap: bench.worst(bench.gaps, f, t),
      };
    },
    [from, to] as const,
  );
}

/**
 * Waits until the canvas camera has not moved, and no node or line has been
 * added or removed, for `quietMs` (layout and fit done, every line mounted),
 * the line layer's lines too (zoomed out on a large design: its lines come
 * with the route worker's answer, often after the cards, and then in parts):
 * while it says lines wait (`data-waiting`), it is not at rest unless that
 * lasts `LAYER_STUCK_MS`.
 */
export async function cameraSettled(page: Page, quietMs: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < end) {
    const { now, waiting } = await page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      const transform = viewport === null ? '' : getComputedStyle(viewport).transform;
      const drawn = document.querySelectorAll('.react-flow__node, .react-flow__edge').length;
      const layer = document.querySelector('[data-testid="lines.layer"]');
      const layered = `${layer?.getAttribute('data-lines') ?? ''}/${layer?.getAttribute('data-waiting') ?? ''}`;
      const left = Number(layer?.getAttribute('data-waiting') ?? 0);
      return { now: `${transform} ${String(drawn)} ${layered}`, waiting: left > 0 };
    });
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= (waiting ? LAYER_STUCK_MS : quietMs)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** How long lines the line layer says wait may stay so before the canvas counts as at rest. */
const LAYER_STUCK_MS = 10_000;

/**
 * Waits until no line has been added, removed or routed anew (the paths of the lines drawn
 * are the same) for `quietMs`: a pick's or an edit's lines arrive in batches and are routed
 * after they mount, in tasks of their own. Answers how long they took to come to rest (ms).
 */
export async function linesSettled(
  page: Page,
  quietMs: number,
  timeoutMs: number,
): Promise<number> {
  const start = Date.now();
  const end = start + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < end) {
    const now = await page.evaluate(() => {
      const paths = document.querySelectorAll('.react-flow__edge path');
      let length = 0;
      for (const path of paths) length += (path.getAttribute('d') ?? '').length;
      return `${String(paths.length)} ${String(length)}`;
    });
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return since - start;
    await new Promise((r) => setTimeout(r, 150));
  }
  return timeoutMs;
}

export interface FitFigures {
  /** What is counted: workloads, or collapsed namespace boxes when no workload is drawn. */
  readonly what: 'workloads' | 'namespaces';
  readonly total: number;
  readonly onScreen: number;
  /** The on-screen height of a node's name, in CSS px (font size times zoom). */
  readonly nameHeight: number;
}

/** What the fitted canvas shows: how many of `total` workloads are on screen, how tall names are. */
export function fitFigures(page: Page, workloads: number): Promise<FitFigures> {
  return page.evaluate(
    ([workloadSel, namespaceSel, total]) => {
      const pane = document.querySelector('main[aria-label="Canvas"] .react-flow');
      const root = pane?.getBoundingClientRect();
      const inside = (e: Element) => {
        if (root === undefined) return false;
        const r = e.getBoundingClientRect();
        return (
          r.left >= root.left &&
          r.right <= root.right &&
          r.top >= root.top &&
          r.bottom <= root.bottom
        );
      };
      let nodes = [...document.querySelectorAll(workloadSel)];
      let what: 'workloads' | 'namespaces' = 'workloads';
      let count = total;
      if (nodes.length === 0) {
        nodes = [...document.querySelectorAll(namespaceSel)];
        what = 'namespaces';
        count = nodes.length;
      }
      const shown = nodes.filter(inside);
      const sample = shown[0] ?? nodes[0];
      let nameHeight = 0;
      if (sample instanceof HTMLElement && sample.offsetHeight > 0) {
        const zoom = sample.getBoundingClientRect().height / sample.offsetHeight;
        const name =
          sample.querySelector('.nc-node-name, .nc-namespace-name, h2, h3, strong') ?? sample;
        nameHeight = parseFloat(getComputedStyle(name).fontSize) * zoom;
      }
      return { what, total: count, onScreen: shown.length, nameHeight };
    },
    [WORKLOAD_SELECTOR, NAMESPACE_SELECTOR, workloads] as const,
  );
}

/** The main thread's JS heap after a garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

/** A point of the canvas where nothing is drawn (dragging there pans), or null. */
export function panePoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const pane = document.querySelector('main[aria-label="Canvas"] .react-flow');
    if (pane === null) return null;
    const r = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (let fx = 0.15; fx < 0.85; fx += 0.03) {
        for (const sy of [1, -1]) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * (sy > 0 ? fy : 1 - fy);
          const hit = document.elementFromPoint(x, y);
          if (hit?.classList.contains('react-flow__pane') === true) return { x, y };
        }
      }
    }
    return null;
  });
}

/** An allow policy (one with ingress peers) of the open design: deleting it removes lines. */
export function pagePolicyWithRules(
  page: Page,
): Promise<{ namespace: string; name: string } | null> {
  return page.evaluate(() => {
    interface Policy {
      metadata: { namespace: string; name: string };
      spec: { ingress?: { from?: unknown[] }[] };
    }
    const w = window as unknown as {
      __editor: { getState: () => { doc: { policies: Policy[] } } };
    };
    const policies = w.__editor.getState().doc.policies;
    const found = policies.find((p) =>
      (p.spec.ingress ?? []).some((r) => (r.from ?? []).length > 0),
    );
    return found === undefined
      ? null
      : { namespace: found.metadata.namespace, name: found.metadata.name };
  });
}
