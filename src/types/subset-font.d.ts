// subset-font ships no type declarations; this is the call Mentorkit makes.
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt'; dropTables?: string[]; noHinting?: boolean }): Promise<Uint8Array>;
}
