/**
 * What a job title is parsed into (`title.ts`, from the tables in
 * `title-vocabulary.ts`): a seniority level and a role family.
 */

/**
 * Nine role families, from the departments B2B prospecting tools and CRMs
 * actually use (Apollo "Departments", LinkedIn job functions, HubSpot "Job
 * function") folded to what a lookalike needs to separate buyers:
 * - sales, marketing, product, engineering: the four functions of a tech
 *   vendor, each a distinct buyer persona;
 * - data & IT: data science/analytics/BI, IT operations, infrastructure and
 *   security (who buy data and security tools, unlike product engineers);
 * - HR & people, finance & legal (finance, accounting, legal, compliance, risk),
 *   operations & supply chain (ops, procurement, logistics, projects,
 *   facilities, office administration): the back-office buyers;
 * - customer success & support: post-sale account care and support desks.
 * General management (CEO, founder, owner) is deliberately not a family; its
 * signal is the seniority level. Titles of other professions (nurse, teacher)
 * get -1.
 */
export const ROLE_FAMILIES = [
  'sales',
  'marketing',
  'product',
  'engineering',
  'data_it',
  'hr_people',
  'finance_legal',
  'operations_supply_chain',
  'customer_success_support',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

/** Index-aligned with the `seniority` numbers: 0 C-level … 4 IC. */
export const SENIORITY_LEVELS = ['c_level', 'vp', 'director', 'manager', 'ic'] as const;
