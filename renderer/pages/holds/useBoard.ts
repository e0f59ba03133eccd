import { usePolled } from '../../hooks/usePolled';

const REFRESH_MS = 10_000;

/**
 * One building of the board (the first until another is chosen) as the main process filters it
 * for the signed-in person, refreshed every 10 s while someone is at the desk.
 */
export function useBoard(wanted: string | null) {
  const board = usePolled('holds.board', wanted === null ? {} : { building: wanted }, REFRESH_MS);
  return {
    units: board.data?.units ?? [],
    buildings: board.data?.buildings ?? [],
    building: board.data?.building ?? null,
    serverNow: board.data?.now ?? null,
    error: board.error,
    loading: board.loading,
    reload: board.refresh,
    /** Asks for `building` from the event that chose it: the request leaves before the redraw. */
    askFor: (building: string) => board.askNow({ building }),
  };
}
