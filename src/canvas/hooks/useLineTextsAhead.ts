import { useEffect } from 'react';
import { selectFlowGroups, useEditorStore } from '../../store';
import { prepareLineTexts } from '../lineTexts';
import { whenIdle } from './whenIdle';

/**
 * Up to this many lines, their texts are worked out ahead: the 1,000-workload design has about
 * 2,900, all drawn once its namespaces are open; a dump's 12,471 stay summarised at collapsed
 * boxes, most never drawn, and their texts would be kept for nothing.
 */
export const LINE_TEXTS_AHEAD_MAX = 5000;

/**
 * The design's line texts, worked out while the page is idle once its lines are in
 * (`prepareLineTexts`): Expand all then draws every line without working them out in the
 * task in which its layout lands, the longest of the expansion.
 */
export function useLineTextsAhead(): void {
  const groups = useEditorStore(selectFlowGroups);
  useEffect(() => {
    if (groups.length === 0 || groups.length > LINE_TEXTS_AHEAD_MAX) return;
    return whenIdle((hasTime) => prepareLineTexts(groups, hasTime));
  }, [groups]);
}
