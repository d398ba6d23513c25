#!/usr/bin/env python3
"""Reshapes the researched zone facts (shared/reference/zones.json, outside this repo) into
public/data/zones.json. Run once when the reference changes; the output is committed.

Only the classification `sectors` (mapping each zone's own industry wording onto the app's
controlled vocabulary) and the short names are added here; every other value comes from the
reference, and unknown facts (null) stay out.

    python3 tools/zones_from_reference.py ../shared/reference/zones.json > public/data/zones.json
"""
import json
import sys

VERIFIED = "2026-11-27"  # date the reference facts were gathered and checked

SECTORS = {
    "yancheng": ["electronics", "equipment", "new_energy"],
    "xuzhou": ["safety", "equipment"],
    "lianyungang": ["equipment", "biomedicine", "electronics", "new_materials"],
    "huaian": ["electronics", "equipment", "vehicles"],
    "taizhou": ["biomedicine"],
    "suqian": ["equipment", "green_food", "new_materials"],
    "yangzhou": ["equipment", "biomedicine", "electronics"],
    "bengbu": ["new_materials", "electronics", "equipment"],
    "chuzhou": ["new_materials", "new_energy", "equipment"],
    "huainan": ["digital", "vehicles", "electronics", "equipment", "biomedicine"],
    "pingdingshan": ["equipment", "chemicals", "new_materials"],
    "xinyang": ["electronics", "equipment", "new_materials"],
    "nanyang": ["electronics", "equipment"],
    "jining": ["equipment", "biomedicine", "new_materials", "new_energy", "electronics"],
    "zaozhuang": ["new_energy", "biomedicine"],
    "linyi": ["electronics", "biomedicine", "equipment"],
    "suizhou": ["vehicles", "safety", "electronics", "green_food", "chemicals", "new_energy"],
    "sanyuan": ["green_food", "equipment", "biomedicine"],
}

SHORT_EN = {"taizhou": "Taizhou Medical HTZ", "sanyuan": "Sanyuan HTZ"}
SHORT_ZH = {"taizhou": "泰州医药高新区", "sanyuan": "三原高新区"}
PROVINCES = {"Jiangsu", "Anhui", "Shandong", "Henan", "Hubei", "Shaanxi"}


def link(url):
    return url if url.startswith(("http://", "https://")) else None


def zone(z):
    zid = z["id"]
    guest = zid == "sanyuan"
    assert z["province_en"] in PROVINCES, z["province_en"]
    city_en = z["city_en"]
    short_en = SHORT_EN.get(zid, city_en.split(" (")[0] + " HTZ")
    conf = z["confidence"]
    out = {
        "id": zid,
        "name": {"zh": z["name_zh"], "en": z["name_en"]},
        "short_name": {
            "zh": SHORT_ZH.get(zid, z["name_zh"].replace("高新技术产业开发区", "高新区")),
            "en": short_en,
        },
        "membership": "guest" if guest else "member",
        "level": "provincial" if guest else "national",
        "province": z["province_en"].lower(),
        "city": {"zh": z["city_zh"], "en": city_en},
        "lat": z["lat"],
        "lon": z["lon"],
        "coord_basis": "county" if guest else z["coord_basis"],
        "industries": [{"zh": a, "en": b} for a, b in zip(z["industries_zh"], z["industries_en"])],
        "sectors": SECTORS[zid],
        "confidence": {
            "name_en": conf["name_en"] or "low",
            "location": conf["lat_lon"] or "low",
            "industries": conf["industries"] or "low",
        },
        "verified": VERIFIED,
        "sources": [
            {k: v for k, v in (("title", s["title"]), ("url", link(s["url"])), ("supports", s.get("supports", []))) if v is not None}
            for s in z["sources"]
        ],
    }
    if z.get("national_since") and conf.get("national_since"):
        out["national_since"] = z["national_since"]
    # The research notes on river and low-altitude activity are in English only; the app shows
    # them in Chinese pages marked as untranslated until a zone supplies its own wording.
    for key in ("river_notes", "low_altitude_notes"):
        if z.get(key):
            out[key] = {"zh": "", "en": z[key]}
    return out


def main():
    zones = json.load(open(sys.argv[1], encoding="utf-8"))
    json.dump([zone(z) for z in zones], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
