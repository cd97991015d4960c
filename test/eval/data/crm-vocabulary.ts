/**
 * Word lists for the planted-persona CRM export. Spellings follow
 * ../shared/reference/crm-exports.md: HubSpot industry labels (LinkedIn V1)
 * with their internal values, the Salesforce Industry picklist, HubSpot's
 * contact-level employee dropdown, lifecycle stages and lead statuses.
 * Kept apart from test/bench/lib/crm-vocabulary.ts on purpose, so evaluation
 * data does not share word lists with the data benchmarks were tuned on.
 */

export type Seniority = 'owner' | 'cxo' | 'vp' | 'head' | 'director' | 'manager' | 'senior' | 'entry';
export type RoleFamily =
  | 'sales'
  | 'revops'
  | 'marketing'
  | 'engineering'
  | 'product'
  | 'finance'
  | 'operations'
  | 'people'
  | 'customer_success'
  | 'it'
  | 'data'
  | 'general';

export const SENIORITY_WEIGHTS: ReadonlyArray<readonly [Seniority, number]> = [
  ['owner', 4], ['cxo', 5], ['vp', 7], ['head', 6], ['director', 12], ['manager', 20], ['senior', 21], ['entry', 25],
];

/** Role families of people below the C-suite (founders and chiefs get theirs from CXO_TITLES). */
export const ROLE_WEIGHTS: ReadonlyArray<readonly [RoleFamily, number]> = [
  ['sales', 16], ['revops', 4], ['marketing', 13], ['engineering', 18], ['product', 7], ['finance', 7],
  ['operations', 8], ['people', 5], ['customer_success', 7], ['it', 8], ['data', 7],
];

/** Department words used inside leadership titles (`VP of …`, `Head of …`). */
export const FUNCTION_WORDS: Readonly<Record<RoleFamily, readonly string[]>> = {
  sales: ['Sales', 'Sales', 'Sales', 'Business Development', 'New Business', 'Enterprise Sales', 'Commercial', 'Global Sales'],
  revops: ['Revenue Operations', 'Revenue Operations', 'Sales Operations', 'RevOps', 'Sales Ops', 'GTM Operations'],
  marketing: ['Marketing', 'Marketing', 'Demand Generation', 'Growth Marketing', 'Product Marketing', 'Brand'],
  engineering: ['Engineering', 'Engineering', 'Software Engineering', 'Platform Engineering', 'Infrastructure'],
  product: ['Product', 'Product', 'Product Management', 'Product Design'],
  finance: ['Finance', 'Finance', 'FP&A', 'Accounting'],
  operations: ['Operations', 'Business Operations', 'Supply Chain', 'Procurement'],
  people: ['People', 'Talent Acquisition', 'HR', 'People Operations'],
  customer_success: ['Customer Success', 'Customer Experience', 'Account Management', 'Support'],
  it: ['IT', 'Information Technology', 'IT Infrastructure', 'Security'],
  data: ['Data', 'Analytics', 'Data Science', 'Business Intelligence'],
  general: ['Strategy', 'Business'],
};

/** Individual-contributor titles: [senior, entry]. */
export const IC_TITLES: Readonly<Record<RoleFamily, readonly [readonly string[], readonly string[]]>> = {
  sales: [
    ['Senior Account Executive', 'Enterprise Account Executive', 'Senior Business Development Representative', 'Strategic Account Executive'],
    ['Account Executive', 'Sales Development Representative', 'SDR', 'Business Development Representative', 'Inside Sales Representative', 'BDR'],
  ],
  revops: [
    ['Senior Revenue Operations Analyst', 'Senior Sales Operations Analyst', 'Salesforce Administrator', 'Lead RevOps Analyst'],
    ['Revenue Operations Analyst', 'Sales Operations Specialist', 'Sales Ops Analyst', 'CRM Specialist'],
  ],
  marketing: [
    ['Senior Content Marketer', 'Senior Demand Generation Specialist', 'Senior Growth Marketer', 'Lead Brand Designer'],
    ['Marketing Coordinator', 'Marketing Specialist', 'Content Writer', 'Marketing Intern', 'Social Media Specialist'],
  ],
  engineering: [
    ['Senior Software Engineer', 'Staff Engineer', 'Principal Engineer', 'Sr. Software Engineer', 'Senior Backend Engineer', 'Lead Developer', 'Senior Frontend Engineer'],
    ['Software Engineer', 'Frontend Developer', 'Developer', 'Junior Software Engineer', 'DevOps Engineer', 'Full Stack Developer', 'QA Engineer'],
  ],
  product: [
    ['Senior Product Manager', 'Principal Product Manager', 'Senior Product Designer'],
    ['Product Manager', 'Associate Product Manager', 'Product Designer', 'Product Owner'],
  ],
  finance: [
    ['Senior Financial Analyst', 'Controller', 'Senior Accountant'],
    ['Financial Analyst', 'Accountant', 'Accounts Payable Specialist', 'Bookkeeper'],
  ],
  operations: [
    ['Senior Operations Analyst', 'Operations Lead', 'Senior Buyer'],
    ['Operations Analyst', 'Operations Coordinator', 'Office Manager', 'Executive Assistant'],
  ],
  people: [
    ['Senior Recruiter', 'HR Business Partner', 'Senior Talent Partner'],
    ['Recruiter', 'HR Generalist', 'Talent Acquisition Specialist', 'HR Coordinator'],
  ],
  customer_success: [
    ['Senior Customer Success Manager', 'Senior Account Manager', 'Senior Support Engineer'],
    ['Customer Success Manager', 'Account Manager', 'Support Specialist', 'Customer Support Representative'],
  ],
  it: [
    ['Senior Systems Administrator', 'Security Engineer', 'Senior Network Engineer'],
    ['IT Support Specialist', 'Systems Administrator', 'Helpdesk Technician', 'IT Technician'],
  ],
  data: [
    ['Senior Data Scientist', 'Senior Data Engineer', 'Lead Data Analyst'],
    ['Data Analyst', 'Data Scientist', 'BI Analyst', 'Analytics Engineer'],
  ],
  general: [['Consultant', 'Advisor'], ['Associate', 'Assistant', 'Student']],
};

/** C-suite titles by function; `general` is the chief executive. */
export const CXO_TITLES: Readonly<Partial<Record<RoleFamily, readonly string[]>>> = {
  general: ['CEO', 'Chief Executive Officer', 'President', 'Managing Director', 'Geschäftsführer'],
  sales: ['Chief Revenue Officer', 'CRO', 'Chief Sales Officer', 'Chief Commercial Officer'],
  marketing: ['CMO', 'Chief Marketing Officer'],
  engineering: ['CTO', 'Chief Technology Officer'],
  product: ['Chief Product Officer', 'CPO'],
  finance: ['CFO', 'Chief Financial Officer'],
  operations: ['COO', 'Chief Operating Officer'],
  people: ['Chief People Officer', 'CHRO'],
  it: ['CIO', 'CISO', 'Chief Information Officer'],
  data: ['Chief Data Officer', 'CDO'],
  customer_success: ['Chief Customer Officer'],
};

export const OWNER_TITLES: readonly string[] = ['Founder', 'Co-Founder', 'Co-Founder & CEO', 'Founder & CEO', 'Owner', 'Partner'];

export interface Industry {
  /** HubSpot label (LinkedIn V1). */
  label: string;
  /** HubSpot internal value. */
  internal: string;
  /** Salesforce Industry picklist value. */
  salesforce: string;
  weight: number;
}

export const INDUSTRIES: readonly Industry[] = [
  { label: 'Computer Software', internal: 'COMPUTER_SOFTWARE', salesforce: 'Technology', weight: 14 },
  { label: 'Internet', internal: 'INTERNET', salesforce: 'Technology', weight: 7 },
  { label: 'Information Technology and Services', internal: 'INFORMATION_TECHNOLOGY_AND_SERVICES', salesforce: 'Technology', weight: 10 },
  { label: 'Computer & Network Security', internal: 'COMPUTER_NETWORK_SECURITY', salesforce: 'Technology', weight: 3 },
  { label: 'Financial Services', internal: 'FINANCIAL_SERVICES', salesforce: 'Finance', weight: 6 },
  { label: 'Banking', internal: 'BANKING', salesforce: 'Banking', weight: 2 },
  { label: 'Insurance', internal: 'INSURANCE', salesforce: 'Insurance', weight: 2 },
  { label: 'Marketing and Advertising', internal: 'MARKETING_AND_ADVERTISING', salesforce: 'Media', weight: 6 },
  { label: 'Management Consulting', internal: 'MANAGEMENT_CONSULTING', salesforce: 'Consulting', weight: 4 },
  { label: 'Hospital & Health Care', internal: 'HOSPITAL_HEALTH_CARE', salesforce: 'Healthcare', weight: 4 },
  { label: 'Retail', internal: 'RETAIL', salesforce: 'Retail', weight: 4 },
  { label: 'Telecommunications', internal: 'TELECOMMUNICATIONS', salesforce: 'Telecommunications', weight: 2 },
  { label: 'Staffing and Recruiting', internal: 'STAFFING_AND_RECRUITING', salesforce: 'Other', weight: 2 },
  { label: 'Logistics and Supply Chain', internal: 'LOGISTICS_AND_SUPPLY_CHAIN', salesforce: 'Transportation', weight: 2 },
  { label: 'Real Estate', internal: 'REAL_ESTATE', salesforce: 'Other', weight: 2 },
  { label: 'E-Learning', internal: 'E_LEARNING', salesforce: 'Education', weight: 2 },
  { label: 'Higher Education', internal: 'HIGHER_EDUCATION', salesforce: 'Education', weight: 2 },
  { label: 'Machinery', internal: 'MACHINERY', salesforce: 'Machinery', weight: 2 },
  { label: 'Automotive', internal: 'AUTOMOTIVE', salesforce: 'Manufacturing', weight: 1 },
  { label: 'Electrical/Electronic Manufacturing', internal: 'ELECTRICAL_ELECTRONIC_MANUFACTURING', salesforce: 'Electronics', weight: 1 },
  { label: 'Construction', internal: 'CONSTRUCTION', salesforce: 'Construction', weight: 1 },
  { label: 'Pharmaceuticals', internal: 'PHARMACEUTICALS', salesforce: 'Biotechnology', weight: 1 },
  { label: 'Biotechnology', internal: 'BIOTECHNOLOGY', salesforce: 'Biotechnology', weight: 1 },
  { label: 'Oil & Energy', internal: 'OIL_ENERGY', salesforce: 'Energy', weight: 1 },
  { label: 'Food & Beverages', internal: 'FOOD_BEVERAGES', salesforce: 'Food & Beverage', weight: 1 },
  { label: 'Hospitality', internal: 'HOSPITALITY', salesforce: 'Hospitality', weight: 1 },
  { label: 'Government Administration', internal: 'GOVERNMENT_ADMINISTRATION', salesforce: 'Government', weight: 1 },
  { label: 'Nonprofit Organization Management', internal: 'NON_PROFIT_ORGANIZATION_MANAGEMENT', salesforce: 'Not For Profit', weight: 1 },
  { label: 'Media Production', internal: 'MEDIA_PRODUCTION', salesforce: 'Media', weight: 1 },
  { label: 'Utilities', internal: 'UTILITIES', salesforce: 'Utilities', weight: 1 },
  { label: 'Apparel & Fashion', internal: 'APPAREL_FASHION', salesforce: 'Apparel', weight: 1 },
  { label: 'Computer Games', internal: 'COMPUTER_GAMES', salesforce: 'Entertainment', weight: 1 },
  { label: 'Health, Wellness and Fitness', internal: 'HEALTH_WELLNESS_AND_FITNESS', salesforce: 'Healthcare', weight: 1 },
];

/** Company headcount bands [min, max, weight]; counts are drawn within a band. */
export const HEADCOUNT_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[1, 9], 12], [[10, 49], 22], [[50, 99], 14], [[100, 499], 22], [[500, 999], 9], [[1000, 4999], 11], [[5000, 60000], 10],
];

/** HubSpot's contact-level `Number of Employees` dropdown (ranges share their bounds). */
export function hubspotEmployeeRange(n: number): string {
  if (n < 5) return '1-5';
  if (n < 25) return '5-25';
  if (n < 50) return '25-50';
  if (n < 100) return '50-100';
  if (n < 500) return '100-500';
  if (n < 1000) return '500-1000';
  return '1000+';
}

/** LinkedIn-style band, what an older Sales Navigator import left in the same property. */
export function linkedinEmployeeRange(n: number): string {
  if (n <= 10) return '1-10';
  if (n <= 50) return '11-50';
  if (n <= 200) return '51-200';
  if (n <= 500) return '201-500';
  if (n <= 1000) return '501-1,000';
  if (n <= 5000) return '1,001-5,000';
  if (n <= 10000) return '5,001-10,000';
  return '10,001+';
}

export interface Country {
  name: string;
  weight: number;
  tld: string;
  iso2: string;
  /** Other spellings of the name, as CRMs accumulate them, with weights (the canonical name weighs 100). */
  variants: ReadonlyArray<readonly [string, number]>;
  cities: readonly string[];
  legalForms: readonly string[];
  phone: (digits: () => string) => string;
  timeZone: string;
}

const usPhone = (d: () => string): string => `+1 ${d().slice(0, 3)}-${d().slice(0, 3)}-${d().slice(0, 4)}`;

export const COUNTRIES: readonly Country[] = [
  { name: 'United States', weight: 38, tld: '.com', iso2: 'US', variants: [['USA', 9], ['US', 6], ['United States of America', 4], ['united states', 3]],
    cities: ['New York', 'San Francisco', 'Austin', 'Chicago', 'Boston', 'Seattle', 'Denver', 'Atlanta', 'Los Angeles', 'Miami', 'Dallas', 'Raleigh'],
    legalForms: ['', ', Inc.', ' Inc.', ' LLC', ' Corp.'], phone: usPhone, timeZone: 'America/New_York' },
  { name: 'United Kingdom', weight: 10, tld: '.co.uk', iso2: 'GB', variants: [['UK', 10], ['England', 5], ['Great Britain', 2], ['united kingdom', 3]],
    cities: ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Leeds', 'Cambridge', 'Birmingham'],
    legalForms: ['', ' Ltd', ' Limited', ' plc'], phone: (d) => `+44 20 ${d().slice(0, 4)} ${d().slice(0, 4)}`, timeZone: 'Europe/London' },
  { name: 'Germany', weight: 8, tld: '.de', iso2: 'DE', variants: [['Deutschland', 7], ['DE', 4], ['germany', 4]],
    cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Stuttgart', 'Düsseldorf'],
    legalForms: ['', ' GmbH', ' GmbH', ' AG', ' SE'], phone: (d) => `+49 30 ${d().slice(0, 8)}`, timeZone: 'Europe/Berlin' },
  { name: 'Canada', weight: 6, tld: '.ca', iso2: 'CA', variants: [['canada', 3], ['CA', 2]],
    cities: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary'], legalForms: ['', ' Inc.', ' Ltd.'], phone: usPhone, timeZone: 'America/Toronto' },
  { name: 'France', weight: 5, tld: '.fr', iso2: 'FR', variants: [['france', 3], ['FR', 2]],
    cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes', 'Bordeaux'], legalForms: ['', ' SAS', ' S.A.'],
    phone: (d) => `+33 1 ${d().slice(0, 2)} ${d().slice(0, 2)} ${d().slice(0, 2)} ${d().slice(0, 2)}`, timeZone: 'Europe/Paris' },
  { name: 'Netherlands', weight: 4, tld: '.nl', iso2: 'NL', variants: [['The Netherlands', 8], ['Nederland', 3], ['NL', 2], ['netherlands', 2]],
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'The Hague'], legalForms: ['', ' B.V.', ' B.V.'],
    phone: (d) => `+31 20 ${d().slice(0, 3)} ${d().slice(0, 4)}`, timeZone: 'Europe/Amsterdam' },
  { name: 'Australia', weight: 4, tld: '.com.au', iso2: 'AU', variants: [['australia', 3], ['AU', 2]],
    cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'], legalForms: ['', ' Pty Ltd'], phone: (d) => `+61 2 ${d().slice(0, 4)} ${d().slice(0, 4)}`, timeZone: 'Australia/Sydney' },
  { name: 'India', weight: 5, tld: '.in', iso2: 'IN', variants: [['india', 3], ['IN', 2]],
    cities: ['Bengaluru', 'Mumbai', 'Pune', 'Hyderabad', 'Gurugram', 'Chennai'], legalForms: ['', ' Pvt. Ltd.', ' Private Limited'],
    phone: (d) => `+91 ${d().slice(0, 5)} ${d().slice(0, 5)}`, timeZone: 'Asia/Kolkata' },
  { name: 'Spain', weight: 2, tld: '.es', iso2: 'ES', variants: [['España', 6], ['spain', 3]],
    cities: ['Madrid', 'Barcelona', 'Valencia'], legalForms: ['', ' S.L.', ' S.A.'], phone: (d) => `+34 91 ${d().slice(0, 3)} ${d().slice(0, 4)}`, timeZone: 'Europe/Madrid' },
  { name: 'Sweden', weight: 2, tld: '.se', iso2: 'SE', variants: [['Sverige', 4], ['sweden', 3]],
    cities: ['Stockholm', 'Gothenburg', 'Malmö'], legalForms: ['', ' AB'], phone: (d) => `+46 8 ${d().slice(0, 3)} ${d().slice(0, 3)} ${d().slice(0, 2)}`, timeZone: 'Europe/Stockholm' },
  { name: 'Ireland', weight: 2, tld: '.ie', iso2: 'IE', variants: [['ireland', 3], ['IE', 2]],
    cities: ['Dublin', 'Cork', 'Galway'], legalForms: ['', ' Ltd', ' DAC'], phone: (d) => `+353 1 ${d().slice(0, 3)} ${d().slice(0, 4)}`, timeZone: 'Europe/Dublin' },
  { name: 'Denmark', weight: 1, tld: '.dk', iso2: 'DK', variants: [['Danmark', 4], ['denmark', 3]],
    cities: ['Copenhagen', 'Aarhus'], legalForms: ['', ' ApS', ' A/S'], phone: (d) => `+45 ${d().slice(0, 2)} ${d().slice(0, 2)} ${d().slice(0, 2)} ${d().slice(0, 2)}`, timeZone: 'Europe/Copenhagen' },
  { name: 'Switzerland', weight: 1, tld: '.ch', iso2: 'CH', variants: [['Schweiz', 4], ['CH', 2]],
    cities: ['Zurich', 'Geneva', 'Basel'], legalForms: ['', ' AG', ' GmbH'], phone: (d) => `+41 44 ${d().slice(0, 3)} ${d().slice(0, 2)} ${d().slice(0, 2)}`, timeZone: 'Europe/Zurich' },
  { name: 'Italy', weight: 2, tld: '.it', iso2: 'IT', variants: [['Italia', 5], ['italy', 3]],
    cities: ['Milan', 'Rome', 'Turin'], legalForms: ['', ' S.r.l.', ' S.p.A.'], phone: (d) => `+39 02 ${d().slice(0, 4)} ${d().slice(0, 4)}`, timeZone: 'Europe/Rome' },
  { name: 'Poland', weight: 1, tld: '.pl', iso2: 'PL', variants: [['Polska', 4], ['poland', 3]],
    cities: ['Warsaw', 'Kraków', 'Wrocław'], legalForms: ['', ' sp. z o.o.'], phone: (d) => `+48 22 ${d().slice(0, 3)} ${d().slice(0, 2)} ${d().slice(0, 2)}`, timeZone: 'Europe/Warsaw' },
  { name: 'Singapore', weight: 2, tld: '.sg', iso2: 'SG', variants: [['singapore', 3], ['SG', 2]],
    cities: ['Singapore'], legalForms: ['', ' Pte. Ltd.'], phone: (d) => `+65 ${d().slice(0, 4)} ${d().slice(0, 4)}`, timeZone: 'Asia/Singapore' },
  { name: 'Brazil', weight: 2, tld: '.com.br', iso2: 'BR', variants: [['Brasil', 6], ['brazil', 3]],
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte'], legalForms: ['', ' Ltda.'], phone: (d) => `+55 11 ${d().slice(0, 5)}-${d().slice(0, 4)}`, timeZone: 'America/Sao_Paulo' },
  { name: 'Israel', weight: 1, tld: '.co.il', iso2: 'IL', variants: [['israel', 3]],
    cities: ['Tel Aviv', 'Haifa'], legalForms: ['', ' Ltd.'], phone: (d) => `+972 3 ${d().slice(0, 3)} ${d().slice(0, 4)}`, timeZone: 'Asia/Jerusalem' },
];

export const FIRST_NAMES: readonly string[] = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Logan', 'Mia', 'Lucas', 'Harper',
  'Aiden', 'Evelyn', 'Caleb', 'Abigail', 'Owen', 'Ella', 'Wyatt', 'Scarlett', 'Henry', 'Grace', 'Jack', 'Chloe',
  'Leo', 'Zoey', 'Isaac', 'Nora', 'Julian', 'Lily', 'Gabriel', 'Hannah', 'Anthony', 'Layla', 'Dylan', 'Aria',
  'Greta', 'Jonas', 'Lena', 'Felix', 'Marlene', 'Tobias', 'Johanna', 'Matthias', 'Katrin', 'Sebastian', 'Anja',
  'Pierre', 'Élodie', 'Antoine', 'Margaux', 'Baptiste', 'Océane', 'Javier', 'Carmen', 'Pablo', 'Lucía', 'Sergio',
  'Pieter', 'Fleur', 'Joris', 'Eline', 'Anders', 'Karin', 'Magnus', 'Elin', 'Rasmus', 'Ida', 'Niamh', 'Cian',
  'Siobhan', 'Ciarán', 'Arjun', 'Priya', 'Vikram', 'Deepa', 'Ravi', 'Sneha', 'Ming', 'Xin', 'Haruto', 'Sakura',
  'Ji-ho', 'Eun-ji', 'Tomasz', 'Agnieszka', 'Paweł', 'Matteo', 'Chiara', 'Lorenzo', 'Giorgia', 'Rafael', 'Camila',
  'Thiago', 'Larissa', 'Yael', 'Itai', 'Noa', 'Kofi', 'Amara', 'Tunde', 'Zainab', 'Dmitry', 'Irina',
];

export const LAST_NAMES: readonly string[] = [
  'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'White', 'Harris', 'Martin',
  'Thompson', 'Robinson', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Hill', 'Green', 'Baker',
  'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Parker', 'Evans', 'Edwards', 'Collins',
  'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Werner',
  'Bernard', 'Petit', 'Durand', 'Leroy', 'Morel', 'Fournier', 'Mercier', 'Blanc', 'Guerin', 'Faure',
  'Ruiz', 'Moreno', 'Jiménez', 'Navarro', 'Romero', 'Torres', 'van Dijk', 'de Jong', 'Bos', 'Vos', 'Dekker',
  'Lindberg', 'Svensson', 'Berg', 'Holm', 'Dahl', 'Lund', "O'Sullivan", "O'Neill", 'Walsh', 'Doyle', 'Ryan',
  'Mehta', 'Joshi', 'Desai', 'Chopra', 'Bose', 'Lin', 'Tan', 'Ng', 'Kato', 'Ito', 'Kobayashi', 'Lim', 'Yoon',
  'Zieliński', 'Szymański', 'Woźniak', 'Conti', 'Gallo', 'Fontana', 'Barbieri', 'Rocha', 'Carvalho', 'Ribeiro',
  'Mizrahi', 'Peretz', 'Boateng', 'Okonkwo', 'Balogun', 'Sokolov', 'Volkov', 'Kuznetsov', 'Fraser', 'Grant',
];

export const COMPANY_HEADS: readonly string[] = [
  'Acre', 'Aero', 'Alder', 'Anchor', 'Arbor', 'Ardent', 'Argo', 'Aspen', 'Aurora', 'Axis', 'Basalt', 'Beacon',
  'Bison', 'Boreal', 'Brass', 'Canyon', 'Cascade', 'Cinder', 'Cirrus', 'Cobalt', 'Comet', 'Condor', 'Cypress',
  'Dune', 'Elm', 'Everest', 'Fable', 'Fjord', 'Flint', 'Galena', 'Glacier', 'Helix', 'Heron', 'Horizon', 'Ivory',
  'Juniper', 'Kestrel', 'Lark', 'Linden', 'Lynx', 'Magnet', 'Marble', 'Meridian', 'Monarch', 'Mosaic', 'Nebula',
  'Oasis', 'Obsidian', 'Octave', 'Opal', 'Orchid', 'Osprey', 'Parallax', 'Pebble', 'Pinnacle', 'Prism', 'Quartz',
  'Radiant', 'Raven', 'Redwood', 'Sable', 'Saffron', 'Sequoia', 'Sierra', 'Slate', 'Solace', 'Sparrow', 'Spruce',
  'Talon', 'Tessera', 'Thistle', 'Timber', 'Topaz', 'Trident', 'Tulip', 'Umber', 'Vantage', 'Velvet', 'Verdant',
  'Willow', 'Zephyr', 'Zinnia',
];

export const COMPANY_TAILS: readonly string[] = [
  'ly', 'io', 'ify', 'hq', 'base', 'desk', 'flow', 'works', 'labs', 'stack', 'scale', 'point', 'sense', 'metrics',
  'cloud', 'ware', 'logic', 'pay', 'hub', 'mind', 'path', 'grid', 'link', 'pilot', 'ops', 'forge', 'loop', 'nest',
];

export const COMPANY_KINDS_BY_TECH: readonly string[] = ['Software', 'Technologies', 'Labs', 'Systems', 'AI', 'Cloud', 'Analytics'];
export const COMPANY_KINDS_OTHER: readonly string[] = [
  'Group', 'Partners', 'Holdings', 'Industries', 'Consulting', 'Health', 'Financial', 'Logistics', 'Retail', 'Foods',
  'Energy', 'Manufacturing', 'Media', 'Capital', 'Insurance', 'Realty', 'Education',
];

export const TECHNOLOGIES: readonly string[] = [
  'Salesforce', 'HubSpot', 'Outreach', 'Salesloft', 'Gong', 'Clari', 'Slack', 'Zoom', 'Google Workspace',
  'Microsoft 365', 'AWS', 'Azure', 'Google Cloud', 'Snowflake', 'Segment', 'Intercom', 'Zendesk', 'Jira',
  'Stripe', 'Shopify', 'WordPress', 'Marketo', 'Pardot', 'Tableau', 'Looker', 'Workday', 'SAP', 'Okta',
];

/** Tools a revenue team in a mid-size SaaS company tends to run: a (noisy) informative extra column. */
export const REVENUE_STACK: readonly string[] = ['Salesforce', 'Outreach', 'Salesloft', 'Gong', 'Clari'];

export const OWNERS: readonly string[] = [
  'Dana Whitfield', 'Marcus Bell', 'Priya Raman', 'Tom Adler', 'Lucía Vega', 'Hendrik Maas', 'Aoife Byrne', 'Sam Okoro',
];

export const ORIGINAL_SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['Organic Search', 24], ['Paid Search', 12], ['Social Media', 8], ['Email Marketing', 7], ['Referrals', 6],
  ['Direct Traffic', 14], ['Offline Sources', 22], ['Paid Social', 4], ['Other Campaigns', 3],
];

export const SALESFORCE_LEAD_SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['Web', 40], ['Phone Inquiry', 8], ['Partner Referral', 10], ['Purchased List', 22], ['Other', 20],
];
