import { selectNetworkBanner, useEditorStore } from '../../store';

/** Says plainly that the policies are not enforced (Flannel, no plugin). */
export function PluginBanner() {
  const banner = useEditorStore(selectNetworkBanner);
  if (banner === null) return null;
  const text = `${banner} The policy view stays available: select a line to see what the policies say.`;
  return (
    <p className="plugin-banner" role="note" aria-label="Policies not enforced" title={text}>
      {text}
    </p>
  );
}
