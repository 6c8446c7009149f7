import type { NetworkPolicyPort, Protocol } from '../../model';
import { PROTOCOLS } from '../../model';
import { DraftText } from './DraftText';
import { FieldProblems } from './FieldProblems';
import { useProblemsAt } from './formContext';
import { endPortFromText, portFromText, portFieldText } from './portText';

interface PortRowProps {
  readonly port: NetworkPolicyPort;
  readonly index: number;
  /** `spec.ingress[0].ports[1]` */
  readonly anchor: string;
  readonly onChange: (port: NetworkPolicyPort) => void;
  readonly onRemove: () => void;
}

function portWith(port: NetworkPolicyPort, value: number | string | undefined): NetworkPolicyPort {
  const { port: _old, endPort, ...rest } = port;
  if (value === undefined) return rest;
  // endPort needs a numeric port: it goes with a port name
  return typeof value === 'number' && endPort !== undefined
    ? { ...rest, port: value, endPort }
    : { ...rest, port: value };
}

/** One `NetworkPolicyPort`: protocol, a port number or name, and an optional `endPort`. */
export function PortRow({ port, index, anchor, onChange, onRemove }: PortRowProps) {
  const name = `Port ${index + 1}`;
  const invalid = useProblemsAt(anchor).some((p) => p.severity === 'error');
  const numeric = typeof port.port === 'number';
  return (
    <div className="pf-port" role="group" aria-label={name}>
      <div className="pf-row">
        <select
          aria-label={`${name} protocol`}
          value={port.protocol ?? 'TCP'}
          onChange={(e) => {
            onChange({ ...port, protocol: e.target.value as Protocol });
          }}
        >
          {PROTOCOLS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        <DraftText
          label={`${name} number or name`}
          hideLabel
          value={portFieldText(port.port)}
          placeholder="every port"
          monospace
          invalid={invalid}
          onCommit={(text) => {
            onChange(portWith(port, portFromText(text)));
            return null;
          }}
        />
        <span className="pf-to" aria-hidden="true">
          to
        </span>
        <DraftText
          label={`${name} endPort`}
          hideLabel
          value={portFieldText(port.endPort)}
          placeholder={numeric ? 'endPort' : '—'}
          monospace
          disabled={!numeric && port.endPort === undefined}
          onCommit={(text) => {
            const parsed = endPortFromText(text);
            if ('problem' in parsed) return parsed.problem;
            const { endPort: _old, ...rest } = port;
            onChange(parsed.endPort === undefined ? rest : { ...rest, endPort: parsed.endPort });
            return null;
          }}
        />
        <button
          type="button"
          className="pf-remove"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <FieldProblems anchor={anchor} />
    </div>
  );
}
