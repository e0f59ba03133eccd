/** Anything that may have failed: a call a person made (`useCall`), an answer read (`useLoaded`). */
export interface FailureSource {
  error: unknown;
  clearError(): void;
}

/** The first failure among `sources`, if any (what an error alert over several of them shows). */
export function firstFailure(sources: readonly FailureSource[]): unknown {
  return sources.find((s) => s.error !== null && s.error !== undefined)?.error;
}
