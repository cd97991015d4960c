/**
 * Industry vocabularies for `industry.ts`. Values are written as they appear
 * in the source (labels, internal values, snake_case codes); `industry.ts`
 * folds them to compact keys, so case, `&`/`and`, `_`, `-` and spaces do not
 * matter, and one entry covers a label and its internal value.
 *
 * Sources (see ../shared/reference/crm-exports.md):
 * - LinkedIn V1 / HubSpot industry enum: all 147 values, by internal value.
 * - LinkedIn V2 names that the keyword scorer would get wrong or that are too
 *   common to leave to it.
 * - Salesforce Industry picklist (32 values), Zoho's default picklist.
 * - Crunchbase 2013 `category_code` (42 values), Maven `sector` (with the
 *   `technolgy` typo), Olist `business_segment` (product categories of the
 *   sellers, with the `jewerly` typo).
 * - Free text seen in CRMs (`SaaS`, `Fintech`, `IT Services & Consulting`).
 * A value may appear in only one bucket; `industry.ts` throws at load if not.
 */
import type { IndustryKey } from './industry-buckets';

export const INDUSTRY_EXACT: Readonly<Record<IndustryKey, readonly string[]>> = {
  software: [
    'COMPUTER_SOFTWARE', 'COMPUTER_NETWORK_SECURITY',
    'Software Development', 'Computer and Network Security', 'Desktop Computing Software Products',
    'Embedded Software Products', 'Mobile Computing Software Products', 'IT System Custom Software Development',
    'Data Infrastructure and Analytics', 'Climate Data and Analytics',
    'Technology', 'Tech', 'Software', 'SaaS', 'Software as a Service', 'Enterprise Software', 'Cybersecurity',
    'Cyber Security', 'Information Security', 'Artificial Intelligence', 'AI', 'Machine Learning', 'Cloud',
    'Cloud Computing', 'Computer Software', 'Software & Services', 'High Tech', 'Hi-Tech', 'Technology Services',
    // Crunchbase 2013
    'software', 'enterprise', 'analytics', 'security', 'mobile',
    // Maven (with its typo)
    'technolgy',
    // Zoho
    'ManagementISV', 'Non-management ISV', 'ERP (Enterprise Resource Planning)', 'ASP (Application Service Provider)',
  ],
  it_services: [
    'INFORMATION_TECHNOLOGY_AND_SERVICES', 'OUTSOURCING_OFFSHORING',
    'IT Services and IT Consulting', 'IT System Design Services', 'IT System Operations and Maintenance',
    'IT System Testing and Evaluation', 'IT System Data Services', 'IT System Installation and Disposal',
    'IT System Training and Support', 'Outsourcing and Offshoring Consulting',
    'IT Services', 'IT Services & Consulting', 'IT Consulting', 'Information Technology', 'IT', 'ICT',
    'Managed Services', 'Managed IT Services', 'Systems Integration',
    'Information Technology & Services', 'Business Process Outsourcing', 'BPO', 'Data Center', 'Hosting',
    // Crunchbase 2013
    'network_hosting',
    // Zoho
    'MSP (Management Service Provider)', 'Systems Integrator', 'Storage Service Provider', 'Service Provider',
  ],
  internet: [
    'INTERNET', 'INFORMATION_SERVICES',
    'Technology, Information and Internet', 'Internet Marketplace Platforms', 'Social Networking Platforms',
    'Internet Publishing', 'Internet News', 'Blockchain Services',
    'Online Services', 'Consumer Internet', 'Marketplace', 'Marketplaces', 'Social Media', 'Web Services',
    // Crunchbase 2013
    'web', 'social', 'search', 'messaging', 'local',
  ],
  hardware_electronics: [
    'COMPUTER_HARDWARE', 'CONSUMER_ELECTRONICS', 'ELECTRICAL_ELECTRONIC_MANUFACTURING', 'SEMICONDUCTORS',
    'NANOTECHNOLOGY',
    'Computer Hardware Manufacturing', 'Computers and Electronics Manufacturing', 'Semiconductor Manufacturing',
    'Renewable Energy Semiconductor Manufacturing', 'Nanotechnology Research', 'Audio and Video Equipment Manufacturing',
    'Appliances, Electrical, and Electronics Manufacturing', 'Electrical Equipment Manufacturing',
    'Computer Hardware', 'Hardware', 'Electronics', 'Semiconductor', 'Consumer Electronics', 'Robotics',
    'Robot Manufacturing', 'Magnetic and Optical Media Manufacturing', 'Wholesale Computer Equipment',
    // Salesforce
    'Electronics',
    // Crunchbase 2013
    'hardware', 'semiconductor', 'nanotech',
    // Olist
    'computers', 'audio_video_electronics', 'phone_mobile', 'games_consoles',
    // Zoho
    'Storage Equipment',
  ],
  telecom_networking: [
    'TELECOMMUNICATIONS', 'WIRELESS', 'COMPUTER_NETWORKING',
    'Telecommunications Carriers', 'Satellite Telecommunications', 'Wireless Services', 'Media and Telecommunications',
    'Communications Equipment Manufacturing', 'Computer Networking Products',
    'Telecom', 'Telco', 'Communications', 'Networking',
    // Zoho
    'Data/Telecom OEM', 'Network Equipment Enterprise', 'Optical Networking', 'Wireless Industry',
  ],
  financial_services: [
    'BANKING', 'CAPITAL_MARKETS', 'FINANCIAL_SERVICES', 'INVESTMENT_BANKING', 'INVESTMENT_MANAGEMENT',
    'VENTURE_CAPITAL_PRIVATE_EQUITY',
    'Venture Capital and Private Equity Principals', 'Investment Advice', 'Credit Intermediation', 'Loan Brokers',
    'Savings Institutions', 'Securities and Commodity Exchanges', 'Funds and Trusts', 'Trusts and Estates',
    'Pension Funds', 'Holding Companies',
    'Finance', 'Fintech', 'Financial Technology', 'Payments', 'Crypto', 'Cryptocurrency', 'Web3',
    'Asset Management', 'Wealth Management', 'Private Equity', 'Venture Capital',
    // Crunchbase 2013
    'finance',
  ],
  insurance: [
    'INSURANCE',
    'Insurance Agencies and Brokerages', 'Insurance Carriers', 'Insurance and Employee Benefit Funds',
    'Claims Adjusting, Actuarial Services', 'Insurtech',
  ],
  healthcare: [
    'Family Planning Centers',
    'ALTERNATIVE_MEDICINE', 'HEALTH_WELLNESS_AND_FITNESS', 'HOSPITAL_HEALTH_CARE', 'MEDICAL_DEVICES',
    'MEDICAL_PRACTICE', 'MENTAL_HEALTH_CARE', 'VETERINARY',
    'Hospitals and Health Care', 'Medical Equipment Manufacturing', 'Medical Practices', 'Wellness and Fitness Services',
    'Veterinary Services', 'Wellness and Fitness', 'Public Health', 'Home Health Care Services', 'Medical and Diagnostic Laboratories',
    'Health Care', 'Healthcare', 'Health', 'Medical', 'Medical Devices', 'Medtech', 'Healthtech', 'Digital Health',
    'Hospital', 'Hospitals',
    // Salesforce
    'Healthcare',
    // Crunchbase 2013 / Maven
    'medical', 'health',
  ],
  pharma_biotech: [
    'BIOTECHNOLOGY', 'PHARMACEUTICALS',
    'Pharmaceutical Manufacturing', 'Biotechnology Research',
    'Pharma', 'Biotech', 'Life Sciences', 'Pharmaceutical', 'Biopharma',
    // Crunchbase 2013
    'biotech',
  ],
  education: [
    'Child Day Care Services',
    'EDUCATION_MANAGEMENT', 'E_LEARNING', 'HIGHER_EDUCATION', 'PRIMARY_SECONDARY_EDUCATION',
    'PROFESSIONAL_TRAINING_COACHING', 'LIBRARIES',
    'E-Learning Providers', 'Primary and Secondary Education', 'Education Administration Programs',
    'Technical and Vocational Training', 'Education', 'Edtech', 'Training',
    // Crunchbase 2013
    'education',
  ],
  manufacturing_industrial: [
    'Agriculture, Construction, Mining Machinery Manufacturing', 'Boilers, Tanks, and Shipping Container Manufacturing', 'Transportation Equipment Manufacturing',
    'AUTOMOTIVE', 'AVIATION_AEROSPACE', 'BUSINESS_SUPPLIES_AND_EQUIPMENT', 'CHEMICALS', 'DEFENSE_SPACE',
    'GLASS_CERAMICS_CONCRETE', 'INDUSTRIAL_AUTOMATION', 'MACHINERY', 'MECHANICAL_OR_INDUSTRIAL_ENGINEERING',
    'PACKAGING_AND_CONTAINERS', 'PAPER_FOREST_PRODUCTS', 'PLASTICS', 'PRINTING', 'RAILROAD_MANUFACTURE',
    'SHIPBUILDING', 'TEXTILES',
    'Manufacturing', 'Industrial Machinery Manufacturing', 'Motor Vehicle Manufacturing', 'Defense and Space Manufacturing',
    'Aviation and Aerospace Component Manufacturing', 'Engineering Services', 'Automation Machinery Manufacturing',
    'Industrial', 'Industrials', 'Aerospace', 'Aerospace & Defense', 'Engineering',
    // Salesforce
    'Chemicals', 'Engineering', 'Machinery',
    // Crunchbase 2013
    'manufacturing', 'automotive',
  ],
  retail_consumer: [
    'Skiing Facilities', 'Retail Books and Printed News', 'Wholesale Hardware, Plumbing, Heating Equipment', 'Golf Courses and Country Clubs',
    'APPAREL_FASHION', 'ARTS_AND_CRAFTS', 'CONSUMER_GOODS', 'CONSUMER_SERVICES', 'COSMETICS', 'DAIRY',
    'FOOD_BEVERAGES', 'FOOD_PRODUCTION', 'FURNITURE', 'HOSPITALITY', 'LEISURE_TRAVEL_TOURISM',
    'LUXURY_GOODS_JEWELRY', 'RECREATIONAL_FACILITIES_AND_SERVICES', 'RESTAURANTS', 'RETAIL', 'SPORTING_GOODS',
    'SUPERMARKETS', 'TOBACCO', 'WHOLESALE', 'WINE_AND_SPIRITS',
    'Retail Apparel and Fashion', 'Food and Beverage Manufacturing', 'Food and Beverage Services', 'Travel Arrangements',
    'Online and Mail Order Retail', 'Hotels and Motels', 'Accommodation Services', 'Accomodation Services',
    'Recreational Facilities', 'Personal Care Services', 'Personal Care Product Manufacturing',
    'Retail Health and Personal Care Products', 'Wholesale Drugs and Sundries', 'Household Appliance Manufacturing',
    'Consumer Goods Rental', 'Personal and Laundry Services',
    'E-commerce', 'Ecommerce', 'Consumer', 'Consumer Products', 'CPG', 'FMCG', 'Food', 'Food & Beverage', 'Travel',
    // Salesforce
    'Apparel', 'Food & Beverage', 'Hospitality', 'Recreation', 'Retail',
    // Crunchbase 2013
    'ecommerce', 'fashion', 'hospitality', 'travel', 'pets',
    // Olist
    'home_decor', 'health_beauty', 'car_accessories', 'household_utilities', 'construction_tools_house_garden',
    'pet', 'food_supplement', 'food_drink', 'sports_leisure', 'bed_bath_table', 'bags_backpacks', 'toys',
    'fashion_accessories', 'home_office_furniture', 'stationery', 'small_appliances', 'handcrafted', 'baby',
    'music_instruments', 'watches', 'jewerly', 'home_appliances', 'party', 'gifts', 'air_conditioning', 'perfume',
  ],
  media_entertainment: [
    'Cable and Satellite Programming', 'Circuses and Magic Shows',
    'ANIMATION', 'BROADCAST_MEDIA', 'COMPUTER_GAMES', 'ENTERTAINMENT', 'FINE_ART', 'GAMBLING_CASINOS',
    'MEDIA_PRODUCTION', 'MOTION_PICTURES_AND_FILM', 'MUSEUMS_AND_INSTITUTIONS', 'MUSIC', 'NEWSPAPERS',
    'ONLINE_MEDIA', 'PERFORMING_ARTS', 'PHOTOGRAPHY', 'PUBLISHING', 'SPORTS', 'WRITING_AND_EDITING',
    'Broadcast Media Production and Distribution', 'Movies, Videos, and Sound', 'Online Audio and Video Media',
    'Entertainment Providers', 'Mobile Gaming Apps', 'Gambling Facilities and Casinos', 'Spectator Sports',
    'Book and Periodical Publishing', 'Newspaper Publishing', 'Radio and Television Broadcasting',
    'Media', 'Games', 'Gaming', 'Video Games',
    // Salesforce
    'Entertainment', 'Media',
    // Crunchbase 2013
    'games_video', 'news', 'music', 'photo_video', 'sports',
    // Olist
    'books',
  ],
  marketing_advertising: [
    'DESIGN', 'EVENTS_SERVICES', 'GRAPHIC_DESIGN', 'MARKET_RESEARCH', 'MARKETING_AND_ADVERTISING',
    'PUBLIC_RELATIONS_AND_COMMUNICATIONS',
    'Advertising Services', 'Marketing Services', 'Public Relations and Communications Services', 'Design Services',
    'Marketing', 'Advertising', 'Marketing Agency', 'Digital Marketing', 'Adtech', 'Martech', 'Market Research',
    // Crunchbase 2013
    'advertising', 'public_relations', 'design',
  ],
  professional_services: [
    'Security Systems Services', 'Telephone Call Centers', 'Office Administration',
    'ACCOUNTING', 'ALTERNATIVE_DISPUTE_RESOLUTION', 'GOVERNMENT_RELATIONS', 'HUMAN_RESOURCES', 'LAW_PRACTICE',
    'LEGAL_SERVICES', 'MANAGEMENT_CONSULTING', 'RESEARCH', 'SECURITY_AND_INVESTIGATIONS', 'STAFFING_AND_RECRUITING',
    'TRANSLATION_AND_LOCALIZATION',
    'Business Consulting and Services', 'Human Resources Services', 'Strategic Management Services',
    'Operations Consulting', 'Research Services', 'Temporary Help Services', 'Security Guards and Patrol Services',
    'Professional Services', 'Administrative and Support Services',
    'Consulting', 'Legal', 'Staffing', 'Recruiting', 'Business Services',
    // Salesforce
    'Consulting',
    // Crunchbase 2013
    'consulting', 'legal',
    // Maven
    'services', 'employment',
  ],
  real_estate_construction: [
    'ARCHITECTURE_PLANNING', 'BUILDING_MATERIALS', 'CIVIL_ENGINEERING', 'COMMERCIAL_REAL_ESTATE', 'CONSTRUCTION',
    'FACILITIES_SERVICES', 'REAL_ESTATE',
    'Building Construction', 'Residential Building Construction', 'Nonresidential Building Construction',
    'Specialty Trade Contractors', 'Leasing Real Estate', 'Real Estate and Equipment Rental Services',
    'Proptech',
    // Salesforce
    'Construction',
    // Crunchbase 2013
    'real_estate',
  ],
  energy_utilities: [
    'ENVIRONMENTAL_SERVICES', 'FARMING', 'FISHERY', 'MINING_METALS', 'OIL_ENERGY', 'RANCHING',
    'RENEWABLES_ENVIRONMENT', 'UTILITIES',
    'Oil and Gas', 'Oil, Gas, and Mining', 'Mining', 'Renewable Energy Power Generation', 'Electric Power Generation',
    'Renewable Energy Equipment Manufacturing', 'Services for Renewable Energy', 'Ranching and Fisheries',
    'Water, Waste, Steam, and Air Conditioning Services',
    'Energy', 'Oil & Energy', 'Cleantech', 'Clean Energy', 'Renewables', 'Agriculture', 'Agtech',
    // Salesforce
    'Agriculture', 'Energy', 'Environmental', 'Utilities',
    // Crunchbase 2013
    'cleantech',
  ],
  transportation_logistics: [
    'AIRLINES_AVIATION', 'IMPORT_AND_EXPORT', 'LOGISTICS_AND_SUPPLY_CHAIN', 'MARITIME', 'PACKAGE_FREIGHT_DELIVERY',
    'TRANSPORTATION_TRUCKING_RAILROAD', 'WAREHOUSING',
    'Transportation, Logistics, Supply Chain and Storage', 'Airlines and Aviation', 'Freight and Package Transportation',
    'Truck Transportation', 'Maritime Transportation', 'Warehousing and Storage', 'Wholesale Import and Export',
    'Logistics', 'Transportation', 'Supply Chain',
    // Salesforce
    'Shipping', 'Transportation',
    // Crunchbase 2013
    'transportation',
  ],
  government_nonprofit: [
    'Courts of Law', 'Administration of Justice', 'Executive Offices', 'Health and Human Services', 'Vocational Rehabilitation Services', 'Services for the Elderly and Disabled', 'Fire Protection',
    'CIVIC_SOCIAL_ORGANIZATION', 'EXECUTIVE_OFFICE', 'FUND_RAISING', 'GOVERNMENT_ADMINISTRATION',
    'INDIVIDUAL_FAMILY_SERVICES', 'INTERNATIONAL_AFFAIRS', 'INTERNATIONAL_TRADE_AND_DEVELOPMENT', 'JUDICIARY',
    'LAW_ENFORCEMENT', 'LEGISLATIVE_OFFICE', 'MILITARY', 'NON_PROFIT_ORGANIZATION_MANAGEMENT', 'PHILANTHROPY',
    'POLITICAL_ORGANIZATION', 'PROGRAM_DEVELOPMENT', 'PUBLIC_POLICY', 'PUBLIC_SAFETY', 'RELIGIOUS_INSTITUTIONS',
    'THINK_TANKS',
    'Non-profit Organizations', 'Nonprofit Organizations', 'Civic and Social Organizations', 'Armed Forces',
    'Government', 'Public Sector', 'Non-Profit', 'Nonprofit', 'NGO', 'Charity',
    // Salesforce
    'Government', 'Not For Profit',
    // Crunchbase 2013
    'nonprofit', 'government',
    // Olist
    'religious',
    // Zoho
    'Government/Military',
  ],
  other: [
    'other', 'others', 'misc', 'miscellaneous', 'various', 'conglomerate', 'diversified', 'otros', 'outros', 'autre',
    'autres', 'sonstige', 'sonstiges', 'altro', 'altri',
  ],
};

/** Cell values that mean "not answered": -1, never a bucket. */
export const INDUSTRY_PLACEHOLDERS: readonly string[] = [
  'unknown', 'n/a', 'na', 'none', 'null', '-', 'select', 'not specified', 'unspecified', 'tbd',
  // Zoho picklist entries that describe size, not industry.
  'Large Enterprise', 'Small/Medium Enterprise',
];

/**
 * Keyword weights: 3 = names the bucket on its own (`pharmaceutical`),
 * 2 = strong hint (`manufacturing`, `consulting`), 1 = weak hint that only
 * decides when nothing stronger is present (`technology`, `services`).
 */
type Vote = readonly [IndustryKey, number];

/** Multi-word phrases, matched before single words (longest first). */
export const INDUSTRY_PHRASES: Readonly<Record<string, Vote>> = {
  'machine learning': ['software', 3],
  'artificial intelligence': ['software', 3],
  'information technology': ['it_services', 3],
  'managed services': ['it_services', 3],
  'data center': ['it_services', 3],
  'call center': ['professional_services', 2],
  'capital markets': ['financial_services', 3],
  'private equity': ['financial_services', 3],
  'venture capital': ['financial_services', 3],
  'asset management': ['financial_services', 3],
  'life sciences': ['pharma_biotech', 3],
  'e commerce': ['retail_consumer', 3],
  'personal care': ['retail_consumer', 3],
  'consumer goods': ['retail_consumer', 3],
  'consumer electronics': ['hardware_electronics', 3],
  'motion pictures': ['media_entertainment', 3],
  'video games': ['media_entertainment', 3],
  'performing arts': ['media_entertainment', 3],
  'public relations': ['marketing_advertising', 3],
  'market research': ['marketing_advertising', 3],
  'lead generation': ['marketing_advertising', 3],
  'professional services': ['professional_services', 3],
  'human resources': ['professional_services', 3],
  'law firm': ['professional_services', 3],
  'real estate': ['real_estate_construction', 3],
  'civil engineering': ['real_estate_construction', 3],
  'oil gas': ['energy_utilities', 3],
  'natural gas': ['energy_utilities', 3],
  'supply chain': ['transportation_logistics', 3],
  'public sector': ['government_nonprofit', 3],
  'public policy': ['government_nonprofit', 3],
  'public safety': ['government_nonprofit', 3],
  'public administration': ['government_nonprofit', 3],
  'law enforcement': ['government_nonprofit', 3],
  'armed forces': ['government_nonprofit', 3],
  'social services': ['government_nonprofit', 3],
  'social work': ['government_nonprofit', 3],
  'non profit': ['government_nonprofit', 3],
  'not for profit': ['government_nonprofit', 3],
  'think tanks': ['government_nonprofit', 3],
  'recursos humanos': ['professional_services', 3],
  'sin fines de lucro': ['government_nonprofit', 3],
  'sem fins lucrativos': ['government_nonprofit', 3],
};

/** Single words, folded (lower-case, no diacritics). A trailing plural `s` is also tried without it. */
export const INDUSTRY_KEYWORDS: Readonly<Record<string, Vote>> = {
  // software
  software: ['software', 3], saas: ['software', 3], paas: ['software', 3], iaas: ['software', 3],
  erp: ['software', 3], crm: ['software', 3], isv: ['software', 3], cybersecurity: ['software', 3],
  cyber: ['software', 2], cloud: ['software', 2], apps: ['software', 2], app: ['software', 1],
  analytics: ['software', 2], ai: ['software', 2], security: ['software', 1], technology: ['software', 1],
  technologies: ['software', 1], tech: ['software', 1], tecnologia: ['software', 1], tecnologias: ['software', 1],
  technologie: ['software', 1], technik: ['software', 1], tecnologie: ['software', 1], logiciel: ['software', 3],
  logiciels: ['software', 3], devtools: ['software', 3], platform: ['software', 1],
  // IT services
  it: ['it_services', 2], ict: ['it_services', 2], ti: ['it_services', 2], informatica: ['it_services', 2],
  informatique: ['it_services', 2], informatik: ['it_services', 2], outsourcing: ['it_services', 2],
  offshoring: ['it_services', 2], bpo: ['it_services', 2], msp: ['it_services', 2], hosting: ['it_services', 2],
  datacenter: ['it_services', 3], integrator: ['it_services', 2],
  // internet
  internet: ['internet', 3], web: ['internet', 2], online: ['internet', 2], marketplace: ['internet', 2],
  social: ['internet', 2], search: ['internet', 2], portal: ['internet', 2], messaging: ['internet', 2],
  information: ['internet', 1], digital: ['internet', 1],
  // hardware & electronics
  hardware: ['hardware_electronics', 3], electronics: ['hardware_electronics', 3],
  electronic: ['hardware_electronics', 2], electrical: ['hardware_electronics', 2],
  semiconductor: ['hardware_electronics', 3], chips: ['hardware_electronics', 2],
  computers: ['hardware_electronics', 2], computer: ['hardware_electronics', 1],
  nanotechnology: ['hardware_electronics', 3], nanotech: ['hardware_electronics', 3],
  robotics: ['hardware_electronics', 2], robot: ['hardware_electronics', 2], optical: ['hardware_electronics', 1],
  instrument: ['hardware_electronics', 1], storage: ['hardware_electronics', 1], devices: ['hardware_electronics', 1],
  electronica: ['hardware_electronics', 3], eletronica: ['hardware_electronics', 3], elektronik: ['hardware_electronics', 3],
  // telecom & networking
  telecommunications: ['telecom_networking', 3], telecommunication: ['telecom_networking', 3],
  telecom: ['telecom_networking', 3], telecoms: ['telecom_networking', 3], telco: ['telecom_networking', 3],
  wireless: ['telecom_networking', 3], broadband: ['telecom_networking', 3], isp: ['telecom_networking', 3],
  voip: ['telecom_networking', 3], satellite: ['telecom_networking', 2], networking: ['telecom_networking', 2],
  network: ['telecom_networking', 1], communications: ['telecom_networking', 1], mobile: ['telecom_networking', 1],
  fiber: ['telecom_networking', 1], fibre: ['telecom_networking', 1],
  telecomunicaciones: ['telecom_networking', 3], telecomunicacoes: ['telecom_networking', 3],
  telekommunikation: ['telecom_networking', 3], telecomunicazioni: ['telecom_networking', 3],
  // financial services
  banking: ['financial_services', 3], bank: ['financial_services', 3], financial: ['financial_services', 3],
  finance: ['financial_services', 3], fintech: ['financial_services', 3], investment: ['financial_services', 3],
  investments: ['financial_services', 3], investing: ['financial_services', 2], wealth: ['financial_services', 3],
  payments: ['financial_services', 3], payment: ['financial_services', 3], lending: ['financial_services', 3],
  loan: ['financial_services', 3], mortgage: ['financial_services', 3], credit: ['financial_services', 2],
  crypto: ['financial_services', 3], cryptocurrency: ['financial_services', 3], blockchain: ['financial_services', 2],
  securities: ['financial_services', 3], brokerage: ['financial_services', 2], fund: ['financial_services', 2],
  trusts: ['financial_services', 2], pension: ['financial_services', 3], savings: ['financial_services', 3],
  capital: ['financial_services', 2], equity: ['financial_services', 1], trading: ['financial_services', 1],
  holding: ['financial_services', 1], regtech: ['financial_services', 3],
  finanzas: ['financial_services', 3], financeiro: ['financial_services', 3], financiero: ['financial_services', 3],
  financas: ['financial_services', 3], finanzen: ['financial_services', 3], banca: ['financial_services', 3],
  banco: ['financial_services', 3], bancos: ['financial_services', 3], finanziario: ['financial_services', 3],
  // insurance
  insurance: ['insurance', 3], insurer: ['insurance', 3], reinsurance: ['insurance', 3], insurtech: ['insurance', 3],
  seguros: ['insurance', 3], seguro: ['insurance', 3], versicherung: ['insurance', 3],
  versicherungen: ['insurance', 3], assicurazioni: ['insurance', 3], assurance: ['insurance', 2],
  actuarial: ['insurance', 3], underwriting: ['insurance', 3], claims: ['insurance', 2],
  // healthcare
  health: ['healthcare', 3], healthcare: ['healthcare', 3], hospital: ['healthcare', 3], medical: ['healthcare', 3],
  medicine: ['healthcare', 3], clinic: ['healthcare', 3], clinics: ['healthcare', 3], clinical: ['healthcare', 2],
  wellness: ['healthcare', 2], fitness: ['healthcare', 2], dental: ['healthcare', 3], dentists: ['healthcare', 3],
  physicians: ['healthcare', 3], nursing: ['healthcare', 3], veterinary: ['healthcare', 3], therapists: ['healthcare', 3],
  optometrists: ['healthcare', 3], chiropractors: ['healthcare', 3], laboratories: ['healthcare', 2],
  diagnostics: ['healthcare', 2], mental: ['healthcare', 2], care: ['healthcare', 1], medtech: ['healthcare', 3],
  healthtech: ['healthcare', 3], salud: ['healthcare', 3], saude: ['healthcare', 3], sante: ['healthcare', 3],
  gesundheit: ['healthcare', 3], gesundheitswesen: ['healthcare', 3], sanita: ['healthcare', 3],
  medico: ['healthcare', 3], hospitalar: ['healthcare', 3],
  // pharma & biotech
  pharmaceutical: ['pharma_biotech', 3], pharmaceuticals: ['pharma_biotech', 3], pharma: ['pharma_biotech', 3],
  biotech: ['pharma_biotech', 3], biotechnology: ['pharma_biotech', 3], biopharma: ['pharma_biotech', 3],
  genomics: ['pharma_biotech', 3], vaccines: ['pharma_biotech', 3], drug: ['pharma_biotech', 2],
  farmaceutica: ['pharma_biotech', 3], farmaceutico: ['pharma_biotech', 3], pharmazie: ['pharma_biotech', 3],
  biotecnologia: ['pharma_biotech', 3],
  // education
  education: ['education', 3], educational: ['education', 3], elearning: ['education', 3], edtech: ['education', 3],
  school: ['education', 3], university: ['education', 3], universities: ['education', 3], college: ['education', 3],
  academy: ['education', 2], training: ['education', 2], learning: ['education', 2], teaching: ['education', 3],
  tutoring: ['education', 3], coaching: ['education', 2], libraries: ['education', 2], library: ['education', 2],
  educacion: ['education', 3], educacao: ['education', 3], educazione: ['education', 3], bildung: ['education', 3],
  enseignement: ['education', 3], ensino: ['education', 3], formation: ['education', 2],
  // manufacturing & industrial
  manufacturing: ['manufacturing_industrial', 2], manufacturer: ['manufacturing_industrial', 2],
  industrial: ['manufacturing_industrial', 2], industry: ['manufacturing_industrial', 1],
  machinery: ['manufacturing_industrial', 3], machine: ['manufacturing_industrial', 2],
  automotive: ['manufacturing_industrial', 3], vehicle: ['manufacturing_industrial', 2],
  aerospace: ['manufacturing_industrial', 3], defense: ['manufacturing_industrial', 3],
  defence: ['manufacturing_industrial', 3], chemical: ['manufacturing_industrial', 3],
  chemicals: ['manufacturing_industrial', 3], plastics: ['manufacturing_industrial', 3],
  rubber: ['manufacturing_industrial', 2], metal: ['manufacturing_industrial', 2], steel: ['manufacturing_industrial', 2],
  packaging: ['manufacturing_industrial', 3], containers: ['manufacturing_industrial', 2],
  paper: ['manufacturing_industrial', 2], textile: ['manufacturing_industrial', 3],
  textiles: ['manufacturing_industrial', 3], printing: ['manufacturing_industrial', 2],
  engineering: ['manufacturing_industrial', 2], mechanical: ['manufacturing_industrial', 2],
  automation: ['manufacturing_industrial', 2], shipbuilding: ['manufacturing_industrial', 3],
  equipment: ['manufacturing_industrial', 1], tools: ['manufacturing_industrial', 1],
  glass: ['manufacturing_industrial', 2], ceramics: ['manufacturing_industrial', 2], hvac: ['manufacturing_industrial', 2],
  components: ['manufacturing_industrial', 1], fabricated: ['manufacturing_industrial', 2],
  manufactura: ['manufacturing_industrial', 2], fabricacion: ['manufacturing_industrial', 2],
  fabricacao: ['manufacturing_industrial', 2], industria: ['manufacturing_industrial', 2],
  industrie: ['manufacturing_industrial', 2], fertigung: ['manufacturing_industrial', 2],
  produzione: ['manufacturing_industrial', 2], maschinenbau: ['manufacturing_industrial', 3],
  // retail, consumer goods & hospitality
  retail: ['retail_consumer', 3], retailer: ['retail_consumer', 3], consumer: ['retail_consumer', 2],
  goods: ['retail_consumer', 1], cpg: ['retail_consumer', 3], fmcg: ['retail_consumer', 3],
  apparel: ['retail_consumer', 3], fashion: ['retail_consumer', 3], clothing: ['retail_consumer', 3],
  footwear: ['retail_consumer', 3], cosmetics: ['retail_consumer', 3], beauty: ['retail_consumer', 3],
  luxury: ['retail_consumer', 3], jewelry: ['retail_consumer', 3], jewellery: ['retail_consumer', 3],
  food: ['retail_consumer', 2], foods: ['retail_consumer', 2], beverage: ['retail_consumer', 2],
  beverages: ['retail_consumer', 2], drinks: ['retail_consumer', 2], wine: ['retail_consumer', 3],
  spirits: ['retail_consumer', 2], beer: ['retail_consumer', 3], breweries: ['retail_consumer', 3],
  distilleries: ['retail_consumer', 3], wineries: ['retail_consumer', 3], dairy: ['retail_consumer', 2],
  grocery: ['retail_consumer', 3], groceries: ['retail_consumer', 3], supermarket: ['retail_consumer', 3],
  tobacco: ['retail_consumer', 3], furniture: ['retail_consumer', 3], furnishings: ['retail_consumer', 2],
  decor: ['retail_consumer', 3], toys: ['retail_consumer', 3], sporting: ['retail_consumer', 2],
  ecommerce: ['retail_consumer', 3], commerce: ['retail_consumer', 2], comercio: ['retail_consumer', 2],
  einzelhandel: ['retail_consumer', 3], handel: ['retail_consumer', 2], varejo: ['retail_consumer', 3],
  wholesale: ['retail_consumer', 2], wholesaler: ['retail_consumer', 2], distribution: ['retail_consumer', 1],
  hospitality: ['retail_consumer', 3], hotel: ['retail_consumer', 3], hotels: ['retail_consumer', 3],
  restaurant: ['retail_consumer', 3], restaurants: ['retail_consumer', 3], catering: ['retail_consumer', 3],
  caterers: ['retail_consumer', 3], bars: ['retail_consumer', 2], travel: ['retail_consumer', 3],
  tourism: ['retail_consumer', 3], turismo: ['retail_consumer', 3], tourismus: ['retail_consumer', 3],
  leisure: ['retail_consumer', 2], recreation: ['retail_consumer', 2], recreational: ['retail_consumer', 2],
  amusement: ['retail_consumer', 2], pet: ['retail_consumer', 3], pets: ['retail_consumer', 3],
  household: ['retail_consumer', 2], appliances: ['retail_consumer', 2], home: ['retail_consumer', 1],
  laundry: ['retail_consumer', 2], salon: ['retail_consumer', 2], perfume: ['retail_consumer', 3],
  gifts: ['retail_consumer', 2], stationery: ['retail_consumer', 2], alimentos: ['retail_consumer', 2],
  alimentacion: ['retail_consumer', 2], lebensmittel: ['retail_consumer', 2], hoteleria: ['retail_consumer', 3],
  // media & entertainment
  media: ['media_entertainment', 3], entertainment: ['media_entertainment', 3],
  broadcast: ['media_entertainment', 3], broadcasting: ['media_entertainment', 3],
  publishing: ['media_entertainment', 3], publisher: ['media_entertainment', 3],
  newspaper: ['media_entertainment', 3], news: ['media_entertainment', 3], magazine: ['media_entertainment', 3],
  music: ['media_entertainment', 3], musicians: ['media_entertainment', 3], film: ['media_entertainment', 3],
  movies: ['media_entertainment', 3], cinema: ['media_entertainment', 3], animation: ['media_entertainment', 3],
  games: ['media_entertainment', 3], gaming: ['media_entertainment', 3], esports: ['media_entertainment', 3],
  video: ['media_entertainment', 2], television: ['media_entertainment', 3], tv: ['media_entertainment', 3],
  radio: ['media_entertainment', 3], photography: ['media_entertainment', 3], photo: ['media_entertainment', 2],
  arts: ['media_entertainment', 2], art: ['media_entertainment', 2], artists: ['media_entertainment', 2],
  theater: ['media_entertainment', 3], theatre: ['media_entertainment', 3], museums: ['media_entertainment', 2],
  sports: ['media_entertainment', 2], sport: ['media_entertainment', 2], gambling: ['media_entertainment', 3],
  casinos: ['media_entertainment', 3], books: ['media_entertainment', 2], book: ['media_entertainment', 2],
  writing: ['media_entertainment', 2], editing: ['media_entertainment', 2], blogs: ['media_entertainment', 2],
  podcast: ['media_entertainment', 3], streaming: ['media_entertainment', 3], sound: ['media_entertainment', 2],
  medios: ['media_entertainment', 3], midia: ['media_entertainment', 3], medien: ['media_entertainment', 3],
  entretenimiento: ['media_entertainment', 3], entretenimento: ['media_entertainment', 3],
  divertissement: ['media_entertainment', 3],
  // marketing & advertising
  marketing: ['marketing_advertising', 3], advertising: ['marketing_advertising', 3],
  adtech: ['marketing_advertising', 3], martech: ['marketing_advertising', 3], ads: ['marketing_advertising', 2],
  branding: ['marketing_advertising', 3], brand: ['marketing_advertising', 2], design: ['marketing_advertising', 2],
  creative: ['marketing_advertising', 2], agency: ['marketing_advertising', 2], agencies: ['marketing_advertising', 2],
  events: ['marketing_advertising', 2], event: ['marketing_advertising', 2], seo: ['marketing_advertising', 3],
  promotional: ['marketing_advertising', 2], publicidad: ['marketing_advertising', 3],
  publicidade: ['marketing_advertising', 3], publicite: ['marketing_advertising', 3],
  werbung: ['marketing_advertising', 3], pubblicita: ['marketing_advertising', 3],
  mercadeo: ['marketing_advertising', 3],
  // professional services
  consulting: ['professional_services', 2], consultancy: ['professional_services', 2],
  consultants: ['professional_services', 2], advisory: ['professional_services', 2],
  legal: ['professional_services', 3], law: ['professional_services', 3], lawyers: ['professional_services', 3],
  attorneys: ['professional_services', 3], accounting: ['professional_services', 3],
  accountants: ['professional_services', 3], audit: ['professional_services', 3], auditing: ['professional_services', 3],
  tax: ['professional_services', 3], bookkeeping: ['professional_services', 3], staffing: ['professional_services', 3],
  recruiting: ['professional_services', 3], recruitment: ['professional_services', 3], hr: ['professional_services', 3],
  employment: ['professional_services', 2], professional: ['professional_services', 1],
  research: ['professional_services', 1], translation: ['professional_services', 3],
  localization: ['professional_services', 3], consultoria: ['professional_services', 2],
  beratung: ['professional_services', 2], conseil: ['professional_services', 2], consulenza: ['professional_services', 2],
  asesoria: ['professional_services', 2], juridico: ['professional_services', 3], abogados: ['professional_services', 3],
  advocacia: ['professional_services', 3], kanzlei: ['professional_services', 3], avocats: ['professional_services', 3],
  contabilidad: ['professional_services', 3], contabilidade: ['professional_services', 3],
  steuerberatung: ['professional_services', 3], rrhh: ['professional_services', 3], services: ['professional_services', 0.5],
  // real estate & construction
  realty: ['real_estate_construction', 3], realestate: ['real_estate_construction', 3],
  property: ['real_estate_construction', 3], properties: ['real_estate_construction', 3],
  inmobiliaria: ['real_estate_construction', 3], imobiliaria: ['real_estate_construction', 3],
  immobilien: ['real_estate_construction', 3], immobilier: ['real_estate_construction', 3],
  immobiliare: ['real_estate_construction', 3], construction: ['real_estate_construction', 3],
  construccion: ['real_estate_construction', 3], construcao: ['real_estate_construction', 3],
  bau: ['real_estate_construction', 3], building: ['real_estate_construction', 2],
  contractors: ['real_estate_construction', 2], contractor: ['real_estate_construction', 2],
  architecture: ['real_estate_construction', 3], architectural: ['real_estate_construction', 2],
  housing: ['real_estate_construction', 2], homebuilder: ['real_estate_construction', 3],
  facilities: ['real_estate_construction', 2], facility: ['real_estate_construction', 2],
  interior: ['real_estate_construction', 2], surveying: ['real_estate_construction', 2],
  landscaping: ['real_estate_construction', 2], plumbing: ['real_estate_construction', 2],
  roofing: ['real_estate_construction', 3], janitorial: ['real_estate_construction', 2],
  leasing: ['real_estate_construction', 1],
  // energy, utilities & natural resources
  energy: ['energy_utilities', 3], oil: ['energy_utilities', 3], gas: ['energy_utilities', 2],
  petroleum: ['energy_utilities', 3], utilities: ['energy_utilities', 3], utility: ['energy_utilities', 3],
  power: ['energy_utilities', 2], electricity: ['energy_utilities', 3], electric: ['energy_utilities', 1],
  renewable: ['energy_utilities', 3], renewables: ['energy_utilities', 3], solar: ['energy_utilities', 3],
  wind: ['energy_utilities', 2], hydroelectric: ['energy_utilities', 3], nuclear: ['energy_utilities', 3],
  geothermal: ['energy_utilities', 3], biomass: ['energy_utilities', 3], cleantech: ['energy_utilities', 3],
  environmental: ['energy_utilities', 2], environment: ['energy_utilities', 2], sustainability: ['energy_utilities', 2],
  waste: ['energy_utilities', 2], recycling: ['energy_utilities', 2], water: ['energy_utilities', 2],
  mining: ['energy_utilities', 3], mineral: ['energy_utilities', 2], coal: ['energy_utilities', 3],
  agriculture: ['energy_utilities', 3], agricultural: ['energy_utilities', 3], agribusiness: ['energy_utilities', 3],
  agtech: ['energy_utilities', 3], agritech: ['energy_utilities', 3], farming: ['energy_utilities', 3],
  farm: ['energy_utilities', 3], ranching: ['energy_utilities', 3], fishery: ['energy_utilities', 3],
  fisheries: ['energy_utilities', 3], fishing: ['energy_utilities', 3], forestry: ['energy_utilities', 3],
  logging: ['energy_utilities', 2], horticulture: ['energy_utilities', 3], aquaculture: ['energy_utilities', 3],
  agro: ['energy_utilities', 3], agronegocio: ['energy_utilities', 3], agricultura: ['energy_utilities', 3],
  landwirtschaft: ['energy_utilities', 3], energia: ['energy_utilities', 3], energie: ['energy_utilities', 3],
  // transportation & logistics
  transportation: ['transportation_logistics', 3], transport: ['transportation_logistics', 3],
  transit: ['transportation_logistics', 2], logistics: ['transportation_logistics', 3],
  logistic: ['transportation_logistics', 3], shipping: ['transportation_logistics', 3],
  freight: ['transportation_logistics', 3], trucking: ['transportation_logistics', 3],
  truck: ['transportation_logistics', 2], railroad: ['transportation_logistics', 2],
  rail: ['transportation_logistics', 2], railway: ['transportation_logistics', 2],
  airline: ['transportation_logistics', 3], airlines: ['transportation_logistics', 3],
  airport: ['transportation_logistics', 2], aviation: ['transportation_logistics', 2],
  maritime: ['transportation_logistics', 3], warehousing: ['transportation_logistics', 3],
  warehouse: ['transportation_logistics', 3], courier: ['transportation_logistics', 3],
  delivery: ['transportation_logistics', 2], postal: ['transportation_logistics', 3],
  import: ['transportation_logistics', 2], export: ['transportation_logistics', 2],
  mobility: ['transportation_logistics', 2], fleet: ['transportation_logistics', 2],
  taxi: ['transportation_logistics', 2], pipeline: ['transportation_logistics', 2],
  logistica: ['transportation_logistics', 3], logistique: ['transportation_logistics', 3],
  logistik: ['transportation_logistics', 3], transporte: ['transportation_logistics', 3],
  transportes: ['transportation_logistics', 3], spedition: ['transportation_logistics', 3],
  // government & non-profit
  government: ['government_nonprofit', 3], governmental: ['government_nonprofit', 3],
  military: ['government_nonprofit', 3], police: ['government_nonprofit', 3], judiciary: ['government_nonprofit', 3],
  courts: ['government_nonprofit', 2], legislative: ['government_nonprofit', 3],
  municipal: ['government_nonprofit', 3], municipality: ['government_nonprofit', 3],
  nonprofit: ['government_nonprofit', 3], ngo: ['government_nonprofit', 3], charity: ['government_nonprofit', 3],
  charities: ['government_nonprofit', 3], philanthropy: ['government_nonprofit', 3],
  philanthropic: ['government_nonprofit', 3], fundraising: ['government_nonprofit', 3],
  civic: ['government_nonprofit', 3], religious: ['government_nonprofit', 3], church: ['government_nonprofit', 3],
  political: ['government_nonprofit', 3], policy: ['government_nonprofit', 2],
  associations: ['government_nonprofit', 2], association: ['government_nonprofit', 2],
  foundation: ['government_nonprofit', 1], community: ['government_nonprofit', 2],
  emergency: ['government_nonprofit', 2], correctional: ['government_nonprofit', 3],
  public: ['government_nonprofit', 1], federal: ['government_nonprofit', 2], gobierno: ['government_nonprofit', 3],
  governo: ['government_nonprofit', 3], gouvernement: ['government_nonprofit', 3],
  regierung: ['government_nonprofit', 3], ong: ['government_nonprofit', 3], verwaltung: ['government_nonprofit', 2],
  publico: ['government_nonprofit', 2], publica: ['government_nonprofit', 2],
  // additions from the LinkedIn V2 list
  ambulance: ['healthcare', 3], bus: ['transportation_logistics', 2], elderly: ['government_nonprofit', 2],
  space: ['manufacturing_industrial', 2], skiing: ['retail_consumer', 3], hostels: ['retail_consumer', 3],
  homestays: ['retail_consumer', 3], golf: ['retail_consumer', 3], baked: ['retail_consumer', 3],
  meat: ['retail_consumer', 3], seafood: ['retail_consumer', 3], confectionery: ['retail_consumer', 3],
  handbag: ['retail_consumer', 3], dance: ['media_entertainment', 3], historical: ['media_entertainment', 2],
  racetracks: ['media_entertainment', 3], zoos: ['media_entertainment', 3], conservation: ['energy_utilities', 2],
  steam: ['energy_utilities', 2], land: ['real_estate_construction', 2], programs: ['government_nonprofit', 1],
  fruit: ['retail_consumer', 3], vegetable: ['retail_consumer', 3],
  repair: ['manufacturing_industrial', 1], maintenance: ['manufacturing_industrial', 1],
};
