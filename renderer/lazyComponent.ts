import { createElement, lazy, useState, type ComponentType } from 'react';

export interface LazyComponent<P extends object = object> {
  /**
   * The component, rendered under a Suspense boundary while its code loads; once loaded (or
   * preloaded) it renders at once, without suspending for a frame.
   */
  Component: ComponentType<P>;
  /** Loads the code ahead of the first render (the desk does so once it is idle). */
  preload(): Promise<unknown>;
}

/**
 * A part of the app whose code is loaded the first time it is wanted, so the first load of the
 * desk is the sign-in screen alone. `preload` and the first render share one load; a load that
 * failed is tried again the next time.
 */
export function lazyComponent<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  // React.lazy suspends on its first render even when the code is already here (a settled
  // promise still answers on a later tick): keep the loaded component and render it directly.
  let loaded: ComponentType<P> | undefined;
  const get = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
        return { default: module[name] };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Pending = lazy(get);
  function Component(props: P) {
    // chosen once per mount, so a page that mounted through the lazy path is never remounted
    const [type] = useState<ComponentType<P>>(() => loaded ?? Pending);
    return createElement(type, props);
  }
  Component.displayName = `Lazy(${name})`;
  return { Component, preload: get };
}

/**
 * Runs `work` when the browser is idle (after the frame being drawn), so loading code ahead of
 * time never delays what the person sees. Returns a cancel function.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 50);
  return () => window.clearTimeout(handle);
}
