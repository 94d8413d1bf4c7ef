import { createContext, useContext } from 'react';
import type { AppData } from './data';

/** The loaded, validated data files, provided once the app has loaded them. */
export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('The data files have not been loaded yet (useAppData outside AppDataContext).');
  return value;
}
