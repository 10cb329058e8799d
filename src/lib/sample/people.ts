/**
 * Obviously fake people at fictional institutions. Person k always has the same name,
 * e-mail and affiliation, so the same person looks the same in every edition.
 */
import { DEFAULT_AREAS } from "../config/taxonomy.ts";
import type { Rng } from "./prng.ts";
import type { Area, Person } from "./types.ts";

const GIVEN = [
  "Ada", "Alan", "Grace", "Linus", "Barbara", "Edsger", "Frances", "Ken", "Radia", "Leslie", "Margaret", "Dennis",
  "Kristen", "Niklaus", "Shafi", "Tim", "Sophie", "Yuki", "Wei", "Priya", "Arjun", "Fatima", "Omar", "Inês",
  "Mateo", "Lucía", "Kwame", "Amara", "Chidi", "Nadia", "Sven", "Astrid", "Hiro", "Mei", "Jin", "Soo-ah",
  "Tomás", "Elena", "Dmitri", "Olga", "Ravi", "Anjali", "Zara", "Leila", "Jonas", "Mila", "Noor", "Kai",
  "Aiko", "Lars", "Freya", "Diego", "Camila", "Thabo", "Zanele", "Minh", "Thảo", "Hana", "Yusuf", "Selin",
  "Emre", "Ana", "João", "Chiara", "Marco", "Ingrid", "Pieter", "Femke", "Aoife", "Cian", "Ji-woo", "Bao",
  "Søren", "Zoë", "Łucja", "Jean-Luc", "Marie-Claire", "Rafael", "Nkechi", "Tariq", "Ilse", "Bruno", "Keiko", "Farah",
];

const FAMILY = [
  "Testperson", "Sampleton", "Placeholder", "Mockwell", "Fakeworth", "Dummington", "Exampleby", "Fixture", "Stubbs", "Nullman",
  "Voidsen", "Lorem", "Ipsumova", "Dolorsit", "Mockova", "Testova", "Beispielmann", "Exemplo", "Ejemplar", "Esempio",
  "Exempelsson", "Voorbeeld", "Primerov", "Reidai", "Shili", "Yesi", "Udaharan", "Mithal", "Mfano", "Esimerkki",
  "Példás", "Przykładowa", "Örnekoğlu", "Příkladová", "O'Testa", "Van der Sample", "Musterfrau", "Mustermann", "Doe-Example", "Specimen",
  "Prototypa", "Dryrun", "Sandbox", "Stagington", "Mockingham", "Fauxley", "Pretendo", "Shamwell", "Ersatz", "Standin",
  "Proxyman", "Decoyne", "Surrogate", "Facsimile", "Replicant", "Simulacra", "Templeton-Test", "Boilerplate", "Scaffold", "Harness",
];

interface Institution {
  name: string;
  country: string;
  domain: string;
  company: boolean;
}

const uni = (name: string, country: string, slug: string): Institution => ({ name, country, domain: `${slug}.example.org`, company: false });
const com = (name: string, country: string, slug: string): Institution => ({ name, country, domain: `${slug}.example.com`, company: true });

export const INSTITUTIONS: readonly Institution[] = [
  uni("Example University", "US", "exampleu"), uni("Placeholder Institute of Technology", "US", "pit"),
  uni("Testville State University", "US", "testville"), uni("University of Sampleton", "GB", "sampleton"),
  uni("Lorem Ipsum College", "CA", "loremipsum"), uni("Beispiel-Universität Musterstadt", "DE", "uni-musterstadt"),
  uni("Université d'Exempleville", "FR", "exempleville"), uni("Politecnico di Esempio", "IT", "polies"),
  uni("Universidad de Ejemplo", "ES", "uejemplo"), uni("Exempel Tekniska Högskola", "SE", "exempeltek"),
  uni("Voorbeeld University of Technology", "NL", "voorbeeld"), uni("Musterberg Polytechnic", "CH", "musterberg"),
  uni("Reidai Institute of Science and Technology", "JP", "reidai"), uni("Shili University", "CN", "shili"),
  uni("Yesi National University", "KR", "yesi"), uni("Udaharan Institute of Technology", "IN", "udaharan"),
  uni("Mfano University", "KE", "mfano"), uni("Universidade Federal de Exemplo", "BR", "ufex"),
  uni("Przykład University of Technology", "PL", "przyklad"), uni("Esimerkki University", "FI", "esimerkki"),
  uni("Sampleford University", "AU", "sampleford"), uni("Dugma Institute of Technology", "IL", "dugma"),
  uni("Contoh Institute", "SG", "contoh"),
  com("Contoso Cloud", "US", "contoso"), com("Fabrikam Systems", "DE", "fabrikam"), com("Northwind Data, Inc.", "US", "northwind"),
  com("Tailspin Networks", "CA", "tailspin"), com("Adatum Research", "GB", "adatum"), com("Woodgrove Compute", "US", "woodgrove"),
  com("Litware Labs", "IL", "litware"), com("Proseware Databases", "US", "proseware"), com("Wingtip Silicon", "TW", "wingtip"),
  com("Lucerne Analytics", "CH", "lucerne"), com("Coho Storage", "US", "coho"), com("Trey Research", "US", "trey"),
  com("Relecloud", "IE", "relecloud"), com("Initech Cloud", "IN", "initech"), com("Globex Networks", "JP", "globex"),
  com("Acme Hyperscale", "US", "acme"), com("Blue Yonder Streaming", "SE", "blueyonder"),
];

/** ASCII local part of an e-mail address: "Łucja O'Testa" -> "lucja.otesta". */
function emailLocal(given: string, family: string): string {
  const ascii = (s: string) =>
    s.replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9-]/g, "");
  return `${ascii(given)}.${ascii(family)}`;
}

const NAME_COMBOS = GIVEN.length * FAMILY.length;
/** Coprime with NAME_COMBOS, so k -> (k * STRIDE) mod NAME_COMBOS visits every name once. */
const STRIDE = 1031;

/** The k-th person of a population: deterministic in k alone, unique names up to ~5,000 people. */
export function personAt(k: number, institution: Institution, r: Rng): Person {
  const combo = (k * STRIDE + 17) % NAME_COMBOS;
  const round = Math.floor(k / NAME_COMBOS);
  const given = GIVEN[combo % GIVEN.length];
  const family = FAMILY[Math.floor(combo / GIVEN.length)];
  const areas = r.sample(DEFAULT_AREAS, r.int(2, 3)) as Area[];
  return {
    given,
    family,
    email: `${emailLocal(given, family)}${round > 0 ? round + 1 : ""}@${institution.domain}`,
    affiliation: institution.name,
    country: institution.country,
    expertise: areas,
    lateness: Math.min(1, Math.max(0, r.normal(0.3, 0.2))),
    leniency: r.normal(0, 0.35),
  };
}

const COMPANIES = INSTITUTIONS.filter((i) => i.company);
const UNIVERSITIES = INSTITUTIONS.filter((i) => !i.company);
const AUTHOR_COUNTS = [1, 2, 3, 4, 5, 6];
const AUTHOR_COUNT_WEIGHTS = [8, 20, 27, 22, 14, 9];

/** Everyone who may author or review, grouped by institution. */
export class Population {
  readonly people: Person[] = [];
  readonly byInstitution = new Map<string, Person[]>();

  constructor(r: Rng, size: number) {
    for (let k = 0; k < size; k++) {
      const inst = INSTITUTIONS[k % INSTITUTIONS.length];
      const p = personAt(k, inst, r);
      this.people.push(p);
      const list = this.byInstitution.get(inst.name) ?? [];
      list.push(p);
      this.byInstitution.set(inst.name, list);
    }
  }

  /** 1-6 authors, mostly from one institution, sometimes with collaborators elsewhere. */
  authorsFor(r: Rng, company: boolean): Person[] {
    const n = r.weighted(AUTHOR_COUNTS, AUTHOR_COUNT_WEIGHTS);
    const home = r.pick(company ? COMPANIES : UNIVERSITIES);
    let away = r.pick(INSTITUTIONS);
    while (away === home) away = r.pick(INSTITUTIONS);
    const fromHome = r.chance(0.35) && n > 1 ? n - r.int(1, Math.min(2, n - 1)) : n;
    const pick = (inst: Institution, k: number) => r.sample(this.byInstitution.get(inst.name) ?? [], k);
    return [...pick(home, fromHome), ...pick(away, n - fromHome)];
  }
}

/** "Ada Testperson" as HotCRP's reviewername column writes it. */
export function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}

/** "J.-L. Testperson": HotCRP's initialised author form. */
export function initialisedName(p: Person): string {
  const initials = p.given
    .split(" ")
    .map((w) => w.split("-").map((part) => `${part[0]}.`).join("-"))
    .join(" ");
  return `${initials} ${p.family}`;
}
