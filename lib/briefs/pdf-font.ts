import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

const FONT_DIR = path.join(process.cwd(), "node_modules", "pretendard", "dist", "public", "static", "alternative");

type Glyph = fontkit.Glyph;
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };

/**
 * Pretendard (TrueType, from the `pretendard` npm package) for pdfkit, laid out without OpenType
 * shaping: each character is its glyph from the character map, at its own advance. A brief's text
 * is Hangul syllables, Latin letters, digits and punctuation, none of which needs shaping to read
 * right (only kerning and ligatures are lost), while shaping costs ≈ 0.3 ms a word, which a
 * year's brief turns into seconds of a blocked server. Read once per process.
 */
function openUnshaped(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(path.join(FONT_DIR, file))) as fontkit.Font;
  const unshaped: fontkit.Font = Object.create(font);
  Object.defineProperty(unshaped, "layout", {
    value: (text: string) => {
      const glyphs: Glyph[] = font.glyphsForString(text);
      const positions: Position[] = glyphs.map((glyph) => ({
        xAdvance: glyph.advanceWidth,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
      }));
      // pdfkit scales the positions in place, then reads the width: a getter, like fontkit's GlyphRun.
      return {
        glyphs,
        positions,
        get advanceWidth() {
          return positions.reduce((width, position) => width + position.xAdvance, 0);
        },
      };
    },
  });
  return unshaped;
}

let fonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;

export function briefFonts() {
  fonts ??= { regular: openUnshaped("Pretendard-Regular.ttf"), bold: openUnshaped("Pretendard-Bold.ttf") };
  return fonts;
}
