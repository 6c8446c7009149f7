import { createContext, useContext } from 'react';
import type { PathIssue } from '../../io';
import { problemsAt } from './formProblems';

/** The issues of the draft being edited, read by each part of the form at its anchor. */
export const FormIssuesContext = createContext<readonly PathIssue[]>([]);

export function useProblemsAt(anchor: string): readonly PathIssue[] {
  return problemsAt(useContext(FormIssuesContext), anchor);
}
