/** Made-up system names for research and benchmark papers, one per paper within an edition run. */
import type { Rng } from "./prng.ts";

const NAMES = [
  "Halyard", "Sextant", "Lodestar", "Bowline", "Quill", "Marten", "Osprey", "Kestrel", "Heron", "Petrel", "Plover", "Wren",
  "Gannet", "Ibis", "Egret", "Puffin", "Merlin", "Harrier", "Shrike", "Vireo", "Dunlin", "Curlew", "Godwit", "Avocet",
  "Basalt", "Gneiss", "Schist", "Feldspar", "Mica", "Obsidian", "Pumice", "Jasper", "Onyx", "Garnet", "Beryl", "Zircon",
  "Spinel", "Alder", "Rowan", "Hazel", "Linden", "Larch", "Juniper", "Sorrel", "Yarrow", "Tansy", "Bramble", "Thistle",
  "Cinder", "Ember", "Flint", "Tinder", "Lantern", "Beacon", "Compass", "Astrolabe", "Tiller", "Rudder", "Keelson", "Capstan",
  "Windlass", "Gimbal", "Trellis", "Lattice", "Sluice", "Weir", "Culvert", "Aqueduct", "Cistern", "Spillway", "Fathom", "Sounding",
  "Tessera", "Mosaic", "Fresco", "Gesso", "Umber", "Sienna", "Ochre", "Cobalt", "Vermilion", "Indigo", "Saffron", "Madder",
  "Quokka", "Pangolin", "Tapir", "Okapi", "Axolotl", "Numbat", "Dugong", "Narwhal", "Ocelot", "Caracal", "Serval", "Margay",
  "Meridian", "Solstice", "Equinox", "Perihelion", "Zenith", "Nadir", "Apogee", "Parallax", "Aurora", "Nimbus", "Cirrus", "Stratus",
  "Bellwether", "Lamplighter", "Tidewater", "Driftwood", "Sandpiper", "Kittiwake", "Shearwater", "Fulmar", "Skua", "Guillemot", "Razorbill", "Bittern",
  "Moraine", "Drumlin", "Esker", "Cirque", "Tarn", "Fjord", "Scree", "Talus", "Caldera", "Mesa", "Butte", "Arroyo",
  "Carrack", "Caravel", "Pinnace", "Ketch", "Yawl", "Sloop", "Cutter", "Schooner", "Brigantine", "Dhow", "Junk", "Coracle",
];

/** Hands out names without repeats; after the list runs out, names get a version suffix. */
export class SystemNamer {
  private readonly order: string[];
  private next = 0;

  constructor(rng: Rng) {
    this.order = rng.shuffle(NAMES);
  }

  take(): string {
    const i = this.next++;
    const round = Math.floor(i / this.order.length);
    const name = this.order[i % this.order.length];
    return round === 0 ? name : `${name}-${round + 1}`;
  }
}
