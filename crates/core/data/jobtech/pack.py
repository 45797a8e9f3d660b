#!/usr/bin/env python3
"""Packs the substitutability relations and the SSYK group names of the
JobTech extract (SOURCE.md) into the compact forms Etapp embeds.

Usage: python3 pack.py EXTRACT_DIR
  EXTRACT_DIR holds the extract's substitutability.json and ssyk_groups.json;
  occupations.json is the one beside this script (its order numbers the
  occupations in substitutability.bin). Standard library only.

substitutability.bin, little-endian:
  bytes 0-3   b"ESUB"
  byte  4     layout version, 1
  bytes 5-6   u16 number of occupations in occupations.json
  bytes 7-10  u32 FNV-1a (32-bit) of the occupations' ids, in file order,
              each followed by b"\\n": a list changed without packing
              again is noticed
  bytes 11-12 u16 number of edges
  then 4 bytes per edge, sorted by (from, to):
    u16 from   the occupation's place in occupations.json (0-based)
    u16 to     likewise; the top bit set when the percent is 75, clear
               when it is 25 (the only two values in the source)

ssyk_groups.json: the SSYK 2012 major groups (1 digit) and unit groups
(4 digits), each as {"code", "label_sv"}; the definitions, ISCO codes and
the two middle levels are left out.
"""
import json
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1])


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


occupations = json.loads((HERE / "occupations.json").read_text(encoding="utf-8"))
place = {o["id"]: i for i, o in enumerate(occupations)}
edges = json.loads((SRC / "substitutability.json").read_text(encoding="utf-8"))
packed = sorted((place[e["from"]], place[e["to"]], e["percent"]) for e in edges)
assert len(place) < 0x8000 and all(p in (25, 75) for _, _, p in packed)
assert len({(a, b) for a, b, _ in packed}) == len(packed), "an edge twice"

ids = b"".join(o["id"].encode("utf-8") + b"\n" for o in occupations)
out = bytearray(b"ESUB")
out += struct.pack("<BHIH", 1, len(occupations), fnv1a(ids), len(packed))
for a, b, p in packed:
    out += struct.pack("<HH", a, b | (0x8000 if p == 75 else 0))
(HERE / "substitutability.bin").write_bytes(bytes(out))

groups = json.loads((SRC / "ssyk_groups.json").read_text(encoding="utf-8"))
kept = [{"code": g["code"], "label_sv": g["label_sv"]} for g in groups if g["level"] in (1, 4)]
(HERE / "ssyk_groups.json").write_text(
    json.dumps(kept, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
print(f"substitutability.bin: {len(out)} bytes, {len(packed)} edges;",
      f"ssyk_groups.json: {len(kept)} groups")
