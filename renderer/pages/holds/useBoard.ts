import { useCallback, useEffect, useState } from 'react';
import type { BoardUnit } from '../../../shared/contract/holds';
import { useClient } from '../../desk/DeskContext';

const REFRESH_MS = 10_000;

/** The board as the main process filters it for the signed-in person, refreshed every 10 s. */
export function useBoard() {
  const client = useClient();
  const [units, setUnits] = useState<BoardUnit[]>([]);
  const [serverNow, setServerNow] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    try {
      const board = await client.call('holds.board', {});
      setUnits(board.units);
      setServerNow(board.now);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [client]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { units, serverNow, error, loading, reload };
}
