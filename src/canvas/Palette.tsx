import type { DragEvent } from 'react';
import { nodeRefParse, selectSelection, useEditorStore } from '../store';
import { usePaletteAdd } from './hooks/usePaletteAdd';
import { PALETTE_MIME } from './paletteDrop';
import type { PaletteKind } from './paletteDrop';

const ITEMS: readonly { kind: PaletteKind; label: string; hint: string }[] = [
  { kind: 'namespace', label: 'Namespace', hint: 'a box that holds workloads' },
  { kind: 'workload', label: 'Workload', hint: 'pods with the same labels' },
  { kind: 'external', label: 'External endpoint', hint: 'an IP or CIDR outside the cluster' },
];

/**
 * Drag an item onto the canvas, or click it to add one (to the selected namespace). A strip
 * above the canvas, not a panel floating over it: after any camera move (Find, Show, a pan)
 * no card or line can be hidden under it.
 */
export function Palette() {
  const add = usePaletteAdd();
  const selection = useEditorStore(selectSelection);
  const ref = selection?.kind === 'node' ? nodeRefParse(selection.id) : null;
  const namespace =
    ref?.kind === 'namespace' ? ref.name : ref?.kind === 'workload' ? ref.namespace : undefined;
  return (
    <div className="nc-palette" role="toolbar" aria-label="Palette">
      <span className="nc-palette-title">Drag to add</span>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`nc-palette-item is-${item.kind}`}
          draggable
          onDragStart={(e: DragEvent) => {
            e.dataTransfer.setData(PALETTE_MIME, item.kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => {
            add(item.kind, null, [], namespace);
          }}
          title={`${item.label}: ${item.hint}. Drag it onto the canvas, or click to add one.`}
        >
          + {item.label}
        </button>
      ))}
    </div>
  );
}
