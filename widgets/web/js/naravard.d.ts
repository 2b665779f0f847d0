// Type declarations for the Nära vård widget kit (naravard-widgets).
//
// Importing the package (`import 'naravard-widgets'`) defines <naravard-malbild>,
// <naravard-kontakt> and <naravard-fardplan>; it exports nothing. Every setting is an HTML
// attribute (strings, as in HTML; the elements have no matching JS properties); the types
// below give `document.createElement`, `querySelector`, `setAttribute` and `addEventListener`
// the right names and event details.
// The same widgets also mount on <div data-naravard="malbild|kontakt|fardplan"> placeholders,
// with every attribute prefixed by `data-`.

export {};

/** The bundled regions; a custom data file (`src`) may add others. */
/** The widget names, as in `naravard-<name>` and `data-naravard="<name>"`. */
export declare const KINDS: readonly ['malbild', 'kontakt', 'fardplan'];
/** Every attribute the elements observe (with a `data-` prefix on placeholders). */
export declare const ATTRIBUTES: readonly string[];

export type NaravardRegion = 'vasternorrland' | 'jamtland-harjedalen' | 'vastra-gotaland' | (string & {});
/** `sv`, `en`, or another language tag whose texts a data file gives (`fi`, `sma`, `fit`, …). */
export type NaravardLang = 'sv' | 'en' | (string & {});
export type NaravardTheme = 'light' | 'dark' | 'auto';
export type NaravardHeadingLevel = '1' | '2' | '3' | '4' | '5' | '6';

/** Attributes every widget understands. */
export interface NaravardCommonAttributes {
  /** Required. The region's id. */
  region: NaravardRegion;
  /** `sv` or `en`, or another tag whose texts a data file gives; without it the widget
   * follows the page's `lang`, else Swedish. */
  lang?: NaravardLang;
  /** `lattlast`: easy-to-read Swedish (standard English with `lang="en"`). */
  variant?: 'lattlast';
  /** Level of the widget's top heading, `1`–`6` (default `2`). */
  'heading-level'?: NaravardHeadingLevel;
  /** URL (http/https) of a custom data file, see docs/data-format.md. */
  src?: string;
  /** `light` (default), `dark` or `auto`. */
  theme?: NaravardTheme;
  /** `lazy` (default): start when near the viewport; `eager`: start at once. */
  loading?: 'lazy' | 'eager';
}

export interface NaravardMalbildAttributes extends NaravardCommonAttributes {
  /** Comma list of `why`, `for-whom`, `traits`, `responsible`, `read-more`, in the order shown. */
  sections?: string;
  /** Present (or anything but `false`): every expandable part starts open. */
  expanded?: '' | 'false' | string;
}

export interface NaravardKontaktAttributes extends NaravardCommonAttributes {
  /** Preselects a municipality: id (`ornskoldsvik`), code (`2284`) or name (`Örnsköldsvik`). */
  kommun?: string;
  /** Present: the resident's choice is stored in localStorage (`naravard-kontakt:<region>`). */
  remember?: '' | string;
}

export interface NaravardFardplanAttributes extends NaravardCommonAttributes {
  /** Comma list of `national`, `regional`, `municipal`. */
  levels?: string;
  /** First year shown, four digits. */
  from?: string;
  /** Last year shown, four digits. */
  to?: string;
  /** Pins today's date, `YYYY-MM-DD`. */
  today?: string;
  /** `auto` (default), `vertical` or `horizontal`. */
  layout?: 'auto' | 'vertical' | 'horizontal';
}

/** `detail` of `naravard-select` (kontakt): the chosen municipality, or the region. */
export interface NaravardSelectDetail {
  /** Municipality code (`"2281"`), or the county code when the region is chosen. */
  code: string;
  /** Municipality name (`"Sundsvall"`), or the region's name. */
  name: string;
  kind: 'municipality' | 'region';
}

/** `detail` of `naravard-toggle` (malbild, fardplan): an expandable part opened or closed. */
export interface NaravardToggleDetail {
  /** malbild: `trait-0`, `trait-1` … or `municipalities`; fardplan: `milestone-0` … */
  id: string;
  open: boolean;
}

/** `detail` of `naravard-filter` (fardplan): the levels still shown after a filter change. */
export interface NaravardFilterDetail {
  levels: Array<'national' | 'regional' | 'municipal'>;
}

export interface NaravardEventMap {
  'naravard-select': CustomEvent<NaravardSelectDetail>;
  'naravard-toggle': CustomEvent<NaravardToggleDetail>;
  'naravard-filter': CustomEvent<NaravardFilterDetail>;
}

/** `<naravard-malbild>`: the county's shared vision for close care. */
export interface NaravardMalbildElement extends HTMLElement {
  getAttribute(name: keyof NaravardMalbildAttributes | (string & {})): string | null;
  setAttribute<K extends keyof NaravardMalbildAttributes>(name: K, value: NonNullable<NaravardMalbildAttributes[K]>): void;
  setAttribute(name: string, value: string): void;
}

/** `<naravard-kontakt>`: whom to contact, and how. Fires `naravard-select`. */
export interface NaravardKontaktElement extends HTMLElement {
  getAttribute(name: keyof NaravardKontaktAttributes | (string & {})): string | null;
  setAttribute<K extends keyof NaravardKontaktAttributes>(name: K, value: NonNullable<NaravardKontaktAttributes[K]>): void;
  setAttribute(name: string, value: string): void;
}

/** `<naravard-fardplan>`: the reform's milestones on one timeline. Fires `naravard-toggle`
 * and `naravard-filter`. */
export interface NaravardFardplanElement extends HTMLElement {
  getAttribute(name: keyof NaravardFardplanAttributes | (string & {})): string | null;
  setAttribute<K extends keyof NaravardFardplanAttributes>(name: K, value: NonNullable<NaravardFardplanAttributes[K]>): void;
  setAttribute(name: string, value: string): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'naravard-malbild': NaravardMalbildElement;
    'naravard-kontakt': NaravardKontaktElement;
    'naravard-fardplan': NaravardFardplanElement;
  }
  /** The kit's events bubble and are composed: listen on the element or any ancestor. */
  interface HTMLElementEventMap extends NaravardEventMap {}
  interface DocumentEventMap extends NaravardEventMap {}
}
