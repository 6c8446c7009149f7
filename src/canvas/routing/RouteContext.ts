import { createContext } from 'react';
import type { RouteStore } from './routeStore';

/** The routes of the canvas's lines, for the line components (null outside a canvas). */
export const RouteContext = createContext<RouteStore | null>(null);
