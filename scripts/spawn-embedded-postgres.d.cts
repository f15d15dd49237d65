export function spawnEmbeddedPostgres(options?: { dataDir?: string; port?: number; startTimeoutMs?: number }): Promise<{ url: string; stop(): Promise<void> }>;
