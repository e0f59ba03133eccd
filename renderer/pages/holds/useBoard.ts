import { useCallback, useEffect, useState } from 'react';
import type { BoardUnit } from '../../../shared/contract/holds';
import { useClient } from '../../desk/DeskContext';

const REFRESH_MS = 10_000;

/**
 * One building of the board (the first until another is chosen) as the main process filters it
 * for the signed-in person, refreshed every 10 s.
 */
export function useBoard(wanted: string | null) {
  const client = useClient();
  const [units, setUnits] = useState<BoardUnit[]>([]);
  const [buildings, setBuildings] = useState<string[]>([]);
  const [building, setBuilding] = useState<string | null>(null);
  const [serverNow, setServerNow] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    try {
      const board = await client.call('holds.board', wanted === null ? {} : { building: wanted });
      setUnits(board.units);
      setBuildings(board.buildings);
      setBuilding(board.building);
      setServerNow(board.now);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [client, wanted]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { units, buildings, building, serverNow, error, loading, reload };
}
