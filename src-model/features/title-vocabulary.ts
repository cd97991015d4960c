/**
 * Job-title vocabularies for `title.ts`: seniority words, role-family words and
 * the abbreviations CRMs are full of, in English, Spanish, Portuguese, German,
 * French and Italian. Every key is folded (lower-case, no diacritics:
 * `Geschäftsführer` → `geschaftsfuhrer`); phrases are space-separated folded
 * tokens. Context rules that a table cannot hold (`owner` only after
 * `business`, `partner` only as a head noun, `chief … officer`) live in
 * `title.ts`.
 */
import type { RoleFamily } from './title-categories';

/** 0 C-level, 1 VP, 2 Director, 3 Manager, 4 IC (the order of `SENIORITY_LEVELS`). */
export type Level = 0 | 1 | 2 | 3 | 4;

/** Abbreviations expanded before matching, so keywords hash the same for `Sr.` and `Senior`. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  sr: ['senior'], snr: ['senior'], jr: ['junior'], jnr: ['junior'],
  mgr: ['manager'], mngr: ['manager'], mgmt: ['management'], mngmt: ['management'],
  dir: ['director'], eng: ['engineering'], engr: ['engineer'], dev: ['developer'], devs: ['developers'],
  swe: ['software', 'engineer'], sde: ['software', 'development', 'engineer'], sw: ['software'],
  mktg: ['marketing'], mkt: ['marketing'], ops: ['operations'], exec: ['executive'], acct: ['account'],
  asst: ['assistant'], assoc: ['associate'], coord: ['coordinator'], rep: ['representative'],
  reps: ['representatives'], biz: ['business'], bizdev: ['business', 'development'], bd: ['business', 'development'],
  intl: ['international'], sys: ['systems'], sysadmin: ['systems', 'administrator'], admin: ['administrator'],
  ae: ['account', 'executive'], sdr: ['sales', 'development', 'representative'],
  bdr: ['business', 'development', 'representative'], csm: ['customer', 'success', 'manager'],
  tam: ['technical', 'account', 'manager'], hrbp: ['hr', 'business', 'partner'], ml: ['machine', 'learning'],
  isso: ['information', 'systems', 'security', 'officer'],
  issm: ['information', 'systems', 'security', 'manager'], gm: ['general', 'manager'], md: ['managing', 'director'], svc: ['service'], svcs: ['services'],
  cofounder: ['cofounder'], 'co-founder': ['cofounder'],
};

/** Tokens dropped from the keyword list (they carry no meaning on their own). */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'to', 'at', 'in', 'on', 'a', 'an', 'with', 'or', 'de', 'del', 'la', 'el', 'los', 'las',
  'y', 'e', 'da', 'do', 'das', 'dos', 'des', 'du', 'le', 'les', 'et', 'der', 'die', 'und', 'fur', 'di', 'della',
  'delle', 'dei', 'il', 'per', 'en', 'o', 'au', 'aux', 'im', 'al', 'em', 'na', 'no', 'von', 'vom', 'zur', 'zum',
]);

/** Cells that mean "no title" rather than a title: seniority and family -1, no keywords. */
export const TITLE_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'na', 'n a', 'none', 'null', 'unknown', 'select', 'not specified', 'other', 'tbd', '-', 'x', 'no title',
]);

/** Prepositions that introduce an object ("assistant TO the CEO", "asistente DE gerencia"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'of', 'for', 'de', 'do', 'da', 'di', 'du', 'des', 'del', 'della', 'der', 'au', 'a',
]);

/**
 * Support-role nouns. Titled by one of these, the person assists a senior
 * person rather than being one: "Executive Assistant to the CEO", "CEO
 * Assistant", "Asistente de Gerencia" are IC. "Assistant Manager" is not
 * (the noun modifies the seniority word instead).
 */
export const SUPPORT_NOUNS: ReadonlySet<string> = new Set([
  'assistant', 'assistente', 'asistente', 'assistent', 'assistentin', 'secretary', 'secretaria', 'secretario',
  'secretaire', 'segretaria', 'segretario', 'sekretar', 'sekretarin', 'clerk', 'receptionist', 'recepcionista',
  'auxiliar', 'aide', 'pa',
]);

/** Trainee words: the title is IC whatever else it says ("Marketing Manager Intern"). */
export const TRAINEE_WORDS: ReadonlySet<string> = new Set([
  'intern', 'interns', 'internship', 'trainee', 'apprentice', 'apprenticeship', 'praktikant', 'praktikantin',
  'werkstudent', 'werkstudentin', 'azubi', 'auszubildender', 'auszubildende', 'stagiaire', 'alternant', 'alternante',
  'apprenti', 'apprentie', 'becario', 'becaria', 'practicante', 'pasante', 'estagiario', 'estagiaria', 'aprendiz',
  'stagista', 'tirocinante', 'student', 'estudiante', 'graduate',
]);

/** Words placed before a seniority word that change it: assistant director is a manager, deputy CEO a VP. */
export const LEVEL_MODIFIERS_BEFORE: Readonly<Record<string, 'assistant' | 'deputy'>> = {
  assistant: 'assistant', asst: 'assistant', deputy: 'deputy', associate: 'deputy', vice: 'deputy',
  stellvertretender: 'deputy', stellvertretende: 'deputy', stv: 'deputy', sub: 'deputy',
};
/** The same, placed after (French, Spanish, Italian): "Directeur adjoint", "Director adjunto". */
export const LEVEL_MODIFIERS_AFTER: Readonly<Record<string, 'deputy'>> = {
  adjoint: 'deputy', adjointe: 'deputy', adjunto: 'deputy', adjunta: 'deputy', aggiunto: 'deputy', adjunct: 'deputy',
};

/** Single seniority words without context rules. */
export const SENIORITY_WORDS: Readonly<Record<string, Level>> = {
  // C-level
  ceo: 0, cto: 0, cfo: 0, coo: 0, cmo: 0, cro: 0, cio: 0, ciso: 0, cso: 0, cpo: 0, cdo: 0, cco: 0, chro: 0, cao: 0,
  clo: 0, cxo: 0, cgo: 0, cbo: 0, cno: 0,
  founder: 0, founders: 0, cofounder: 0, fundador: 0, fundadora: 0, cofundador: 0, cofundadora: 0,
  fondateur: 0, fondatrice: 0, cofondateur: 0, cofondatrice: 0, grunder: 0, grunderin: 0, mitgrunder: 0,
  mitgrunderin: 0, gruender: 0, fondatore: 0, cofondatore: 0,
  proprietor: 0, inhaber: 0, inhaberin: 0, dueno: 0, duena: 0, propietario: 0, propietaria: 0, proprietario: 0,
  proprietaria: 0, proprietaire: 0, titolare: 0, dono: 0, socio: 0, socia: 0, teilhaber: 0, teilhaberin: 0,
  president: 0, presidente: 0, presidenta: 0, prasident: 0, prasidentin: 0,
  chairman: 0, chairwoman: 0, chairperson: 0, chair: 0, minister: 0, mayor: 0, governor: 0,
  senator: 0, chancellor: 0, rector: 0, ambassador: 1, geschaftsfuhrer: 0, geschaftsfuhrerin: 0,
  geschaeftsfuehrer: 0, geschaeftsfuehrerin: 0, vorstand: 0, vorstandsvorsitzender: 0, vorstandsmitglied: 0,
  pdg: 0, dg: 0,
  // VP
  vp: 1, svp: 1, evp: 1, rvp: 1, gvp: 1, vicepresident: 1, vicepresidente: 1, vizeprasident: 1, vizeprasidentin: 1,
  // Director
  avp: 2, director: 2, directors: 2, directora: 2, directeur: 2, directrice: 2, diretor: 2, diretora: 2,
  direttore: 2, direttrice: 2, direktor: 2, direktorin: 2, dirigente: 2, head: 2, leiter: 2, leiterin: 2,
  leitung: 2, prokurist: 2, headmaster: 2, headmistress: 2, headteacher: 2, dean: 2, subdirector: 2, subdirectora: 2, vicedirettore: 2, superintendent: 2,
  // Manager
  manager: 3, managers: 3, managerin: 3, gerente: 3, gerant: 3, gerante: 3, jefe: 3, jefa: 3, chefe: 3,
  supervisor: 3, supervisora: 3, supervisors: 3, encargado: 3, encargada: 3, coordinador: 3, coordinadora: 3,
  coordenador: 3, coordenadora: 3, responsable: 3, responsabile: 3, capo: 3, foreman: 3, forewoman: 3,
  lead: 3, leader: 3, teamlead: 3, teamleader: 3, lider: 3, teamleiter: 3, teamleiterin: 3, gruppenleiter: 3,
  gruppenleiterin: 3, projektleiter: 3, projektleiterin: 3, subgerente: 3,
  // IC, listed so they count as a recognised level (a bare title without any
  // of these is IC too, by default)
  senior: 4, junior: 4, staff: 4, associate: 4, specialist: 4, analyst: 4, analista: 4, engineer: 4,
  consultant: 4, officer: 4, representative: 4, coordinator: 4, coordinatrice: 4, coordinatore: 4,
  principal: 4, referent: 4, referentin: 4, sachbearbeiter: 4, sachbearbeiterin: 4, mitarbeiter: 4,
  mitarbeiterin: 4, impiegato: 4, impiegata: 4, addetto: 4, addetta: 4, empleado: 4, empleada: 4,
};

/** Seniority phrases (matched before single words). `null` = the phrase cancels its words' levels. */
export const SENIORITY_PHRASES: Readonly<Record<string, Level | null>> = {
  'vice president': 1, 'vice presidente': 1, 'vize prasident': 1, 'vice chair': 1, 'vice chairman': 1,
  'vice chairwoman': 1,
  'managing director': 0, 'managing partner': 0, 'general partner': 0, 'founding partner': 0, 'senior partner': 0,
  'equity partner': 0, 'name partner': 0, 'business owner': 0, 'co owner': 0, 'sole proprietor': 0,
  'chief executive': 0, 'c level': 0, 'c suite': 0, 'director general': 0, 'directeur general': 0,
  'directrice generale': 0, 'diretor geral': 0, 'diretora geral': 0, 'direttore generale': 0,
  'director ejecutivo': 0, 'directora ejecutiva': 0, 'diretor executivo': 0, 'diretora executiva': 0,
  'consejero delegado': 0, 'consejera delegada': 0, 'amministratore delegato': 0, 'president directeur general': 0,
  'diretor presidente': 0,
  'chief of staff': 2, 'executive director': 2, 'general manager': 2, 'gerente general': 2, 'gerente geral': 2,
  'associate partner': 2, 'country manager': 2,
  'team lead': 3, 'team leader': 3, 'tech lead': 3, 'technical lead': 3, 'chef de': 3, 'chef d': 3,
  'chefe de': 3, 'head hunter': null, 'lead generation': null, 'lead gen': null, 'leads generation': null,
};

/** Role families: words vote for a family with a weight (3 decisive, 2 strong, 1 weak). */
type Vote = readonly [RoleFamily, number];

export const FAMILY_PHRASES: Readonly<Record<string, Vote>> = {
  // sales
  'business development': ['sales', 3], 'account executive': ['sales', 3], 'account manager': ['sales', 3],
  'account management': ['sales', 3], 'key account': ['sales', 3], 'account director': ['sales', 3],
  'sales engineer': ['sales', 3], 'solutions engineer': ['sales', 3], 'solution engineer': ['sales', 3],
  'solutions consultant': ['sales', 3], 'solution consultant': ['sales', 3], 'pre sales': ['sales', 3],
  'revenue operations': ['sales', 3], 'sales operations': ['sales', 3], 'inside sales': ['sales', 3],
  'export sales': ['sales', 3], 'desarrollo de negocios': ['sales', 3], 'desenvolvimento de negocios': ['sales', 3],
  'developpement commercial': ['sales', 3], 'chief revenue': ['sales', 3], 'chief commercial': ['sales', 3],
  // RevOps and go-to-market operations run the sales machine (Apollo and LinkedIn file them under sales).
  'rev operations': ['sales', 3], 'gtm operations': ['sales', 3], 'go to market operations': ['sales', 3],
  'new business': ['sales', 3],
  // marketing
  'product marketing': ['marketing', 3], 'marketing operations': ['marketing', 3], 'social media': ['marketing', 3],
  'demand generation': ['marketing', 3], 'demand gen': ['marketing', 3], 'lead generation': ['marketing', 3],
  'lead gen': ['marketing', 3], 'public relations': ['marketing', 3], 'market research': ['marketing', 3],
  'growth hacker': ['marketing', 3], 'brand ambassador': ['marketing', 3], 'content strategist': ['marketing', 3],
  'search engine': ['marketing', 3], 'public affairs': ['marketing', 3], 'media buyer': ['marketing', 3],
  'media planner': ['marketing', 3], 'copy writer': ['marketing', 3], 'chief marketing': ['marketing', 3], 'chief growth': ['marketing', 3],
  // product
  'product manager': ['product', 3], 'product management': ['product', 3], 'product owner': ['product', 3],
  'product designer': ['product', 3], 'product design': ['product', 3], 'user experience': ['product', 3],
  'user interface': ['product', 2], 'chief product': ['product', 3],
  // engineering
  'research and development': ['engineering', 3], 'r d': ['engineering', 3], 'site reliability': ['engineering', 3],
  'quality assurance': ['engineering', 2], 'full stack': ['engineering', 3], 'front end': ['engineering', 3],
  'back end': ['engineering', 3], 'chief technology': ['engineering', 3], 'chief technical': ['engineering', 3],
  'member of technical staff': ['engineering', 3],
  // data & IT
  'information technology': ['data_it', 3], 'business intelligence': ['data_it', 3], 'machine learning': ['data_it', 3],
  'deep learning': ['data_it', 3], 'computer vision': ['data_it', 3], 'big data': ['data_it', 3],
  'data scientist': ['data_it', 3], 'data science': ['data_it', 3], 'data engineer': ['data_it', 3],
  'it support': ['data_it', 3], 'desktop support': ['data_it', 3], 'it operations': ['data_it', 3],
  'security operations': ['data_it', 3], 'data operations': ['data_it', 3], 'chief information': ['data_it', 3],
  'chief data': ['data_it', 3], 'chief security': ['data_it', 3], 'business analyst': ['data_it', 2],
  'artificial intelligence': ['data_it', 3], 'red team': ['data_it', 3], 'blue team': ['data_it', 3],
  'product security': ['data_it', 3], 'application security': ['data_it', 3], 'penetration tester': ['data_it', 3],
  // HR & people
  'human resources': ['hr_people', 3], 'human resource': ['hr_people', 3], 'talent acquisition': ['hr_people', 3],
  'people operations': ['hr_people', 3], 'head hunter': ['hr_people', 3], 'total rewards': ['hr_people', 3],
  'learning and development': ['hr_people', 3], 'l d': ['hr_people', 3], 'recursos humanos': ['hr_people', 3],
  'ressources humaines': ['hr_people', 3], 'risorse umane': ['hr_people', 3], 'chief people': ['hr_people', 3],
  'chief human': ['hr_people', 3], 'industrial relations': ['hr_people', 3],
  'professional development': ['hr_people', 3], 'hr business partner': ['hr_people', 3],
  // finance & legal
  'accounts payable': ['finance_legal', 3], 'accounts receivable': ['finance_legal', 3],
  'general counsel': ['finance_legal', 3], 'fp a': ['finance_legal', 3], 'investor relations': ['finance_legal', 3],
  'chief financial': ['finance_legal', 3], 'chief legal': ['finance_legal', 3], 'chief accounting': ['finance_legal', 3],
  'chief risk': ['finance_legal', 3], 'chief compliance': ['finance_legal', 3],
  'foreign exchange': ['finance_legal', 3], 'stock broker': ['finance_legal', 3], 'middle office': ['finance_legal', 3],
  'book keeping': ['finance_legal', 3], 'm a': ['finance_legal', 3], 'capital markets': ['finance_legal', 3],
  // operations & supply chain
  'supply chain': ['operations_supply_chain', 3], 'business operations': ['operations_supply_chain', 3],
  'office manager': ['operations_supply_chain', 3], 'executive assistant': ['operations_supply_chain', 2],
  'chief operating': ['operations_supply_chain', 3], 'chief operations': ['operations_supply_chain', 3],
  'import export': ['operations_supply_chain', 3], 'trade compliance': ['operations_supply_chain', 3],
  // customer success & support
  'customer success': ['customer_success_support', 3], 'customer service': ['customer_success_support', 3],
  'customer support': ['customer_success_support', 3], 'customer care': ['customer_success_support', 3],
  'customer experience': ['customer_success_support', 3], 'client services': ['customer_success_support', 3],
  'client success': ['customer_success_support', 3], 'technical support': ['customer_success_support', 3],
  'technical account manager': ['customer_success_support', 3], 'call center': ['customer_success_support', 3],
  'call centre': ['customer_success_support', 3], 'contact center': ['customer_success_support', 3],
  'contact centre': ['customer_success_support', 3], 'help desk': ['customer_success_support', 2],
  'service desk': ['customer_success_support', 2], 'after sales': ['customer_success_support', 3],
  'customer operations': ['customer_success_support', 3], 'chief customer': ['customer_success_support', 3],
  'atencion al cliente': ['customer_success_support', 3], 'service client': ['customer_success_support', 3],
  'servicio al cliente': ['customer_success_support', 3], 'sucesso do cliente': ['customer_success_support', 3],
};

export const FAMILY_WORDS: Readonly<Record<string, Vote>> = {
  // sales
  sales: ['sales', 2], sale: ['sales', 2], seller: ['sales', 3], salesperson: ['sales', 3], salesman: ['sales', 3],
  saleswoman: ['sales', 3], revenue: ['sales', 2], revops: ['sales', 3], salesops: ['sales', 3], presales: ['sales', 3], telemarketer: ['sales', 2],
  telesales: ['sales', 2], closer: ['sales', 2], vendas: ['sales', 2], venda: ['sales', 2], ventas: ['sales', 2],
  venta: ['sales', 2], vendite: ['sales', 2], vendita: ['sales', 2], ventes: ['sales', 2], vente: ['sales', 2],
  verkauf: ['sales', 2], vertrieb: ['sales', 2], comercial: ['sales', 2], commercial: ['sales', 2],
  commerciale: ['sales', 2], comerciales: ['sales', 2], comerciais: ['sales', 2], vendedor: ['sales', 3],
  vendedora: ['sales', 3], vendeur: ['sales', 3], vendeuse: ['sales', 3], verkaufer: ['sales', 3],
  verkauferin: ['sales', 3], venditore: ['sales', 3], venditrice: ['sales', 3], territory: ['sales', 2], negocios: ['sales', 2],
  affaires: ['sales', 2], kam: ['sales', 2], account: ['sales', 1], representative: ['sales', 1],
  partnerships: ['sales', 1], partnership: ['sales', 1], alliances: ['sales', 1], channel: ['sales', 1],
  shop: ['sales', 1], store: ['sales', 1], retail: ['sales', 1], cashier: ['sales', 1], broker: ['sales', 1],
  ecommerce: ['sales', 1], commerce: ['sales', 1], auctioneer: ['sales', 2],
  // marketing
  marketing: ['marketing', 2], marketer: ['marketing', 3], marketeer: ['marketing', 3], press: ['marketing', 2],
  publicity: ['marketing', 2], spokesperson: ['marketing', 2], market: ['marketing', 2], growth: ['marketing', 2], brand: ['marketing', 2],
  branding: ['marketing', 2], content: ['marketing', 1], seo: ['marketing', 2], sem: ['marketing', 2],
  ppc: ['marketing', 2], pr: ['marketing', 2], communications: ['marketing', 2], communication: ['marketing', 2],
  comms: ['marketing', 2], campaign: ['marketing', 2], campaigns: ['marketing', 2], events: ['marketing', 1],
  event: ['marketing', 1], copywriter: ['marketing', 3], copywriting: ['marketing', 3], publicist: ['marketing', 3],
  creative: ['marketing', 2], advertising: ['marketing', 2],
  promotion: ['marketing', 2], promotions: ['marketing', 2], influencer: ['marketing', 2], media: ['marketing', 1],
  social: ['marketing', 1], digital: ['marketing', 1], demand: ['marketing', 2], community: ['marketing', 1],
  merchandising: ['marketing', 1], merchandiser: ['marketing', 1], crm: ['marketing', 1], acquisition: ['marketing', 1],
  mercadeo: ['marketing', 2], mercadotecnia: ['marketing', 2], publicidad: ['marketing', 2],
  publicidade: ['marketing', 2], publicite: ['marketing', 2], werbung: ['marketing', 2],
  comunicacion: ['marketing', 2], comunicacao: ['marketing', 2], comunicazione: ['marketing', 2],
  kommunikation: ['marketing', 2], telemarketing: ['sales', 2],
  // product
  product: ['product', 2], products: ['product', 1], producto: ['product', 2], produto: ['product', 2],
  produit: ['product', 2], prodotto: ['product', 2], produkt: ['product', 2], ux: ['product', 2], ui: ['product', 2],
  designer: ['product', 1], design: ['product', 1], pm: ['product', 2],
  // engineering
  engineer: ['engineering', 1.5], engineers: ['engineering', 1.5], engineering: ['engineering', 2],
  ingeniero: ['engineering', 1.5], ingeniera: ['engineering', 1.5], engenheiro: ['engineering', 1.5],
  engenheira: ['engineering', 1.5], ingenieur: ['engineering', 1.5], ingenieurin: ['engineering', 1.5],
  ingegnere: ['engineering', 1.5], ingenieria: ['engineering', 2], engenharia: ['engineering', 2],
  ingegneria: ['engineering', 2], developer: ['engineering', 3], developers: ['engineering', 3],
  development: ['engineering', 1], desarrollador: ['engineering', 3], desarrolladora: ['engineering', 3],
  desenvolvedor: ['engineering', 3], desenvolvedora: ['engineering', 3], developpeur: ['engineering', 3],
  developpeuse: ['engineering', 3], entwickler: ['engineering', 3], entwicklerin: ['engineering', 3],
  sviluppatore: ['engineering', 3], programmer: ['engineering', 3], programador: ['engineering', 3],
  programadora: ['engineering', 3], programmeur: ['engineering', 3], programmierer: ['engineering', 3],
  coder: ['engineering', 3], software: ['engineering', 2], frontend: ['engineering', 2],
  backend: ['engineering', 2], fullstack: ['engineering', 2], devops: ['engineering', 2], sre: ['engineering', 2],
  architect: ['engineering', 1], tester: ['engineering', 2], qa: ['engineering', 2], testing: ['engineering', 1],
  test: ['engineering', 1], hardware: ['engineering', 2], firmware: ['engineering', 2], embedded: ['engineering', 2],
  mechanical: ['engineering', 1], electrical: ['engineering', 1], electronics: ['engineering', 1],
  civil: ['engineering', 1], mobile: ['engineering', 1], ios: ['engineering', 2], android: ['engineering', 2],
  web: ['engineering', 1], java: ['engineering', 2], python: ['engineering', 2], javascript: ['engineering', 2],
  typescript: ['engineering', 2], golang: ['engineering', 2], ruby: ['engineering', 2], php: ['engineering', 2],
  react: ['engineering', 2], dotnet: ['engineering', 2], 'c++': ['engineering', 2], 'c#': ['engineering', 2],
  technology: ['engineering', 1], tech: ['engineering', 1], technical: ['engineering', 1],
  platform: ['engineering', 1], robotics: ['engineering', 1], scrum: ['engineering', 1], cto: ['engineering', 3],
  // data & IT
  data: ['data_it', 2], analytics: ['data_it', 2], analyst: ['data_it', 1], analysts: ['data_it', 1],
  analista: ['data_it', 1], analyste: ['data_it', 1], bi: ['data_it', 2], statistician: ['data_it', 3],
  statistics: ['data_it', 2], statistical: ['data_it', 2], it: ['data_it', 2], ict: ['data_it', 2], ti: ['data_it', 2],
  informatica: ['data_it', 2], informatique: ['data_it', 2], informatik: ['data_it', 2],
  informatiker: ['data_it', 2], sistemas: ['data_it', 2], systems: ['data_it', 1], system: ['data_it', 1],
  administrator: ['data_it', 1], dba: ['data_it', 2], database: ['data_it', 2], network: ['data_it', 2], networks: ['data_it', 2],
  security: ['data_it', 2], cybersecurity: ['data_it', 2], cyber: ['data_it', 2], infosec: ['data_it', 2],
  soc: ['data_it', 2], siem: ['data_it', 2], penetration: ['data_it', 2], pentester: ['data_it', 2],
  threat: ['data_it', 2], vulnerability: ['data_it', 2], malware: ['data_it', 2], forensic: ['data_it', 2], forensics: ['data_it', 2], hacker: ['data_it', 2],
  iam: ['data_it', 2], devsecops: ['data_it', 2], secops: ['data_it', 2], incident: ['data_it', 2],
  osint: ['data_it', 2], bioinformatician: ['data_it', 2], bioinformatics: ['data_it', 2], cio: ['data_it', 3], ciso: ['data_it', 3], cdo: ['data_it', 3], scientist: ['data_it', 1],
  ai: ['data_it', 2], nlp: ['data_it', 2], mlops: ['data_it', 2], dataops: ['data_it', 2], etl: ['data_it', 2],
  cloud: ['data_it', 2], infrastructure: ['data_it', 1], quantitative: ['data_it', 1], insights: ['data_it', 1],
  insight: ['data_it', 1], reporting: ['data_it', 1], datos: ['data_it', 2], dados: ['data_it', 2],
  donnees: ['data_it', 2], daten: ['data_it', 2], dati: ['data_it', 2], ictsecurity: ['data_it', 2],
  // HR & people
  hr: ['hr_people', 2], people: ['hr_people', 2], talent: ['hr_people', 2], recruiter: ['hr_people', 3],
  recruiting: ['hr_people', 2], recruitment: ['hr_people', 2], recruit: ['hr_people', 2], sourcer: ['hr_people', 2],
  headhunter: ['hr_people', 2], personnel: ['hr_people', 2], payroll: ['hr_people', 2], benefits: ['hr_people', 1],
  compensation: ['hr_people', 1], training: ['hr_people', 1], trainer: ['hr_people', 1], culture: ['hr_people', 1],
  employee: ['hr_people', 1], diversity: ['hr_people', 2], inclusion: ['hr_people', 2],
  equality: ['hr_people', 2], coach: ['hr_people', 1], staffing: ['hr_people', 2], outplacement: ['hr_people', 2], rrhh: ['hr_people', 2], rh: ['hr_people', 2], reclutador: ['hr_people', 2],
  reclutadora: ['hr_people', 2], recrutador: ['hr_people', 2], recrutadora: ['hr_people', 2],
  recruteur: ['hr_people', 2], recruteuse: ['hr_people', 2], career: ['hr_people', 1], careers: ['hr_people', 1],
  employment: ['hr_people', 1], placement: ['hr_people', 1], labour: ['hr_people', 1], labor: ['hr_people', 1],
  workforce: ['hr_people', 1], personalabteilung: ['hr_people', 2],
  // finance & legal
  finance: ['finance_legal', 2], financial: ['finance_legal', 2], financiero: ['finance_legal', 2],
  financiera: ['finance_legal', 2], financeiro: ['finance_legal', 2], financeira: ['finance_legal', 2],
  finanzas: ['finance_legal', 2], financas: ['finance_legal', 2], finances: ['finance_legal', 2],
  finanza: ['finance_legal', 2], finanziario: ['finance_legal', 2], finanzen: ['finance_legal', 2],
  financier: ['finance_legal', 2], accounting: ['finance_legal', 2], accountant: ['finance_legal', 3],
  contador: ['finance_legal', 2], contadora: ['finance_legal', 2], contable: ['finance_legal', 2],
  contabil: ['finance_legal', 2], contabilidade: ['finance_legal', 2], contabilidad: ['finance_legal', 2],
  comptable: ['finance_legal', 2], comptabilite: ['finance_legal', 2], buchhalter: ['finance_legal', 2],
  buchhalterin: ['finance_legal', 2], buchhaltung: ['finance_legal', 2], contabile: ['finance_legal', 2],
  bookkeeper: ['finance_legal', 3], bookkeeping: ['finance_legal', 2], controller: ['finance_legal', 2],
  controlling: ['finance_legal', 2], comptroller: ['finance_legal', 2], treasury: ['finance_legal', 2],
  treasurer: ['finance_legal', 2], tesorero: ['finance_legal', 2], tesoureiro: ['finance_legal', 2],
  tax: ['finance_legal', 2], fiscal: ['finance_legal', 2], audit: ['finance_legal', 2], auditor: ['finance_legal', 2],
  cfo: ['finance_legal', 3], investment: ['finance_legal', 1], investor: ['finance_legal', 1],
  credit: ['finance_legal', 1], loan: ['finance_legal', 1], loans: ['finance_legal', 1],
  underwriter: ['finance_legal', 2], actuary: ['finance_legal', 2], actuarial: ['finance_legal', 2],
  risk: ['finance_legal', 1], legal: ['finance_legal', 2], lawyer: ['finance_legal', 3],
  attorney: ['finance_legal', 3], counsel: ['finance_legal', 2], paralegal: ['finance_legal', 3],
  solicitor: ['finance_legal', 3], barrister: ['finance_legal', 3], notary: ['finance_legal', 2],
  abogado: ['finance_legal', 2], abogada: ['finance_legal', 2], advogado: ['finance_legal', 2],
  advogada: ['finance_legal', 2], avocat: ['finance_legal', 2], avocate: ['finance_legal', 2],
  anwalt: ['finance_legal', 2], anwaltin: ['finance_legal', 2], rechtsanwalt: ['finance_legal', 2],
  rechtsanwaltin: ['finance_legal', 2], avvocato: ['finance_legal', 2], juridico: ['finance_legal', 2],
  juridica: ['finance_legal', 2], juridique: ['finance_legal', 2], jurist: ['finance_legal', 2],
  juriste: ['finance_legal', 2], compliance: ['finance_legal', 2], contracts: ['finance_legal', 1],
  contract: ['finance_legal', 1], billing: ['finance_legal', 1], payable: ['finance_legal', 2],
  receivable: ['finance_legal', 2], banker: ['finance_legal', 2], grc: ['finance_legal', 2],
  governance: ['finance_legal', 1], regulatory: ['finance_legal', 1], privacy: ['finance_legal', 1],
  clo: ['finance_legal', 3], trader: ['finance_legal', 2], budget: ['finance_legal', 2], valuation: ['finance_legal', 2],
  valuator: ['finance_legal', 2], appraiser: ['finance_legal', 2], claims: ['finance_legal', 1],
  securities: ['finance_legal', 2], mortgage: ['finance_legal', 2], mergers: ['finance_legal', 2],
  acquisitions: ['finance_legal', 1], portfolio: ['finance_legal', 2], wealth: ['finance_legal', 2],
  fund: ['finance_legal', 2], asset: ['finance_legal', 2], stockbroker: ['finance_legal', 3], forex: ['finance_legal', 2],
  dividend: ['finance_legal', 2], bankruptcy: ['finance_legal', 2], insolvency: ['finance_legal', 2],
  fraud: ['finance_legal', 1], cost: ['finance_legal', 1], grants: ['finance_legal', 1], derivatives: ['finance_legal', 2],
  economic: ['finance_legal', 1], prosecutor: ['finance_legal', 2], collections: ['finance_legal', 1],
  cobranza: ['finance_legal', 2], cobranca: ['finance_legal', 2], bank: ['finance_legal', 1],
  banking: ['finance_legal', 1], economist: ['finance_legal', 1], legislation: ['finance_legal', 1],
  // operations & supply chain
  operations: ['operations_supply_chain', 2], operation: ['operations_supply_chain', 2],
  operational: ['operations_supply_chain', 1], operating: ['operations_supply_chain', 2],
  operaciones: ['operations_supply_chain', 2], operacoes: ['operations_supply_chain', 2],
  operacional: ['operations_supply_chain', 1], coo: ['operations_supply_chain', 3],
  supply: ['operations_supply_chain', 1], logistics: ['operations_supply_chain', 2],
  logistica: ['operations_supply_chain', 2], logistique: ['operations_supply_chain', 2],
  logistik: ['operations_supply_chain', 2], procurement: ['operations_supply_chain', 2],
  purchasing: ['operations_supply_chain', 2], purchase: ['operations_supply_chain', 1],
  buyer: ['operations_supply_chain', 2], compras: ['operations_supply_chain', 2],
  comprador: ['operations_supply_chain', 2], compradora: ['operations_supply_chain', 2],
  achats: ['operations_supply_chain', 2], acheteur: ['operations_supply_chain', 2],
  einkauf: ['operations_supply_chain', 2], einkaufer: ['operations_supply_chain', 2],
  acquisti: ['operations_supply_chain', 2], sourcing: ['operations_supply_chain', 1],
  warehouse: ['operations_supply_chain', 2], inventory: ['operations_supply_chain', 2],
  fulfillment: ['operations_supply_chain', 2], fulfilment: ['operations_supply_chain', 2],
  shipping: ['operations_supply_chain', 2], transport: ['operations_supply_chain', 2],
  transportation: ['operations_supply_chain', 2], fleet: ['operations_supply_chain', 2],
  dispatcher: ['operations_supply_chain', 2], dispatch: ['operations_supply_chain', 1],
  facilities: ['operations_supply_chain', 2], facility: ['operations_supply_chain', 2],
  office: ['operations_supply_chain', 1], administration: ['operations_supply_chain', 1],
  administrative: ['operations_supply_chain', 1], administrativo: ['operations_supply_chain', 1],
  administrativa: ['operations_supply_chain', 1], project: ['operations_supply_chain', 1],
  projects: ['operations_supply_chain', 1], program: ['operations_supply_chain', 1],
  programme: ['operations_supply_chain', 1], proyecto: ['operations_supply_chain', 1],
  proyectos: ['operations_supply_chain', 1], projeto: ['operations_supply_chain', 1],
  projetos: ['operations_supply_chain', 1], projet: ['operations_supply_chain', 1],
  progetto: ['operations_supply_chain', 1], projekt: ['operations_supply_chain', 1],
  planner: ['operations_supply_chain', 1], planning: ['operations_supply_chain', 1],
  production: ['operations_supply_chain', 1], produccion: ['operations_supply_chain', 1],
  producao: ['operations_supply_chain', 1], produktion: ['operations_supply_chain', 1],
  manufacturing: ['operations_supply_chain', 1], plant: ['operations_supply_chain', 1],
  quality: ['operations_supply_chain', 1], calidad: ['operations_supply_chain', 1],
  qualidade: ['operations_supply_chain', 1], qualite: ['operations_supply_chain', 1],
  secretary: ['operations_supply_chain', 1], secretaria: ['operations_supply_chain', 1],
  secretario: ['operations_supply_chain', 1], secretaire: ['operations_supply_chain', 1],
  receptionist: ['operations_supply_chain', 1], recepcionista: ['operations_supply_chain', 1],
  clerk: ['operations_supply_chain', 1], stock: ['operations_supply_chain', 1],
  almacen: ['operations_supply_chain', 2], armazem: ['operations_supply_chain', 2],
  abastecimiento: ['operations_supply_chain', 2], suprimentos: ['operations_supply_chain', 2],
  materials: ['operations_supply_chain', 1], maintenance: ['operations_supply_chain', 1],
  safety: ['operations_supply_chain', 1], ehs: ['operations_supply_chain', 1], hse: ['operations_supply_chain', 1],
  distribution: ['operations_supply_chain', 2], import: ['operations_supply_chain', 2],
  export: ['operations_supply_chain', 2], customs: ['operations_supply_chain', 2],
  // customer success & support
  customer: ['customer_success_support', 1], customers: ['customer_success_support', 1],
  client: ['customer_success_support', 1], clients: ['customer_success_support', 1],
  support: ['customer_success_support', 2], service: ['customer_success_support', 1],
  services: ['customer_success_support', 1], implementation: ['customer_success_support', 2],
  onboarding: ['customer_success_support', 1], success: ['customer_success_support', 1],
  care: ['customer_success_support', 1], helpdesk: ['customer_success_support', 2],
  aftersales: ['customer_success_support', 2], renewals: ['customer_success_support', 1],
  retention: ['customer_success_support', 1], chat: ['customer_success_support', 2],
  concierge: ['customer_success_support', 1], complaints: ['customer_success_support', 2],
  complaint: ['customer_success_support', 2], atencion: ['customer_success_support', 2],
  atendimento: ['customer_success_support', 2], sucesso: ['customer_success_support', 2],
  kundenservice: ['customer_success_support', 2], kundenbetreuer: ['customer_success_support', 2],
  kundendienst: ['customer_success_support', 2], kundenberater: ['customer_success_support', 2],
};

/**
 * German compounds (`Vertriebsleiter`, `Personalreferentin`): a token unknown
 * to the tables is split into a known prefix (family) and a known suffix
 * (seniority). Checked only for tokens of 8+ letters.
 */
export const COMPOUND_PREFIXES: ReadonlyArray<readonly [string, RoleFamily]> = [
  ['vertrieb', 'sales'], ['verkauf', 'sales'], ['marketing', 'marketing'], ['personal', 'hr_people'],
  ['finanz', 'finance_legal'], ['buchhalt', 'finance_legal'], ['steuer', 'finance_legal'], ['rechts', 'finance_legal'],
  ['einkauf', 'operations_supply_chain'], ['logistik', 'operations_supply_chain'], ['lager', 'operations_supply_chain'],
  ['produktion', 'operations_supply_chain'], ['betrieb', 'operations_supply_chain'],
  ['projekt', 'operations_supply_chain'], ['qualitat', 'operations_supply_chain'],
  ['kunden', 'customer_success_support'], ['service', 'customer_success_support'],
  ['software', 'engineering'], ['entwicklung', 'engineering'], ['daten', 'data_it'], ['informatik', 'data_it'],
  ['produkt', 'product'],
];

/** Suffix → level; a suffix listed with a family also votes for it. Longest suffix first. */
export const COMPOUND_SUFFIXES: ReadonlyArray<readonly [string, Level, RoleFamily | null]> = [
  ['geschaftsfuhrerin', 0, null], ['geschaftsfuhrer', 0, null], ['sachbearbeiterin', 4, null],
  ['sachbearbeiter', 4, null], ['mitarbeiterin', 4, null], ['mitarbeiter', 4, null], ['entwicklerin', 4, 'engineering'],
  ['entwickler', 4, 'engineering'], ['ingenieurin', 4, 'engineering'], ['ingenieur', 4, 'engineering'],
  ['referentin', 4, null], ['referent', 4, null], ['beraterin', 4, null], ['berater', 4, null],
  ['assistentin', 4, null], ['assistent', 4, null], ['managerin', 3, null], ['manager', 3, null],
  ['direktorin', 2, null], ['direktor', 2, null], ['leiterin', 2, null], ['leiter', 2, null], ['leitung', 2, null],
];

/** Compound prefixes that make a `…leiter` a team-level manager, not a department head. */
export const TEAM_LEVEL_PREFIXES: readonly string[] = ['team', 'gruppen', 'projekt', 'schicht', 'filial'];
