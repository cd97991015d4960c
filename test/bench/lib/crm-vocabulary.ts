/**
 * Word lists for the synthetic HubSpot contacts export. Spellings follow
 * ../shared/reference/crm-exports.md (HubSpot lifecycle stages and lead
 * status labels, LinkedIn V1 industry labels as HubSpot exports them, LinkedIn
 * headcount bands). Weights are rough B2B-prospecting proportions, chosen so
 * the file looks like a SaaS company's CRM rather than a uniform shuffle.
 *
 * Invariant the generator relies on: within FIRST_NAMES and within LAST_NAMES
 * every entry reduces to a distinct email slug (see nameSlug), and
 * FIRST_NAMES.length and LAST_NAMES.length are coprime.
 */

export const FIRST_NAMES: readonly string[] = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
  'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Christopher', 'Nancy', 'Daniel', 'Lisa', 'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra',
  'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle',
  'Kevin', 'Carol', 'Brian', 'Amanda', 'George', 'Melissa', 'Timothy', 'Deborah', 'Ryan', 'Stephanie',
  'Jason', 'Rebecca', 'Jeffrey', 'Laura', 'Jacob', 'Sharon', 'Gary', 'Cynthia', 'Nicholas', 'Kathleen',
  'Eric', 'Amy', 'Jonathan', 'Angela', 'Stephen', 'Shirley', 'Larry', 'Anna', 'Justin', 'Brenda',
  'Scott', 'Pamela', 'Brandon', 'Emma', 'Benjamin', 'Nicole', 'Samuel', 'Helen', 'Gregory', 'Samantha',
  'Priya', 'Rahul', 'Ananya', 'Arjun', 'Wei', 'Li', 'Mei', 'Hiroshi', 'Yuki', 'Sofia',
  'Lukas', 'Hannah', 'Jonas', 'Lea', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Paul-Henri', 'Chloé',
  'Louis', 'Camille', 'Hugo', 'Inès', 'Mateo', 'Lucía', 'Alejandro', 'Martina', 'Diego', 'Valentina',
  'José', 'Ana', 'João', 'Beatriz', 'Lars', 'Ingrid', 'Sven', 'Astrid', 'Mikkel', 'Freja',
  'Łukasz', 'Zofia', 'Oliver', 'Amelia', 'Noah', 'Olivia', 'Liam', 'Ava', 'Aoife', 'Seán',
  'Fatima', 'Omar', 'Aisha', 'Yusuf', 'Chidi', 'Ngozi', 'Kwame', 'Zoë', 'Björn', 'Søren',
  'Dmitri', 'Olga', 'Giulia', 'Marco', 'Francesca', 'Alessandro', 'Thijs', 'Sanne', 'Daan', 'Femke',
  'Rohan', 'Kavya', 'Siddharth', 'Neha', 'Min-jun', 'Seo-yeon', 'Thanh', 'Linh', 'Tomás', 'Renée',
  'Jack', 'Charlotte', 'Harry', 'Isla', 'Oscar', 'Grace', 'Ethan', 'Mia', 'Aiden', 'Zara',
  'Rachel', 'Adam', 'Naomi', 'Ben', 'Tara', 'Sam', 'Kate', 'Tom', 'Jenna', 'Max',
  'Julia', 'Leon', 'Nina', 'Elias', 'Clara', 'Theo', 'Ella', 'Anton', 'Maja', 'Emil',
  'Victor', 'Alice', 'Gabriel', 'Lina', 'Raphaël', 'Manon', 'Nathan', 'Jade', 'Arthur', 'Louise',
  'Conor', 'Megan', 'Kyle', 'Lauren', 'Tyler', 'Kelsey', 'Derek', 'Brittany', 'Travis', 'Courtney',
];

export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Fernández', 'Gómez', 'Díaz', 'Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida',
  'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsen', 'Hansen', 'Jensen', 'Nielsen', 'Pedersen',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', "O'Brien", "O'Connor", 'Murphy', 'Kelly', 'Byrne',
  'Patel', 'Sharma', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Menon', 'Nair', 'Rao',
  'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu',
  'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Kim', 'Park', 'Choi', 'Jung', 'Kang',
  'Okafor', 'Adeyemi', 'Mensah', 'Osei', 'Haddad', 'Khalil', 'Hassan', 'Cohen', 'Levi', 'Friedman',
  'Ivanov', 'Petrov', 'Novak', 'Horvat', 'Kovač', 'Popescu', 'Nagy', 'Papadopoulos', 'Yilmaz', 'Demir',
  'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Rogers', 'Reed', 'Cook', 'Morgan', 'Bell',
  'Murray', 'Ward', 'Cox', 'Howard', 'Brooks', 'Gray', 'James', 'Watson', 'Price', 'Bennett',
  'Wood', 'Barnes', 'Ross', 'Henderson', 'Coleman', 'Jenkins', 'Perry', 'Powell', 'Long', 'Patterson',
  'Hughes', 'Butler', 'Foster', 'Sanders', 'Fitzgerald', 'MacDonald', 'Sullivan', 'Chambers', 'Lindqvist', 'Sato',
  'Ortiz',
];

/** Nicknames some CRMs keep inside the first name, e.g. `Robert "Bob"`: the reason for occasional embedded quotes. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  Robert: 'Bob', William: 'Bill', Elizabeth: 'Liz', Katherine: 'Kate', Richard: 'Rick', Margaret: 'Maggie',
  Michael: 'Mike', Christopher: 'Chris', Jonathan: 'Jon', Alejandro: 'Alex', Maximilian: 'Max', Nicholas: 'Nick',
};

/** First half of a made-up company name. */
export const COMPANY_PREFIXES: readonly string[] = [
  'Bright', 'North', 'Blue', 'Silver', 'Red', 'Green', 'Iron', 'Cloud', 'Data', 'Net',
  'Clear', 'True', 'Swift', 'Peak', 'Pine', 'Oak', 'Maple', 'Cedar', 'River', 'Lake',
  'Stone', 'Sun', 'Star', 'Moon', 'Sky', 'Storm', 'Frost', 'Fire', 'Gold', 'Copper',
  'Quantum', 'Vector', 'Pixel', 'Signal', 'Vertex', 'Apex', 'Nova', 'Terra', 'Aqua', 'Zen',
  'Open', 'Smart', 'Rapid', 'Prime', 'Core', 'Hyper', 'Meta', 'Omni', 'Flex', 'Bold',
  'Harbor', 'Summit', 'Atlas', 'Orbit', 'Pulse', 'Echo', 'Kite', 'Falcon', 'Fox', 'Wolf',
  'Alpine', 'Amber', 'Arc', 'Birch', 'Coral', 'Crest', 'Delta', 'Ember', 'Fern', 'Granite',
  'Hawk', 'Indigo', 'Jade', 'Lumen', 'Mesa', 'Nimbus', 'Onyx', 'Polar', 'Sage', 'Tundra',
];

/** Second half, glued to the prefix (`Brightwave`, `Northpeak`). */
export const COMPANY_STEMS: readonly string[] = [
  'wave', 'peak', 'stone', 'field', 'bridge', 'path', 'gate', 'point', 'line', 'works',
  'forge', 'craft', 'mark', 'base', 'scale', 'shift', 'sight', 'spark', 'stack', 'sync',
  'flow', 'leaf', 'loop', 'lane', 'port', 'ridge', 'rock', 'root', 'shore', 'side',
  'span', 'tide', 'trail', 'view', 'vault', 'well', 'wind', 'wing', 'yard', 'hub',
  'bit', 'byte', 'logic', 'mind', 'node', 'ware', 'grid', 'cast', 'beam', 'bloom',
  'dock', 'fleet', 'glow', 'haven', 'keep', 'light', 'mint', 'nest', 'quest', 'reach',
  'arc', 'bay', 'bolt', 'cove', 'dale', 'deck', 'dome', 'fall', 'fort', 'gear',
  'helm', 'hive', 'jet', 'ledge', 'mill', 'pier', 'rise', 'row', 'spring', 'tower',
];

/**
 * Domain shapes, most common first. `{}` is the brand slug. No two shapes can
 * produce the same domain from different brands (no prefix or stem starts with
 * get/try/use/join or ends with hq/labs/app/…), which keeps domains unique.
 */
export const DOMAIN_SHAPES: readonly string[] = [
  '{}.com', '{}.io', '{}hq.com', 'get{}.com', '{}.co', '{}labs.com', 'try{}.com', '{}.ai',
  '{}app.com', '{}.net', '{}group.com', '{}.co.uk', '{}.de', 'use{}.com', '{}tech.com', '{}.eu',
  '{}global.com', 'join{}.com', '{}.org', '{}.fr', '{}.nl', '{}.ca', '{}inc.com', '{}.us',
];

/** Word sometimes added to the brand in the display name (`Brightwave Analytics`). */
export const COMPANY_KINDS: readonly string[] = [
  'Analytics', 'Labs', 'Systems', 'Software', 'Technologies', 'Solutions',
  'Logistics', 'Health', 'Capital', 'Partners', 'Consulting', 'Media', 'Digital', 'Group', 'Networks',
  'Robotics', 'Security', 'Energy', 'Foods', 'Retail', 'Studio', 'Bio', 'Pharma', 'Financial',
  'Insurance', 'Realty', 'Manufacturing', 'Learning', 'Travel', 'Marketing', 'Data', 'AI',
];

/** Legal forms; the comma forms (`, Inc.`) are why Company Name cells get quoted. */
export const LEGAL_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['', 55], [', Inc.', 10], [' Inc.', 8], [' LLC', 7], [', LLC', 3], [' Ltd', 5], [' GmbH', 4],
  [' B.V.', 2], [' AG', 1], [' S.A.', 2], [' plc', 1], [' Corp.', 2],
];

export interface CountryVocabulary {
  name: string;
  weight: number;
  tld: string;
  cities: readonly string[];
}

export const COUNTRIES: readonly CountryVocabulary[] = [
  { name: 'United States', weight: 44, tld: '.com', cities: ['New York', 'San Francisco', 'Austin', 'Chicago', 'Boston', 'Seattle', 'Denver', 'Atlanta', 'Los Angeles', 'Miami', 'Dallas', 'Raleigh', 'Salt Lake City', 'Portland', 'Minneapolis'] },
  { name: 'United Kingdom', weight: 11, tld: '.co.uk', cities: ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Leeds', 'Cambridge', 'Birmingham'] },
  { name: 'Germany', weight: 8, tld: '.de', cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Stuttgart', 'Düsseldorf'] },
  { name: 'Canada', weight: 6, tld: '.ca', cities: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary'] },
  { name: 'France', weight: 5, tld: '.fr', cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes', 'Bordeaux'] },
  { name: 'Netherlands', weight: 4, tld: '.nl', cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'The Hague'] },
  { name: 'Australia', weight: 4, tld: '.com.au', cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'] },
  { name: 'India', weight: 5, tld: '.in', cities: ['Bengaluru', 'Mumbai', 'Pune', 'Hyderabad', 'Gurugram', 'Chennai'] },
  { name: 'Spain', weight: 2, tld: '.es', cities: ['Madrid', 'Barcelona', 'Valencia'] },
  { name: 'Sweden', weight: 2, tld: '.se', cities: ['Stockholm', 'Gothenburg', 'Malmö'] },
  { name: 'Ireland', weight: 2, tld: '.ie', cities: ['Dublin', 'Cork', 'Galway'] },
  { name: 'Singapore', weight: 2, tld: '.sg', cities: ['Singapore'] },
  { name: 'Brazil', weight: 2, tld: '.com.br', cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte'] },
  { name: 'Switzerland', weight: 1, tld: '.ch', cities: ['Zurich', 'Geneva', 'Basel'] },
  { name: 'Denmark', weight: 1, tld: '.dk', cities: ['Copenhagen', 'Aarhus'] },
  { name: 'Poland', weight: 1, tld: '.pl', cities: ['Warsaw', 'Kraków', 'Wrocław'] },
];

/** HubSpot industry labels (LinkedIn V1), weighted toward a B2B software seller's market. */
export const INDUSTRIES: ReadonlyArray<readonly [string, number]> = [
  ['Computer Software', 16], ['Information Technology and Services', 9], ['Internet', 9], ['Financial Services', 6],
  ['Marketing and Advertising', 6], ['Hospital & Health Care', 4], ['Management Consulting', 4], ['Retail', 3],
  ['Computer & Network Security', 3], ['Telecommunications', 2], ['Banking', 2], ['Insurance', 2],
  ['Staffing and Recruiting', 2], ['Logistics and Supply Chain', 2], ['Real Estate', 2], ['E-Learning', 2],
  ['Higher Education', 1], ['Education Management', 1], ['Automotive', 1], ['Construction', 1],
  ['Pharmaceuticals', 1], ['Medical Devices', 1], ['Biotechnology', 1], ['Consumer Goods', 1],
  ['Food & Beverages', 1], ['Machinery', 1], ['Oil & Energy', 1], ['Renewables & Environment', 1],
  ['Human Resources', 1], ['Accounting', 1], ['Venture Capital & Private Equity', 1], ['Media Production', 1],
  ['Health, Wellness and Fitness', 1], ['Leisure, Travel & Tourism', 1], ['Transportation/Trucking/Railroad', 1],
  ['Electrical/Electronic Manufacturing', 1], ['Computer Games', 1], ['Design', 1], ['Legal Services', 1],
  ['Nonprofit Organization Management', 1], ['Government Administration', 1], ['Wholesale', 1],
];

/** LinkedIn headcount bands, the spelling Sales Navigator exporters and many portals use. */
export const EMPLOYEE_RANGES: ReadonlyArray<readonly [string, number]> = [
  ['1-10', 14], ['11-50', 24], ['51-200', 24], ['201-500', 13], ['501-1000', 8],
  ['1001-5000', 9], ['5001-10000', 4], ['10001+', 4],
];

export const LIFECYCLE_STAGES: ReadonlyArray<readonly [string, number]> = [
  ['Subscriber', 12], ['Lead', 38], ['Marketing Qualified Lead', 16], ['Sales Qualified Lead', 9],
  ['Opportunity', 7], ['Customer', 9], ['Evangelist', 1], ['Other', 2],
];

/** Empty is the most common single value: most contacts are never worked by sales. */
export const LEAD_STATUSES: ReadonlyArray<readonly [string, number]> = [
  ['', 36], ['New', 20], ['Open', 12], ['In Progress', 8], ['Attempted to Contact', 10],
  ['Connected', 7], ['Open Deal', 4], ['Unqualified', 6], ['Bad Timing', 3],
];

export const TECHNOLOGIES: readonly string[] = [
  'Salesforce', 'HubSpot', 'Google Analytics', 'Slack', 'Zendesk', 'Intercom', 'Segment', 'Snowflake',
  'AWS', 'Google Cloud', 'Microsoft Azure', 'Stripe', 'Shopify', 'WordPress', 'Marketo', 'Outreach',
  'Gong', 'Jira', 'Zoom', 'Okta', 'Datadog', 'Tableau', 'Looker', 'Workday', 'SAP', 'Mailchimp',
  'Microsoft Dynamics 365', 'Salesloft', 'Drift', 'Pipedrive', 'Asana', 'Notion', 'Figma', 'GitHub',
];

/** Business functions for titles like `VP of Sales`, `Director, Marketing`. */
export const FUNCTIONS: readonly string[] = [
  'Sales', 'Marketing', 'Engineering', 'Product', 'Operations', 'Finance', 'Customer Success',
  'Revenue Operations', 'Growth', 'Demand Generation', 'People', 'IT', 'Data', 'Business Development',
  'Partnerships', 'Procurement', 'Sales Operations', 'Product Marketing', 'Security', 'Design',
];

/** Individual-contributor roles for titles like `Senior Account Executive`. */
export const ROLES: readonly string[] = [
  'Account Executive', 'Software Engineer', 'Data Analyst', 'Product Manager', 'Marketing Specialist',
  'Sales Development Representative', 'Solutions Consultant', 'Customer Success Manager', 'Financial Analyst',
  'Recruiter', 'DevOps Engineer', 'Data Scientist', 'Product Designer', 'Business Analyst', 'Controller',
  'Operations Analyst', 'Account Manager', 'Content Marketing Manager', 'Solutions Architect', 'Project Manager',
];

export const C_LEVEL_TITLES: readonly string[] = [
  'CEO', 'Chief Executive Officer', 'CTO', 'Chief Technology Officer', 'CFO', 'Chief Financial Officer',
  'CMO', 'Chief Marketing Officer', 'COO', 'Chief Operating Officer', 'Chief Revenue Officer', 'CIO',
];

export const OWNER_TITLES: readonly string[] = [
  'Founder', 'Co-Founder', 'Co-Founder & CEO', 'Owner', 'Managing Director', 'Partner', 'President',
];

/**
 * Lower-case ASCII form of a name for an email local part: `Müller` → `muller`,
 * `O'Brien` → `obrien`, `van den Berg` → `vandenberg`.
 */
export function nameSlug(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
