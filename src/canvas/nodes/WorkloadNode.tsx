import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { Fragment, memo, useId, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { ConnectTarget } from './ConnectTarget';
import { IsolationBadge } from './IsolationBadge';
import { longestWordLength, nameWords } from '../../engine';
import { PolicyMarks } from './PolicyMarks';
import { presentedCardType, workloadKindText } from '../workloadCard';
import { isolatedOf } from '../cardContent';
import { namesBandName } from '../namesBandName';
import type { WorkloadCardText } from '../workloadCard';
import { FindingsBadge } from '../findings/FindingsBadge';
import type { WorkloadFlowNode } from '../reactFlowTypes';

/** The name's size zoomed out to names, at the desk and presented, and whether it fits the card. */
interface NamesBandNames {
  readonly style: CSSProperties;
  /** `data-name-fits`: the card needs no clip zoomed out to names, at the desk or presented. */
  readonly fits: 'true' | undefined;
}

/**
 * `namesBandName` at the desk and presented, for `useMemo`: worked out once per card, not at each
 * of its renders (its mount, its measure, every part of Expand all that moves it, a pick that
 * marks it), each a search down from the size by the name's length.
 */
function namesBandNames(card: WorkloadCardText): NamesBandNames {
  const desk = namesBandName(card, false);
  const presented = namesBandName(card, true);
  return {
    style: {
      '--nc-names-name': `${String(desk.px)}px`,
      '--nc-names-present-name': `${String(presented.px)}px`,
    } as CSSProperties,
    fits: desk.fits && presented.fits ? 'true' : undefined,
  };
}

/**
 * The name's length and its longest word (`nameWords.ts`) for the stylesheet
 * (`--nc-name-length`, `--nc-name-word`), which draws a name too long for the card's lines
 * smaller rather than cutting it, and a word too long for one line smaller rather than
 * breaking it in two (`levelOfDetail.css`); and its size zoomed out to names, at the desk and
 * presented (`namesBandNames`).
 */
function nameLengthStyle(name: string, names: NamesBandNames): CSSProperties {
  const word = longestWordLength(name);
  return {
    '--nc-name-length': name.length,
    '--nc-name-word': word,
    ...names.style,
  } as CSSProperties;
}

/**
 * The type the card is presented in at full zoom (`presentedCardType`), for `presentation.css`:
 * the card keeps the height the layout gave it.
 */
function presentedStyle(name: string, kind: string, services: boolean): CSSProperties {
  const type = presentedCardType({ name, kind, services });
  return {
    '--nc-present-name': `${String(type.name)}px`,
    '--nc-present-small': `${String(type.small)}px`,
  } as CSSProperties;
}

/** The name, with a line break allowed between its words (`recommendation|service`). */
function NameWords({ name }: { name: string }) {
  return nameWords(name).map((word, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {word}
    </Fragment>
  ));
}

/**
 * A workload (a set of pods with the same labels), with its isolation badges.
 * One inferred from the policies is dashed, says so and what it stands for,
 * and takes no flows (it is no part of the document).
 */
function WorkloadNodeView({ id, data, selected }: NodeProps<WorkloadFlowNode>) {
  const key = `${data.namespace}/${data.name}`;
  const inferred = data.inferred;
  const marksId = useId();
  const marked = data.highlighted || data.peer === true;
  const kind = workloadKindText(data);
  const services = data.services !== undefined;
  const names = useMemo(
    () => namesBandNames({ name: data.name, kind, services }),
    [data.name, kind, services],
  );
  const className = [
    'nc-node',
    'nc-workload',
    data.highlighted ? 'is-highlighted' : '',
    data.peer === true ? 'is-peer' : '',
    inferred === undefined ? '' : 'is-inferred',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <PolicyMarks id={marksId} selected={data.highlighted} peer={data.peer} />
      <FindingsBadge id={id} />
      <div
        className={className}
        data-testid={`node.workload.${key}`}
        role="group"
        aria-label={
          inferred === undefined
            ? `Workload ${key}`
            : `Inferred workload ${key}: ${inferred.text}, inferred from policies`
        }
        aria-selected={selected}
        aria-describedby={marked ? marksId : undefined}
        style={presentedStyle(data.name, kind, services)}
        data-name-fits={names.fits}
        data-isolated={isolatedOf(data.ingressIsolated, data.egressIsolated)}
      >
        <ConnectTarget label={`Flow into ${key}`} connectable={inferred === undefined} />
        <div className="nc-node-head">
          <span
            className="nc-node-name"
            title={data.name}
            style={nameLengthStyle(data.name, names)}
          >
            <NameWords name={data.name} />
          </span>
          <span className="nc-node-kind">{kind}</span>
        </div>
        {inferred === undefined ? (
          <div className="nc-node-labels" title={data.labels.join('\n')}>
            {data.labels.length === 0 ? <em>no labels</em> : data.labels.join(', ')}
          </div>
        ) : (
          <div className="nc-node-labels" title={`${inferred.text} in ${data.namespace}`}>
            {inferred.short}
          </div>
        )}
        <div className="nc-node-ports">
          {data.ports.length === 0 ? <em>no ports</em> : `ports ${data.ports.join(', ')}`}
        </div>
        {data.services !== undefined && (
          <div
            className="nc-node-services"
            title={`Services (clients call the first port; policies see the pod's):\n${data.services.join('\n')}`}
          >
            svc {data.services.join(' · ')}
          </div>
        )}
        <div className="nc-badges">
          <IsolationBadge direction="ingress" isolated={data.ingressIsolated} />
          <IsolationBadge direction="egress" isolated={data.egressIsolated} />
        </div>
        {inferred === undefined ? (
          <Handle type="source" position={Position.Right} aria-label={`Draw a flow from ${key}`} />
        ) : (
          <Handle type="source" position={Position.Right} isConnectable={false} aria-hidden />
        )}
      </div>
    </>
  );
}

export const WorkloadNode = memo(WorkloadNodeView);
