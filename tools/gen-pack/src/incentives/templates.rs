//! Incentive templates. Amounts, rates and caps are typical of zone policies but illustrative;
//! policy titles end in （示例）/(sample) and never carry a document number or link.

use super::{Inds, Scope, Tpl};
use shared::model::{IncentiveCategory, Industry, LandUse};

/// Land offers; each applies to a 40–60 亩 industrial parcel in the zone's sectors.
pub static LAND: [Tpl; 3] = [
    inc! { Land amount - rate 30 cap -
    uses [Industrial] inds Inds::Sectors, min_inv 5000 min_area 20 scope Scope::Own,
    "主导产业工业用地出让价格优惠"
    / "Discounted industrial land for leading industries"
    "对符合{z}主导产业方向、投资强度和亩均税收达到准入标准的工业项目，土地出让起始价可按不低于所在地工业用地出让最低价标准的70%确定。"
    / "For industrial projects in the leading industries of {z} that meet the entry standards for investment intensity and tax per mu, the starting price of industrial land can be set at no less than 70% of the local minimum price standard."
    policy "{z}工业用地供应与地价管理办法（示例）"
    / "{z} measures on industrial land supply and land prices (sample)" },
    inc! { Land amount 50 rate - cap -
    uses [Industrial NewIndustrial] inds Inds::Any, min_inv - min_area 30 scope Scope::Own,
    "“标准地”出让与“拿地即开工”奖励"
    / "Reward for building at once on “standard land”"
    "区内工业用地按“标准地”模式出让，事先明确投资强度、容积率和能耗等控制指标，竞得企业可同步办理施工许可。对在出让合同约定期限内开工的项目，给予一次性奖励50万元。"
    / "Industrial land in the zone is sold as “standard land”, with investment intensity, plot ratio, energy use and other targets fixed in advance, and buyers can obtain construction permits at the same time. Projects that start within the period set in the sale contract receive a one-off reward of 500,000 yuan."
    policy "{z}关于深化工业用地“标准地”改革的实施意见（示例）"
    / "{z} opinions on deepening the “standard land” reform for industrial land (sample)" },
    inc! { Land amount - rate - cap -
    uses [Industrial] inds Inds::Sectors, min_inv 5000 min_area 30 scope Scope::Own,
    "工业项目分期供地与弹性年期出让"
    / "Phased land supply and flexible lease terms for industrial projects"
    "对分期建设的重点工业项目，可按“一次规划、分期供地”方式预留发展用地。工业用地可采取先租后让、弹性年期等方式供应，降低企业一次性用地成本。"
    / "Key industrial projects built in phases can have land reserved under one master plan and supplied in stages. Industrial land can also be leased before sale or sold for flexible terms, lowering the upfront cost of land."
    policy "{z}关于推进产业用地节约集约利用的若干措施（示例）"
    / "{z} measures on the economical and intensive use of industrial land (sample)" },
];

/// Offers for new industrial projects; each applies to a 40–60 亩 industrial parcel.
pub static INDUSTRIAL: [Tpl; 2] = [
    inc! { Subsidy amount - rate 8 cap 500
    uses [Industrial NewIndustrial] inds Inds::Sectors, min_inv 5000 min_area - scope Scope::Own,
    "工业项目设备投资补助"
    / "Subsidy for equipment investment in industrial projects"
    "对新引进且当年竣工投产的工业项目，生产性设备投资额超过2,000万元的，按设备投资额的8%给予补助，单个项目最高500万元。"
    / "New industrial projects completed and in production within the year whose productive equipment investment exceeds 20 million yuan receive a subsidy of 8% of that investment, up to 5 million yuan per project."
    policy "{z}促进先进制造业高质量发展的若干政策（示例）"
    / "{z} policies to promote high-quality development of advanced manufacturing (sample)" },
    inc! { Finance amount - rate 50 cap 100
    uses [Industrial] inds Inds::Sectors, min_inv 3000 min_area - scope Scope::Own,
    "新建工业项目贷款贴息"
    / "Interest subsidy on loans for new industrial projects"
    "对区内新建工业项目获得的固定资产贷款，按贷款市场报价利率（LPR）的50%给予贴息，期限不超过三年，单个企业年度最高100万元。"
    / "Fixed-asset loans for new industrial projects in the zone receive an interest subsidy of 50% of the loan prime rate (LPR) for up to three years, capped at 1 million yuan per company per year."
    policy "{z}关于加强科技金融服务的若干措施（示例）"
    / "{z} measures to strengthen sci-tech finance (sample)" },
];

pub static POOL: [Tpl; 8] = [
    inc! { Tax amount - rate 10 cap 100
    uses [] inds Inds::Any, min_inv - min_area - scope Scope::Own,
    "研发费用加计扣除配套奖励"
    / "Top-up reward on the super deduction for R&D expenses"
    "对享受研发费用税前加计扣除政策的企业，按其当年加计扣除额的10%给予奖励，单个企业年度最高100万元。"
    / "Companies that take the pre-tax super deduction for R&D expenses receive a reward of 10% of the extra deduction for the year, up to 1 million yuan per company per year."
    policy "{z}关于鼓励企业加大研发投入的若干措施（示例）"
    / "{z} measures to encourage corporate R&D spending (sample)" },
    inc! { Rent amount - rate 50 cap 50
    uses [] inds Inds::Sectors, min_inv - min_area - scope Scope::Own,
    "标准厂房租金补贴"
    / "Rent subsidy for standard factory buildings"
    "对租用区内标准厂房的新引进制造业企业，前三年按实际租金的50%给予补贴，单个企业每年最高50万元。"
    / "Newly attracted manufacturers renting standard factory buildings in the zone receive 50% of the rent actually paid for three years, up to 500,000 yuan per company per year."
    policy "{z}标准厂房招商入驻管理办法（示例）"
    / "{z} measures on leasing standard factory buildings to investors (sample)" },
    inc! { Talent amount - rate - cap 300
    uses [] inds Inds::Sectors, min_inv - min_area - scope Scope::Own,
    "高层次人才创新创业项目资助"
    / "Funding for start-ups by high-level talent"
    "对来{z}创办企业的高层次人才团队，经评审给予最高300万元项目资助；特别优秀的团队可“一事一议”。"
    / "High-level talent teams founding companies in {z} receive project funding of up to 3 million yuan after review; exceptional teams are considered case by case."
    policy "{z}高层次人才引进实施办法（示例）"
    / "{z} measures for attracting high-level talent (sample)" },
    inc! { Finance amount - rate - cap 2000
    uses [] inds Inds::Sectors, min_inv 10000 min_area - scope Scope::Own,
    "产业引导基金股权投资"
    / "Equity from the industrial guidance fund"
    "{z}产业引导基金对符合主导产业方向的重点项目进行股权投资，单个项目投资额最高2,000万元，且不超过被投企业注册资本的20%。"
    / "The industrial guidance fund of {z} takes equity in key projects in its leading industries, up to 20 million yuan per project and no more than 20% of the investee's registered capital."
    policy "{z}产业引导基金管理办法（示例）"
    / "{z} measures for the industrial guidance fund (sample)" },
    inc! { Tax amount 20 rate - cap -
    uses [] inds Inds::Any, min_inv - min_area - scope Scope::Own,
    "高新技术企业认定奖励"
    / "Reward for recognised high-tech enterprises"
    "首次通过认定的高新技术企业，在享受15%企业所得税优惠税率的基础上，给予一次性奖励20万元；重新认定通过的给予10万元奖励。"
    / "Companies first recognised as high-tech enterprises receive, on top of the 15% preferential corporate income tax rate, a one-off reward of 200,000 yuan; those re-recognised receive 100,000 yuan."
    policy "{z}关于推动科技创新的若干政策（示例）"
    / "{z} policies to promote sci-tech innovation (sample)" },
    inc! { Rent amount - rate - cap 30
    uses [] inds Inds::Any, min_inv - min_area - scope Scope::Own,
    "科技企业孵化器场地租金减免"
    / "Rent relief in technology incubators"
    "入驻{z}科技企业孵化器的初创企业，首年租金全免，第二、三年租金减半，减免面积不超过500平方米，单个企业每年最高减免30万元。"
    / "Start-ups in the technology incubators of {z} pay no rent in the first year and half rent in the second and third years, for up to 500 m² and at most 300,000 yuan of relief per company per year."
    policy "{z}科技企业孵化器管理办法（示例）"
    / "{z} measures for technology business incubators (sample)" },
    inc! { Talent amount - rate - cap 20
    uses [] inds Inds::Any, min_inv - min_area - scope Scope::Own,
    "青年人才安居补贴"
    / "Housing subsidy for young talent"
    "对新引进到区内企业工作的全日制博士、硕士研究生，分别给予最高20万元、10万元的购房补贴，或三年租房补贴。"
    / "Full-time PhD and master's graduates newly hired by companies in the zone receive a home-purchase subsidy of up to 200,000 and 100,000 yuan respectively, or a three-year rent subsidy."
    policy "{z}青年人才安居保障办法（示例）"
    / "{z} measures on housing for young talent (sample)" },
    inc! { Finance amount - rate 40 cap 200
    uses [] inds Inds::Any, min_inv - min_area - scope Scope::Own,
    "知识产权质押融资风险补偿"
    / "Risk compensation for IP-backed loans"
    "合作银行向区内企业发放的知识产权质押贷款发生损失的，由风险补偿资金池按损失本金的40%给予补偿，单笔最高200万元。"
    / "If an IP-pledge loan from a partner bank to a company in the zone defaults, the risk compensation pool covers 40% of the principal lost, up to 2 million yuan per loan."
    policy "{z}知识产权质押融资风险补偿资金管理办法（示例）"
    / "{z} measures for the risk compensation fund for IP-backed loans (sample)" },
];

pub static FIRST_SET: Tpl = inc! { Subsidy amount - rate 10 cap 200
uses [] inds Inds::Fixed(&[Industry::Equipment, Industry::Safety, Industry::Vehicles, Industry::LowAltitude]),
min_inv - min_area - scope Scope::Own,
"首台（套）重大技术装备奖励"
/ "Award for first-of-a-kind major equipment"
"对经认定的省级及以上首台（套）重大技术装备，按产品单价的10%给予研制企业奖励。同一企业年度奖励不超过200万元。"
/ "Makers of major equipment recognised as first-of-a-kind at provincial level or above receive 10% of the unit price. Awards to one company are capped at 2 million yuan a year."
policy "{z}促进先进制造业高质量发展的若干政策（示例）"
/ "{z} policies to promote high-quality development of advanced manufacturing (sample)" };

pub static AIR_SUBSIDY: Tpl = inc! { Subsidy amount - rate - cap 200
uses [] inds Inds::Fixed(&[Industry::LowAltitude, Industry::Logistics]),
min_inv - min_area - scope Scope::Own,
"低空经济应用场景运营补贴"
/ "Operating subsidy for low-altitude applications"
"对在{z}开通常态化无人机物流、巡检等航线并连续运营满一年的企业，按实际飞行架次给予运营补贴，单个企业年度最高200万元；对首次在区内落地的低空场景示范项目另给予一次性奖励。"
/ "Companies that fly regular drone logistics, inspection or other routes in {z} for a full year receive an operating subsidy per flight flown, up to 2 million yuan per company per year; first-of-a-kind low-altitude demonstrations in the zone receive an additional one-off reward."
policy "{z}关于支持低空经济产业发展的若干政策（示例）"
/ "{z} policies supporting the low-altitude economy (sample)" };

macro_rules! river_routes {
    ($scope:expr) => {
        inc! { Subsidy amount - rate - cap 300
            uses [] inds Inds::Fixed(&[Industry::Logistics]), min_inv - min_area - scope $scope,
            "内河集装箱航线培育补贴"
            / "Start-up subsidy for inland container services"
            "对新开通并挂靠{port}的内河集装箱班轮航线，培育期内按实际完成的集装箱运量给予补贴，单条航线年度最高300万元；航线稳定运营满一年的另给予一次性奖励。"
            / "New inland container liner services calling at {port} receive a subsidy based on containers carried during the start-up period, up to 3 million yuan per service per year, and a one-off reward after a full year of stable operation."
            policy "{c}市关于支持内河航运高质量发展的若干措施（示例）"
            / "{c} City measures supporting high-quality development of inland shipping (sample)" }
    };
}

pub static RIVER_ROUTES: Tpl = river_routes!(Scope::Own);

/// Bengbu's offer also covers shippers in the zones upstream on the Huaihe system.
pub static RIVER_ROUTES_SHARED: Tpl =
    river_routes!(Scope::Zones(&["xinyang", "pingdingshan", "huainan"]));

/// The secretariat's alliance-wide offer.
pub static ALLIANCE_TRANSFER: Tpl = inc! { Talent amount - rate 5 cap 50
uses [] inds Inds::Any, min_inv - min_area - scope Scope::Alliance,
"联盟园区科技成果转化与人才柔性引进奖励"
/ "Alliance award for technology transfer and flexible talent sharing"
"淮河生态经济带高新区联盟成员园区的企业在{z}实施科技成果转化或柔性引进人才的，按技术合同成交额的5%给予奖励，单个项目最高50万元。"
/ "Companies from member zones of the Huaihe high-tech zone alliance that commercialise research or bring in talent on flexible terms in {z} receive 5% of the technology contract value, up to 500,000 yuan per project."
policy "{z}支持淮河高新区联盟协同创新的若干措施（示例）"
/ "{z} measures supporting collaborative innovation in the Huaihe high-tech zone alliance (sample)" };
