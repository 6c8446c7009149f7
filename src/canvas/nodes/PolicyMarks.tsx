interface PolicyMarksProps {
  /** The ids the marks get, for the node's `aria-describedby`. */
  readonly id: string;
  /** Selected by the picked policy's podSelector. */
  readonly selected?: boolean | undefined;
  /** Named as a peer by a rule of the picked policy. */
  readonly peer?: boolean | undefined;
}

/**
 * The tags above a node while a policy is picked in the policies panel: the
 * pods it selects, and the peers its rules name. Drawn outside the node's box
 * (as a sibling), so they never hide its content.
 */
export function PolicyMarks({ id, selected, peer }: PolicyMarksProps) {
  if (selected !== true && peer !== true) return null;
  return (
    <span className="nc-policy-marks" id={id}>
      {selected === true && <span className="nc-policy-mark is-selects">selected by policy</span>}
      {peer === true && <span className="nc-policy-mark is-peer">peer of policy</span>}
    </span>
  );
}
