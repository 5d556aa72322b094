import { AsyncLocalStorage } from "node:async_hooks";

// Remix hands every loader of a request its own copy of the Request (it strips its internal
// query parameters first), so work memoised per Request object was done again by the root,
// the layout and the page: three session checks and two Viewers per page. The server runs
// each GET inside a scope (server/index.ts), and that work is kept there for the request's
// duration. Without a scope (tests calling a loader directly) it is kept per Request object.
// Only GETs: after an action in the same request, the loaders must see what it changed.
const scope = new AsyncLocalStorage<Map<string, unknown>>();
const byRequest = new WeakMap<Request, Map<string, unknown>>();

export function runInRequestScope<T>(handle: () => T): T {
  return scope.run(new Map(), handle);
}

/** `compute()` once per request and key: the same result for every loader of the request. */
export function oncePerRequest<T>(request: Request, key: string, compute: () => T): T {
  let store = scope.getStore();
  if (!store) {
    store = byRequest.get(request);
    if (!store) byRequest.set(request, (store = new Map()));
  }
  if (!store.has(key)) store.set(key, compute());
  return store.get(key) as T;
}
