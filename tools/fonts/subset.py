#!/usr/bin/python3
"""Makes the site's text face from Charis SIL (SIL Open Font License 1.1): theme/assets/fonts/*.woff2.

Why a subset: the article page's font budget is 60 KB. Charis SIL's full faces are 200+ KB each; cut to the
Latin letters this collection's languages need (Latin-1, Latin Extended-A for "Shinzō", punctuation) and,
in separate files the browser fetches only for pages that use them, Cyrillic, each face is 8-17 KB as WOFF2.

Why the new name: subsetting makes a Modified Version under the OFL, which may not use the Reserved Font
Names "Charis" and "SIL" (OFL-FAQ 2.6), so the family is renamed "Reader Serif". Copyright and licence stay.

Run from the repository root after `apt-get install python3-fonttools python3-brotli fonts-sil-charis`:
    /usr/bin/python3 tools/fonts/subset.py
The output is committed; the build only copies it. The unicode ranges below are also the @font-face
unicode-range values in theme/assets/site.css: change both together.
"""
import os
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/charis/CharisSIL-{}.ttf"
TARGET = "theme/assets/fonts"
FAMILY = "Reader Serif"
RANGES = {
    "latin": "U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6,U+02DA,U+02DC,"
             "U+2000-200B,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+2122,U+2190-2193,U+2212,U+FEFF",
    "cyrillic": "U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
}
STYLES = {"Regular": "regular", "Italic": "italic", "Bold": "bold"}


def unicodes(ranges):
    for part in ranges.split(","):
        first, _, last = part[2:].partition("-")
        yield from range(int(first, 16), int(last or first, 16) + 1)


def rename(font, style):
    # Every name a browser or an OS could show: family, subfamily, full, PostScript, typographic family.
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    names = {1: FAMILY, 2: style, 3: f"{full}; subset of Charis SIL 6.101", 4: full,
             6: full.replace(" ", "-"), 16: FAMILY, 17: style}
    name = font["name"]
    for record in list(name.names):
        if record.nameID in names or record.nameID in (18, 21, 22):
            name.removeNames(nameID=record.nameID)
    for nameId, value in names.items():
        name.setName(value, nameId, 3, 1, 0x409)


def main():
    os.makedirs(TARGET, exist_ok=True)
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern", "liga", "ccmp", "locl", "mark", "mkmk"]
    options.drop_tables += ["Silf", "Silt", "Glat", "Gloc", "Feat", "Sill"]
    for style, suffix in STYLES.items():
        for script, ranges in RANGES.items():
            font = TTFont(SOURCE.format(style), recalcTimestamp=False)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=list(unicodes(ranges)))
            subsetter.subset(font)
            rename(font, style)
            font.flavor = "woff2"
            path = os.path.join(TARGET, f"reader-serif-{script}-{suffix}.woff2")
            font.save(path)
            print(f"{path}: {os.path.getsize(path):,} bytes")


if __name__ == "__main__":
    main()
