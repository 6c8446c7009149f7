/**
 * The nonce the page's Content-Security-Policy allows `<style>` elements to
 * carry (`<meta name="csp-nonce">`, written by the build), or null in
 * development, where there is no policy. CodeMirror writes its styles in such
 * an element and takes the nonce through `EditorView.cspNonce`.
 */
export function cspNonce(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  return meta?.content || null;
}
