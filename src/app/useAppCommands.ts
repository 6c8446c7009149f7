/**
 * What the toolbar and the keyboard do, in one place: thin wrappers over the
 * store, io and the browser (download, clipboard).
 */
import { useMemo } from 'react';
import { EMPTY_DOC } from '../model';
import { designTitleWrite, isFlowLog, serializeDocument } from '../io';
import { docWithPositions, selectPoliciesYaml, selectViewDoc, useEditorApi } from '../store';
import { drawnPlaces } from '../canvas/drawnPlaces';
import { designFileName, downloadText } from './download';
import { FIXTURES } from './fixtures';
import { importSources } from './import/importSources';
import { pickedFile, sourceHead } from './import/pickedFile';
import { reviewFlowLogs } from './generate/reviewFlowLogs';
import { copyShareLink } from './shareLinkCopy';

export interface AppCommands {
  openExample: () => void;
  newDesign: () => void;
  saveDesign: () => void;
  exportPolicies: () => void;
  copyPolicies: () => Promise<void>;
  copyLink: () => Promise<void>;
  openFiles: (files: readonly File[]) => Promise<void>;
}

export function useAppCommands(): AppCommands {
  const api = useEditorApi();
  return useMemo(() => {
    const state = () => api.getState();
    return {
      openExample: () => {
        const example = FIXTURES['three-tier'];
        if (example !== undefined) {
          void importSources(api, [{ name: 'three-tier example', text: example.yaml }]);
        }
      },
      newDesign: () => {
        state().replaceDoc(EMPTY_DOC);
        state().select(null);
        state().notify({
          tone: 'info',
          text: 'New empty design. Undo brings the previous one back.',
        });
      },
      saveDesign: () => {
        const s = state();
        const { doc } = s;
        // Every node where it is drawn, placed by hand or not: the file opens as it was drawn.
        const places = drawnPlaces(selectViewDoc(s), s.positions, s.collapsed);
        downloadText(
          designFileName(doc.title, 'netpol-design', '', 'yaml'),
          designTitleWrite(serializeDocument(docWithPositions(doc, places)), doc.title),
        );
        state().keepSavedCopy('saved');
      },
      exportPolicies: () => {
        const { title } = state().doc;
        const fileName =
          title === undefined
            ? 'networkpolicies.yaml'
            : designFileName(title, 'netpol-design', '-networkpolicies', 'yaml');
        downloadText(fileName, selectPoliciesYaml(state()));
      },
      copyPolicies: async () => {
        try {
          await navigator.clipboard.writeText(selectPoliciesYaml(state()));
          state().notify({ tone: 'info', text: 'The NetworkPolicies YAML is on the clipboard.' });
        } catch (_denied) {
          state().notify({ tone: 'error', text: 'The browser did not allow copying.' });
        }
      },
      copyLink: () => copyShareLink(api),
      openFiles: async (files) => {
        // Only the files' heads are read here: the import worker reads the rest.
        const picked = await Promise.all(files.map(pickedFile));
        if (picked.length === 0) return;
        const flowLogs = picked.filter((p) => isFlowLog(sourceHead(p)));
        if (flowLogs.length === 0) {
          await importSources(api, picked);
          return;
        }
        if (flowLogs.length < picked.length) {
          state().notify({
            tone: 'error',
            text: 'Nothing opened: open flow logs on their own, after the design they were seen in.',
          });
          return;
        }
        await reviewFlowLogs(api, flowLogs);
      },
    };
  }, [api]);
}
