/**
 * Lesson 4, "The classic recipes": fourteen everyday policies, one per step,
 * on one small cluster (see `recipeDocs.ts` for where the list comes from).
 */
import type { LessonSource } from '../lesson';
import { egressRecipeSteps } from './recipesEgress';
import { ingressRecipeSteps } from './recipesIngress';

export const RECIPES_LESSON: LessonSource = {
  id: 'recipes',
  title: 'The classic recipes',
  summary:
    'Fourteen everyday policies, one per step: who each lets in or out, who it keeps out, and what ' +
    'it leaves alone. After the list of kubernetes-network-policy-recipes by Ahmet Alp Balkan.',
  steps: () => [...ingressRecipeSteps(), ...egressRecipeSteps()],
};
