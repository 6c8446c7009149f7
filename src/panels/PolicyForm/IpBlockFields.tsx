import type { IPBlock } from '../../model';
import { DraftText } from './DraftText';
import { FieldProblems } from './FieldProblems';
import { useProblemsAt } from './formContext';
import { ipBlockFrom } from './peerKind';

interface IpBlockFieldsProps {
  readonly ipBlock: IPBlock;
  /** `spec.ingress[0].from[1].ipBlock` */
  readonly anchor: string;
  readonly onChange: (ipBlock: IPBlock) => void;
}

/** An `ipBlock` peer: a CIDR and the CIDRs inside it that are left out (`except`). */
export function IpBlockFields({ ipBlock, anchor, onChange }: IpBlockFieldsProps) {
  const atCidr = (path: string) => path.startsWith(`${anchor}.cidr`);
  const invalid = useProblemsAt(anchor).some((p) => p.severity === 'error' && atCidr(p.path));
  const except = (ipBlock.except ?? []).join(', ');
  const set = (cidr: string, exceptText: string) => {
    const peer = ipBlockFrom(cidr, exceptText);
    if (peer.ipBlock !== undefined) onChange(peer.ipBlock);
    return null;
  };
  return (
    <div className="pf-ipblock">
      <DraftText
        label="cidr"
        value={ipBlock.cidr}
        placeholder="192.168.5.10/32"
        monospace
        invalid={invalid}
        onCommit={(text) => set(text, except)}
      />
      <FieldProblems anchor={anchor} only={atCidr} />
      <DraftText
        label="except (CIDRs inside it, comma separated)"
        value={except}
        placeholder="none"
        monospace
        onCommit={(text) => set(ipBlock.cidr, text)}
      />
      <FieldProblems anchor={anchor} only={(path) => !atCidr(path)} />
    </div>
  );
}
