/**
 * Place names that the country libraries do not carry, for `geo.ts`: a few
 * everyday country aliases, US states and Canadian provinces (CRM "State"
 * values and "City, ST" locations) and the business metros that LinkedIn-style
 * free-text locations name without a country ("San Francisco Bay Area",
 * "Greater London"). The metro list is deliberately short: it covers the
 * places B2B prospect lists concentrate in, not a gazetteer.
 */

/** Aliases missing from `world-countries` and `i18n-iso-countries` (both checked). */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  Britain: 'GB',
  'U.K.': 'GB',
  Korea: 'KR',
  'Korea, South': 'KR',
  'South Korea': 'KR',
  'Korea, North': 'KP',
  Burma: 'MM',
  'East Timor': 'TL',
  KSA: 'SA',
  'Hong Kong SAR': 'HK',
  'Republic of Ireland': 'IE',
  'Czech Rep.': 'CZ',
  'The Gambia': 'GM',
  'The Bahamas': 'BS',
};

/** USPS code → state name (50 states, DC and Puerto Rico's code is its ISO code anyway). */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  DC: 'District of Columbia',
};

export const CANADIAN_PROVINCES: readonly string[] = [
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  'Newfoundland and Labrador', 'Prince Edward Island', 'Yukon', 'Northwest Territories', 'Nunavut',
];

/** ISO alpha-2 → metro and city names seen in free-text locations (matched whole, after dropping filler words). */
export const METRO_AREAS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'San Francisco Bay Area', 'Bay Area', 'Silicon Valley', 'San Francisco', 'San Jose', 'Palo Alto', 'Oakland',
    'New York City', 'New York City Metropolitan Area', 'NYC', 'Manhattan', 'Brooklyn', 'Los Angeles', 'LA Metro',
    'Seattle', 'Boston', 'Chicago', 'Austin', 'Denver', 'Atlanta', 'Dallas', 'Dallas-Fort Worth', 'DFW', 'Houston',
    'Miami', 'Washington DC', 'Washington D.C.', 'DC-Baltimore', 'Philadelphia', 'San Diego', 'Phoenix',
    'Minneapolis', 'Minneapolis-St. Paul', 'Detroit', 'Salt Lake City', 'Nashville', 'Raleigh-Durham', 'Charlotte',
    'Pittsburgh', 'Columbus', 'Indianapolis', 'Kansas City', 'St. Louis', 'Tampa', 'Orlando', 'Las Vegas',
    'Sacramento', 'Baltimore', 'Cincinnati', 'Cleveland', 'Milwaukee',
  ],
  CA: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary', 'Edmonton', 'Waterloo'],
  GB: ['London', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Bristol', 'Leeds', 'Cambridge', 'Oxford'],
  IE: ['Dublin', 'Cork'],
  DE: ['Berlin', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln', 'Stuttgart', 'Düsseldorf'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Île-de-France'],
  NL: ['Amsterdam', 'Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven'],
  BE: ['Brussels', 'Antwerp'],
  CH: ['Zurich', 'Zürich', 'Geneva', 'Basel', 'Lausanne'],
  AT: ['Vienna', 'Wien'],
  ES: ['Madrid', 'Barcelona', 'Valencia', 'Seville'],
  PT: ['Lisbon', 'Lisboa', 'Porto'],
  IT: ['Milan', 'Milano', 'Rome', 'Roma', 'Turin', 'Torino'],
  SE: ['Stockholm', 'Gothenburg', 'Malmö'],
  DK: ['Copenhagen', 'København'],
  NO: ['Oslo'],
  FI: ['Helsinki'],
  PL: ['Warsaw', 'Warszawa', 'Kraków', 'Krakow', 'Wrocław'],
  CZ: ['Prague', 'Praha'],
  RO: ['Bucharest'],
  UA: ['Kyiv', 'Kiev'],
  RU: ['Moscow', 'Saint Petersburg'],
  TR: ['Istanbul', 'Ankara'],
  IL: ['Tel Aviv', 'Tel Aviv-Yafo', 'Jerusalem'],
  AE: ['Dubai', 'Abu Dhabi'],
  SA: ['Riyadh', 'Jeddah'],
  EG: ['Cairo'],
  NG: ['Lagos'],
  KE: ['Nairobi'],
  ZA: ['Johannesburg', 'Cape Town'],
  IN: ['Bangalore', 'Bengaluru', 'Mumbai', 'Delhi', 'New Delhi', 'Delhi NCR', 'Hyderabad', 'Pune', 'Chennai',
    'Gurgaon', 'Gurugram', 'Noida', 'Kolkata', 'Ahmedabad'],
  PK: ['Karachi', 'Lahore'],
  CN: ['Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou'],
  JP: ['Tokyo', 'Osaka'],
  KR: ['Seoul'],
  TW: ['Taipei'],
  SG: ['Singapore'],
  MY: ['Kuala Lumpur'],
  TH: ['Bangkok'],
  VN: ['Ho Chi Minh City', 'Hanoi'],
  ID: ['Jakarta'],
  PH: ['Manila', 'Metro Manila'],
  AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'New South Wales', 'Queensland'],
  NZ: ['Auckland', 'Wellington'],
  BR: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre'],
  MX: ['Mexico City', 'Ciudad de México', 'CDMX', 'Guadalajara', 'Monterrey'],
  AR: ['Buenos Aires'],
  CO: ['Bogotá', 'Bogota', 'Medellín', 'Medellin'],
  CL: ['Santiago de Chile'],
  PE: ['Lima'],
};

/** Words around a place in LinkedIn-style locations ("Greater Boston Area", "Berlin Metropolitan Region"). */
export const LOCATION_FILLER_WORDS: readonly string[] = [
  'greater', 'area', 'metropolitan', 'metro', 'region', 'city', 'of', 'the', 'and', 'surrounding', 'county',
];

/** Cells that mean "no location". */
export const LOCATION_PLACEHOLDERS: readonly string[] = [
  'unknown', 'n/a', 'na', 'none', 'null', '-', 'select', 'other', 'not specified', 'remote', 'worldwide', 'global',
  'international', 'various',
];
