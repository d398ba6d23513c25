//! The home page's strings and its map's.

crate::strings! {
    pub struct Home {
        home_title: "淮河沿线高新区的投资机会，一处可查"
            | "Investment opportunities of the Huaihe high-tech zones, in one place",
        home_lead: "场景开放需求、内河与低空项目、园区用地和优惠政策，双语呈现，可分享，可嵌入。"
            | "Open application scenarios, inland-river and low-altitude projects, land and incentives — bilingual, shareable, embeddable.",
        map_title: "淮河生态经济带示意图"
            | "Schematic map of the Huaihe belt",
        map_hint: "圆点大小表示所选图层的开放机会数量；放大后可供地块以方块显示。点击园区或地块查看详情，点击数字放大。可拖动地图，或用方向键移动。"
            | "Dots are sized by the open opportunities in the chosen layers; zoomed in, available parcels show as squares. Select a zone or a parcel to open it, a number to zoom in. Drag the map, or move it with the arrow keys.",
        parcels_here: "块可供地块"
            | "available parcels",
        map_keys: "地图视图：放大后可用方向键移动，+ 与 − 键缩放"
            | "Map view: zoomed in, the arrow keys move it; + and − zoom",
        map_scale: "比例尺"
            | "Scale",
        km: "公里"
            | "km",
        cluster_zoom: "放大以分开查看"
            | "zoom in to tell them apart",
        zones_here: "个高新区"
            | "zones",
        map_as_table: "以表格查看"
            | "Show as a table",
        map_layers: "图层"
            | "Layers",
        zoom_in: "放大地图"
            | "Zoom in",
        zoom_out: "缩小地图"
            | "Zoom out",
        map_no_data: "数据包中没有高新区，地图无从绘制。"
            | "The data pack holds no zones, so there is nothing to map.",
        basemap_failed: "底图无法加载，下表仍列出各高新区："
            | "The base map could not be loaded; the zones are listed below:",
        map_source: "底图"
            | "Base map",
        map_schematic: "示意图，不含行政区界线"
            | "schematic, without administrative boundaries",
    }
}
