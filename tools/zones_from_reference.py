#!/usr/bin/env python3
"""Reshapes the researched zone facts (shared/reference/zones.json, outside this repo) into
public/data/zones.json. Run once when the reference changes; the output is committed.

Only the classification `sectors` (mapping each zone's own industry wording onto the app's
controlled vocabulary) and the short names are added here; every other value comes from the
reference, and unknown facts (null) stay out. Citations keep the reference's publisher, date and
kind of address; suspicious addresses never appear, and a fact no kept source supports is left
out. The reference's working notes (`curation_notes`) are never copied.

    python3 tools/zones_from_reference.py ../shared/reference/zones.json > public/data/zones.json
"""
import json
import sys

VERIFIED = "2026-12-01"  # date the reference facts and their sources were last checked

SECTORS = {
    "yancheng": ["electronics", "equipment", "new_energy"],
    "xuzhou": ["safety", "equipment"],
    "lianyungang": ["equipment", "biomedicine", "electronics", "new_materials"],
    "huaian": ["electronics", "equipment", "vehicles"],
    "taizhou": ["biomedicine"],
    "suqian": ["equipment", "green_food", "new_materials"],
    "yangzhou": ["equipment", "biomedicine", "electronics"],
    "bengbu": ["new_materials", "electronics", "equipment"],
    "chuzhou": [],  # no source left names its industries
    "huainan": ["digital", "vehicles", "electronics", "equipment", "biomedicine"],
    "pingdingshan": ["equipment", "chemicals", "new_materials"],
    "xinyang": ["electronics", "equipment", "new_materials"],
    "nanyang": ["electronics", "equipment"],
    "jining": ["equipment", "biomedicine", "new_materials", "new_energy", "electronics"],
    "zaozhuang": ["new_energy"],
    "linyi": ["electronics", "biomedicine", "equipment"],
    "suizhou": ["vehicles", "safety", "electronics", "green_food", "chemicals", "new_energy"],
    "sanyuan": ["green_food", "equipment", "biomedicine"],
}

SHORT_EN = {"taizhou": "Taizhou Medical HTZ", "sanyuan": "Sanyuan HTZ"}
SHORT_ZH = {"taizhou": "泰州医药高新区", "sanyuan": "三原高新区"}
PROVINCES = {"Jiangsu", "Anhui", "Shandong", "Henan", "Hubei", "Shaanxi"}


KIND = {"official": "official", "news": "news", "repost": "copy", "suspicious": "none", "none": "none"}
# The facts a zone page shows that a source can support; `name_en` is the English name.
SHOWN = ("name_en", "national_since", "industries", "river_notes", "low_altitude_notes", "key_figures")


def link(url):
    return url if url and url.startswith(("http://", "https://")) else None


def text(zh, en):
    assert zh and en, (zh, en)
    return {"zh": zh, "en": en}


def name(zh, en):
    """A publisher's name: some (a website, a WeChat account) are known in Chinese only."""
    assert zh, en
    return {"zh": zh, "en": en} if en else {"zh": zh}


def source(s):
    """A citation as an official would read it: publisher, date, headline, and an address only
    where the page is the publisher's own or a news outlet's (a copy's address is marked so)."""
    kind = KIND[s["url_kind"]]
    url = {"official": s["url"], "news": s["url"], "copy": s["copy_url"], "none": None}[kind]
    out = {"title": s["title"], "headline": bool(s["title_verbatim"]), "kind": kind}
    if s.get("publisher_note"):
        # A publisher the text does not name, described with its date ("新闻报道……，2025年11月").
        out["publisher"] = text(s["publisher_note"]["zh"], s["publisher_note"]["en"])
    elif s["publisher"]:
        out["publisher"] = name(s["publisher"], s["publisher_en"])
        if s["date"]:
            out["published"] = s["date"]
    if s["number"]:
        out["number"] = s["number"]
    if link(url):
        out["url"] = link(url)
    if s["copy_date"] and not s["date"] and kind == "copy":
        out["copied"] = s["copy_date"]
    out["supports"] = list(s["supports"])
    return out


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
        "coord_basis": "county" if guest else {"city_seat": "city"}[z["coord_basis"]],
        "industries": [{"zh": a, "en": b} for a, b in zip(z["industries_zh"] or [], z["industries_en"] or [])],
        "sectors": SECTORS[zid],
        "confidence": {
            "name_en": conf["name_en"] or "low",
            "location": conf["lat_lon"] or "low",
            "industries": conf["industries"] or "low",  # read only where industries are shown
        },
        "verified": VERIFIED,
    }
    if z.get("national_since") and conf.get("national_since"):
        out["national_since"] = z["national_since"]
    for key in ("river_notes", "low_altitude_notes", "key_figures"):
        if z.get(key):
            out[key] = text(z[key]["zh"], z[key]["en"])
    if z.get("website") and link(z["website"]["url"]):
        out["website"] = z["website"]["url"]
        out["confidence"]["website"] = z["website"]["confidence"]
    # A fact is shown only while a kept source supports it, and a source names only facts the
    # page shows (the reference dropped unfit citations; whatever rested on them alone goes too).
    sources = [source(s) for s in z["sources"]]
    shown = {"name_en"} | {k for k in SHOWN if out.get(k)}
    for s in sources:
        s["supports"] = [f for f in s["supports"] if f in shown]
    supported = {f for s in sources for f in s["supports"]}
    for key in ("national_since", "river_notes", "low_altitude_notes", "key_figures"):
        if key in out and key not in supported:
            print(f"{zid}: {key} dropped, no source left supports it", file=sys.stderr)
            del out[key]
        elif key in out and conf.get(key):
            out["confidence"][key] = conf[key]
    assert not out["industries"] or "industries" in supported, zid
    assert bool(out["industries"]) == bool(out["sectors"]), zid
    out["sources"] = [s for s in sources if s["supports"]]
    return out


def main():
    zones = json.load(open(sys.argv[1], encoding="utf-8"))
    json.dump([zone(z) for z in zones], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
