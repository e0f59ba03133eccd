import type { TestProject } from 'vitest/node';
import { startTestCluster } from './cluster';

/** The hq project's PostgreSQL: one throwaway cluster for the run, each test file its own database. */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startTestCluster();
  project.provide('hqCluster', {
    superuserUrl: cluster.url(),
    host: cluster.host,
    port: cluster.port,
    certFile: cluster.certFile,
  });
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    hqCluster: { superuserUrl: string; host: string; port: number; certFile: string | null };
  }
}
