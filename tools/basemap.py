#!/usr/bin/env python3
"""Writes public/data/basemap.json: the schematic base map of the Huaihe belt.

Source: GSHHG 2.3.7 (shorelines) and WDBII (rivers, canals) as shipped with the Generic Mapping
Tools, Debian packages `gmt` and `gmt-gshhg-low`, exported with `gmt coast`. GSHHG is released
under the GNU LGPL v3 (https://www.soest.hawaii.edu/pwessel/gshhg/), which allows
redistribution; WDBII is a public-domain dataset of the US government. No administrative
boundaries are included: a map of China with boundary lines needs an approval number (审图号).
A zone with an approved base map can replace this file (same format).

usage: tools/basemap.py [OUT]   (needs `apt-get install gmt gmt-gshhg-low`; not part of the build)
"""
import json
import subprocess
import sys

# West to Sanyuan (Shaanxi), east past the Yellow Sea coast, south to the Yangtze, north past
# the Yellow River.
WEST, EAST, SOUTH, NORTH = 108.3, 122.6, 30.6, 37.0
REGION = f"-R{WEST}/{EAST}/{SOUTH}/{NORTH}"


def coast(*args):
    out = subprocess.run(
        ["gmt", "coast", REGION, "-Dl", "-M", *args], capture_output=True, text=True, check=True
    ).stdout
    lines, cur = [], []
    for row in out.splitlines():
        if row.startswith(">"):
            if len(cur) > 1:
                lines.append(cur)
            cur = []
        else:
            lon, lat = (float(v) for v in row.split()[:2])
            point = [round(lon, 2), round(lat, 2)]
            if not cur or cur[-1] != point:
                cur.append(point)
    if len(cur) > 1:
        lines.append(cur)
    return lines


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "public/data/basemap.json"
    data = {
        "source": "GSHHG 2.3.7 shorelines and WDBII rivers and canals (Generic Mapping Tools), "
        "low resolution, exported by tools/basemap.py",
        "licence": "GSHHG: GNU LGPL v3; WDBII: public domain",
        "schematic": True,
        "bbox": [WEST, SOUTH, EAST, NORTH],
        # Level 1 shorelines only (the sea coast); lakes of 100 km² and more.
        "coast": coast("-W", "-A0/1/1"),
        "lakes": coast("-W", "-A100/2/2"),
        # Permanent and additional major rivers; major canals (the Grand Canal).
        "rivers": coast("-I1", "-I2"),
        "canals": coast("-I8"),
        # Label positions, placed by hand on the drawn lines (names, not boundaries).
        "labels": [
            {"kind": "river", "lon": 115.3, "lat": 32.62, "zh": "淮河", "en": "Huai River"},
            {"kind": "canal", "lon": 116.2, "lat": 34.75, "zh": "京杭大运河", "en": "Grand Canal"},
            {"kind": "river", "lon": 117.6, "lat": 30.85, "zh": "长江", "en": "Yangtze"},
            {"kind": "river", "lon": 114.6, "lat": 35.45, "zh": "黄河", "en": "Yellow River"},
            {"kind": "sea", "lon": 121.5, "lat": 34.3, "zh": "黄海", "en": "Yellow Sea"},
            {"kind": "lake", "lon": 118.6, "lat": 33.2, "zh": "洪泽湖", "en": "Hongze Lake"},
            {"kind": "province", "lon": 118.5, "lat": 34.55, "zh": "江苏", "en": "Jiangsu"},
            {"kind": "province", "lon": 117.0, "lat": 32.2, "zh": "安徽", "en": "Anhui"},
            {"kind": "province", "lon": 117.6, "lat": 36.1, "zh": "山东", "en": "Shandong"},
            {"kind": "province", "lon": 113.6, "lat": 34.2, "zh": "河南", "en": "Henan"},
            {"kind": "province", "lon": 112.6, "lat": 31.2, "zh": "湖北", "en": "Hubei"},
            {"kind": "province", "lon": 109.3, "lat": 35.3, "zh": "陕西", "en": "Shaanxi"},
        ],
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(out, {k: len(v) for k, v in data.items() if isinstance(v, list)})


if __name__ == "__main__":
    main()
