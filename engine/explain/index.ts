// Explaining a decision to people: counterfactuals (what would make it allowed), the route planner
// (the best compliant way to reach the patient), and the plain-text explanation.
export * from './counterfactuals.ts';
export * from './route-planner.ts';
export * from './explain.ts';
export * from './vetting.ts';
