/**
 * The Content-Security-Policy every Valvo page is served with: by the desktop shell's app://
 * protocol handler and by the web preview server alike. No inline script or style, no eval,
 * no network beyond the app's own origin.
 */

/**
 * React Aria's press handling injects one fixed stylesheet (touch-action for pressable
 * elements). It is allowed by its hash, so no other inline style can run; an e2e test fails on
 * any CSP violation, which catches a library update that changes the text.
 */
export const REACT_ARIA_PRESSABLE_STYLE_HASH =
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_PRESSABLE_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
