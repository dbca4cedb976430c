/** Where the provider sends the browser back after sign-in (/console/callback). TODO(oidc helper). */
export function OidcCallback() {
  return <p aria-busy="true">Signing you in…</p>;
}
