import { createContext, useContext } from "react";

// The request's CSP nonce, rendered into Remix's script tags. In the browser it is empty:
// browsers hide nonce attributes from scripts, and hydration does not need it.
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
