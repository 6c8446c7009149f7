/**
 * Under a long list that draws its first entries (`drawnFirst`): the button that draws them all,
 * "Show all 1322 findings", while some are left out.
 */
export function ShowAllButton({
  drawn,
  total,
  what,
  onShowAll,
}: {
  /** How many entries the list draws now. */
  readonly drawn: number;
  readonly total: number;
  /** What the entries are, in the plural ("findings", "policies"). */
  readonly what: string;
  readonly onShowAll: () => void;
}) {
  if (drawn >= total) return null;
  return (
    <button type="button" className="list-more" onClick={onShowAll}>
      Show all {total} {what}
    </button>
  );
}
