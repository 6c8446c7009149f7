import { useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { PROTOCOLS } from '../../model';
import type { Protocol } from '../../model';
import { selectViewDoc, useEditorApi, useEditorStore } from '../../store';
import type { WalkRequest } from '../../store';
import { EndSelect } from './EndSelect';
import { walkEndsOf } from './walkEnds';
import { isServiceEnd, serviceEndId, walkViaService } from './walkService';

function serviceIdOf(via: NonNullable<WalkRequest['via']>): string {
  const [namespace = '', name = ''] = via.service.split('/');
  return serviceEndId(namespace, name);
}

/** Source, destination and port of the connection to walk; "Walk" starts it, "Swap" turns it round. */
export function WalkForm({ initial }: { initial: WalkRequest | null }) {
  const api = useEditorApi();
  const doc = useEditorStore(selectViewDoc);
  const ends = useMemo(() => walkEndsOf(doc), [doc]);
  const sources = useMemo(() => ends.filter((e) => !isServiceEnd(e.id)), [ends]);
  const [from, setFrom] = useState(initial?.from ?? ends[0]?.id ?? '');
  const [to, setTo] = useState(
    initial?.via === undefined ? (initial?.to ?? ends[1]?.id ?? '') : serviceIdOf(initial.via),
  );
  const firstPort = (id: string) => ends.find((e) => e.id === id)?.ports[0];
  const [port, setPort] = useState(
    String(initial?.via?.port ?? initial?.port ?? firstPort(to)?.port ?? 80),
  );
  const [protocol, setProtocol] = useState<Protocol>(initial?.protocol ?? 'TCP');
  const [problem, setProblem] = useState<string | null>(null);
  const portNumber = Number(port);
  const portOk = Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535;
  const known = (id: string) => ends.some((e) => e.id === id);
  const ready = portOk && known(from) && known(to) && from !== to;
  const toService = isServiceEnd(to);

  const onDestination = (id: string) => {
    setTo(id);
    const first = firstPort(id);
    if (first !== undefined) {
      setPort(String(first.port));
      setProtocol(first.protocol);
    }
  };
  const walk = (request: WalkRequest) => {
    if (!isServiceEnd(request.to)) {
      setProblem(null);
      api.getState().startWalk(request);
      return;
    }
    const via = walkViaService(doc, request);
    setProblem(via.ok ? null : via.message);
    if (via.ok) api.getState().startWalk(via.walk);
  };
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (ready) walk({ from, to, port: portNumber, protocol });
  };
  const swap = () => {
    setFrom(to);
    setTo(from);
    if (ready) walk({ from: to, to: from, port: portNumber, protocol });
  };

  if (ends.length < 2) {
    return (
      <p className="panel-hint">
        Add two workloads (or a workload and an external endpoint) to walk a connection between
        them.
      </p>
    );
  }
  return (
    <form className="walk-form" aria-label="Connection to walk" onSubmit={onSubmit}>
      <EndSelect
        label="From (starts the connection)"
        ends={sources}
        value={from}
        onChange={setFrom}
      />
      <EndSelect label="To" ends={ends} value={to} onChange={onDestination} />
      <div className="walk-form-port">
        <label>
          <span>Port</span>
          <input
            type="number"
            aria-label="Port"
            min={1}
            max={65535}
            value={port}
            aria-invalid={!portOk}
            onChange={(e) => {
              setPort(e.target.value);
            }}
          />
        </label>
        <label>
          <span>Protocol</span>
          <select
            aria-label="Protocol"
            value={protocol}
            onChange={(e) => {
              setProtocol(e.target.value as Protocol);
            }}
          >
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      {from === to && <p className="walk-form-note">Pick two different ends.</p>}
      {toService && (
        <p className="walk-form-info">
          A Service forwards the connection to one of its pods, on that pod&apos;s own port
          (targetPort): the policies check that port.
        </p>
      )}
      {problem !== null && (
        <p className="walk-form-note" role="alert">
          {problem}
        </p>
      )}
      <div className="walk-form-actions">
        <button type="submit" className="is-primary" disabled={!ready}>
          Walk
        </button>
        <button
          type="button"
          disabled={!ready || toService}
          onClick={swap}
          title="Walk the other way: the destination starts the connection"
        >
          Swap ends and walk
        </button>
      </div>
    </form>
  );
}
