//! What the generator knows about each zone beyond zones.json: the city's telephone area code,
//! its port and waterway (from the reference river notes), which project kinds are plausible
//! there (from the river and low-altitude notes), a typical industrial land price and distances.

use shared::model::Industry;
use shared::model::ProjectKind::{self, *};
use shared::model::Zone;

pub struct Profile {
    pub id: &'static str,
    /// Real telephone area code of the city (sample numbers after it start with 0).
    pub area_code: &'static str,
    /// Short city name used in titles: (zh, en).
    pub city: (&'static str, &'static str),
    /// Inland or sea port the zone would ship through, when it is on a navigable waterway.
    pub port: Option<(&'static str, &'static str)>,
    pub waterway: Option<(&'static str, &'static str)>,
    /// Project kinds that fit the zone, most characteristic first.
    pub kinds: &'static [ProjectKind],
    /// The city or province actively pushes the low-altitude economy.
    pub air_push: bool,
    /// Typical industrial land price, 万元 per 亩.
    pub land_price: f64,
    pub port_km: Option<(f64, f64)>,
    pub airport_km: Option<(f64, f64)>,
    pub rail_km: (f64, f64),
}

impl Profile {
    pub fn river(&self) -> bool {
        self.waterway.is_some()
    }
}

macro_rules! profile {
    ($id:literal, $code:literal, $czh:literal / $cen:literal, port $port:expr, way $way:expr,
     kinds $kinds:expr, air $air:literal, price $price:literal, port_km $pk:expr,
     airport_km $ak:expr, rail_km $rk:expr) => {
        Profile {
            id: $id,
            area_code: $code,
            city: ($czh, $cen),
            port: $port,
            waterway: $way,
            kinds: $kinds,
            air_push: $air,
            land_price: $price,
            port_km: $pk,
            airport_km: $ak,
            rail_km: $rk,
        }
    };
}

const GRAND_CANAL: Option<(&str, &str)> = Some(("京杭运河", "Grand Canal"));

pub static PROFILES: &[Profile] = &[
    profile!("yancheng", "0515", "盐城" / "Yancheng",
        port Some(("盐城港", "Yancheng Port")),
        way Some(("淮河入海水道", "Huaihe Entry-to-Sea Channel")),
        kinds &[Shipbuilding, WaterwayLogistics], air false, price 22.0,
        port_km Some((10.0, 25.0)), airport_km Some((10.0, 20.0)), rail_km (5.0, 15.0)),
    profile!("xuzhou", "0516", "徐州" / "Xuzhou",
        port Some(("徐州港", "Xuzhou Port")), way GRAND_CANAL,
        kinds &[PortTerminal, LowAltitudeServices, WaterwayLogistics, Drones], air true, price 25.0,
        port_km Some((15.0, 35.0)), airport_km Some((40.0, 50.0)), rail_km (8.0, 18.0)),
    profile!("lianyungang", "0518", "连云港" / "Lianyungang",
        port Some(("连云港港", "Lianyungang Port")),
        way Some(("宿连航道", "Suqian–Lianyungang Channel")),
        kinds &[WaterwayLogistics, DroneLogistics, Shipping, Airport], air true, price 22.0,
        port_km Some((20.0, 35.0)), airport_km Some((30.0, 40.0)), rail_km (5.0, 15.0)),
    profile!("huaian", "0517", "淮安" / "Huai'an",
        port Some(("淮安新港", "Huai'an New Port")), way GRAND_CANAL,
        kinds &[PortTerminal, LowAltitudeServices, WaterwayLogistics], air false, price 20.0,
        port_km Some((10.0, 20.0)), airport_km Some((25.0, 35.0)), rail_km (6.0, 15.0)),
    profile!("taizhou", "0523", "泰州" / "Taizhou",
        port None, way None,
        kinds &[DroneLogistics, LowAltitudeServices], air false, price 28.0,
        port_km Some((5.0, 15.0)), airport_km Some((30.0, 40.0)), rail_km (8.0, 18.0)),
    profile!("suqian", "0527", "宿迁" / "Suqian",
        port Some(("运河宿迁港", "Suqian Canal Port")), way GRAND_CANAL,
        kinds &[PortTerminal, Shipping], air false, price 18.0,
        port_km Some((8.0, 18.0)), airport_km None, rail_km (5.0, 12.0)),
    profile!("yangzhou", "0514", "扬州" / "Yangzhou",
        port None, way None,
        kinds &[Drones, Airport], air false, price 30.0,
        port_km Some((15.0, 25.0)), airport_km Some((30.0, 40.0)), rail_km (5.0, 12.0)),
    profile!("bengbu", "0552", "蚌埠" / "Bengbu",
        port Some(("蚌埠港", "Bengbu Port")), way Some(("淮河干流", "Huaihe main stem")),
        kinds &[PortTerminal, LowAltitudeServices, Shipping, WaterServices, WaterwayLogistics],
        air true, price 18.0,
        port_km Some((8.0, 18.0)), airport_km None, rail_km (4.0, 12.0)),
    profile!("chuzhou", "0550", "滁州" / "Chuzhou",
        port None, way None,
        kinds &[Evtol, Drones, Airport], air true, price 20.0,
        port_km None, airport_km Some((65.0, 80.0)), rail_km (4.0, 12.0)),
    profile!("huainan", "0554", "淮南" / "Huainan",
        port Some(("淮南港", "Huainan Port")), way Some(("江淮运河", "Yangtze–Huaihe Canal")),
        kinds &[WaterServices, LowAltitudeServices, PortTerminal], air true, price 15.0,
        port_km Some((15.0, 30.0)), airport_km Some((70.0, 85.0)), rail_km (5.0, 15.0)),
    profile!("pingdingshan", "0375", "平顶山" / "Pingdingshan",
        port Some(("平顶山港", "Pingdingshan Port")), way Some(("沙颍河", "Shaying River")),
        kinds &[PortTerminal, Airport, WaterwayLogistics], air true, price 12.0,
        port_km Some((15.0, 30.0)), airport_km None, rail_km (5.0, 15.0)),
    profile!("xinyang", "0376", "信阳" / "Xinyang",
        port Some(("淮滨中心港区", "Huaibin Central Port Area")), way Some(("淮河", "Huaihe")),
        kinds &[PortTerminal, Shipping], air false, price 10.0,
        port_km Some((120.0, 140.0)), airport_km Some((30.0, 40.0)), rail_km (5.0, 15.0)),
    profile!("nanyang", "0377", "南阳" / "Nanyang",
        port None, way None,
        kinds &[Airport, Drones], air true, price 12.0,
        port_km None, airport_km Some((10.0, 20.0)), rail_km (5.0, 12.0)),
    profile!("jining", "0537", "济宁" / "Jining",
        port Some(("济宁港", "Jining Port")), way GRAND_CANAL,
        kinds &[Shipping, Shipbuilding, WaterServices, PortTerminal], air false, price 20.0,
        port_km Some((10.0, 25.0)), airport_km Some((30.0, 40.0)), rail_km (5.0, 15.0)),
    profile!("zaozhuang", "0632", "枣庄" / "Zaozhuang",
        port Some(("枣庄港", "Zaozhuang Port")), way GRAND_CANAL,
        kinds &[Drones, PortTerminal, DroneLogistics, WaterwayLogistics], air true, price 15.0,
        port_km Some((15.0, 30.0)), airport_km None, rail_km (3.0, 10.0)),
    profile!("linyi", "0539", "临沂" / "Linyi",
        port None, way None,
        kinds &[DroneLogistics, Airport, LowAltitudeServices], air true, price 18.0,
        port_km None, airport_km Some((10.0, 20.0)), rail_km (6.0, 15.0)),
    profile!("suizhou", "0722", "随州" / "Suizhou",
        port None, way None,
        kinds &[LowAltitudeServices, Airport, Drones], air true, price 10.0,
        port_km None, airport_km None, rail_km (5.0, 12.0)),
    profile!("sanyuan", "029", "三原" / "Sanyuan",
        port None, way None,
        kinds &[Drones, Evtol], air false, price 12.0,
        port_km None, airport_km Some((25.0, 35.0)), rail_km (8.0, 20.0)),
];

/// The profile of a zone id; every zone in zones.json must have one.
pub fn profile(id: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.id == id)
}

/// The sectors a zone's sample listings are drawn from: its own, or where the sources that
/// named them were found unfit (2026-12 clean-up: Chuzhou's industries and Zaozhuang's 新医药
/// are no longer shown as the zone's facts) the themes the sample was first drawn with, so that
/// the illustrative listings stay as they were. They are not claims about the zone.
pub fn sample_sectors(zone: &Zone) -> Vec<Industry> {
    use Industry::*;
    match zone.id.as_str() {
        "chuzhou" => vec![NewMaterials, NewEnergy, Equipment],
        "zaozhuang" => vec![NewEnergy, Biomedicine],
        _ => zone.sectors.clone(),
    }
}
