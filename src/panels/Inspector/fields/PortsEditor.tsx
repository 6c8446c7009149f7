import { useState } from 'react';
import type { ContainerPort, Protocol } from '../../../model';
import { PROTOCOLS } from '../../../model';

interface PortsEditorProps {
  readonly ports: readonly ContainerPort[];
  readonly onCommit: (ports: readonly ContainerPort[]) => string | null;
  /** The fieldset's legend: `Container ports` unless told. */
  readonly legend?: string;
}

interface Row {
  readonly port: string;
  readonly protocol: Protocol;
  readonly name: string;
}

function rowsOf(ports: readonly ContainerPort[]): Row[] {
  return ports.map((p) => ({
    port: String(p.containerPort),
    protocol: p.protocol,
    name: p.name ?? '',
  }));
}

function portsOf(rows: readonly Row[]): ContainerPort[] | string {
  const ports: ContainerPort[] = [];
  for (const r of rows) {
    if (r.port.trim() === '') continue;
    const n = Number(r.port);
    if (!Number.isInteger(n) || n < 1 || n > 65535)
      return `Port ${r.port} is not a number from 1 to 65535.`;
    const name = r.name.trim();
    ports.push(
      name === ''
        ? { containerPort: n, protocol: r.protocol }
        : { name, containerPort: n, protocol: r.protocol },
    );
  }
  return ports;
}

/** Container ports (number, protocol, optional name); applied when a field loses focus. */
export function PortsEditor({ ports, onCommit, legend = 'Container ports' }: PortsEditorProps) {
  const [rows, setRows] = useState<readonly Row[]>(() => rowsOf(ports));
  const [seen, setSeen] = useState(ports);
  const [problem, setProblem] = useState<string | null>(null);
  if (seen !== ports) {
    setSeen(ports);
    setRows(rowsOf(ports));
    setProblem(null);
  }
  const commit = (next: readonly Row[]) => {
    const parsed = portsOf(next);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(JSON.stringify(parsed) === JSON.stringify(ports) ? null : onCommit(parsed));
  };
  const change = (i: number, row: Row) => {
    setRows(rows.map((r, n) => (n === i ? row : r)));
  };
  return (
    <fieldset className="ports-editor">
      <legend>{legend}</legend>
      {rows.map((r, i) => (
        <div key={i} className="ports-row">
          <input
            aria-label={`Port ${i + 1} number`}
            inputMode="numeric"
            value={r.port}
            placeholder="port"
            onChange={(e) => {
              change(i, { ...r, port: e.target.value });
            }}
            onBlur={() => {
              commit(rows);
            }}
          />
          <select
            aria-label={`Port ${i + 1} protocol`}
            value={r.protocol}
            onChange={(e) => {
              const next = rows.map((x, n) =>
                n === i ? { ...x, protocol: e.target.value as Protocol } : x,
              );
              setRows(next);
              commit(next);
            }}
          >
            {PROTOCOLS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <input
            aria-label={`Port ${i + 1} name`}
            value={r.name}
            placeholder="name (optional)"
            spellCheck={false}
            onChange={(e) => {
              change(i, { ...r, name: e.target.value });
            }}
            onBlur={() => {
              commit(rows);
            }}
          />
          <button
            type="button"
            aria-label={`Remove port ${r.port === '' ? i + 1 : r.port}`}
            onClick={() => {
              const next = rows.filter((_, n) => n !== i);
              setRows(next);
              commit(next);
            }}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          setRows([...rows, { port: '', protocol: 'TCP', name: '' }]);
        }}
      >
        Add port
      </button>
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
