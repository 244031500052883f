package cn.gov.huaian.zjtx.matchmaking.demo;

import java.util.List;

/**
 * The evaluation set's topic table: four sub-topics per 7+3 cluster, each with the NSFC codes its
 * experts hold, the academic vocabulary experts write in, and the plant-floor vocabulary
 * enterprises write needs in. The two vocabularies overlap only in part (as real ones do), which is
 * what separates keyword from semantic retrieval.
 */
final class Topics {
  record Topic(
      String cluster,
      String name,
      List<String> codes,
      List<String> expertTerms,
      List<String> needTerms) {}

  private Topics() {}

  static final List<Topic> ALL =
      List.of(
          // 智能装备及新能源
          new Topic(
              "SMART_EQUIPMENT",
              "数控机床精度",
              List.of("E0509", "E0511"),
              List.of("数控机床", "热误差建模", "误差补偿", "主轴热变形", "几何误差辨识", "精密加工", "五轴联动"),
              List.of("机床", "加工精度", "主轴发热", "尺寸漂移", "零件超差", "数控加工中心", "精度保持")),
          new Topic(
              "SMART_EQUIPMENT",
              "工业机器人",
              List.of("E0501", "F0306"),
              List.of("工业机器人", "轨迹规划", "柔顺控制", "协作机器人", "运动学标定", "力控打磨"),
              List.of("机械臂", "自动上下料", "焊接工作站", "打磨抛光", "换人", "产线自动化")),
          new Topic(
              "SMART_EQUIPMENT",
              "光伏储能",
              List.of("E0607", "E0712"),
              List.of("光伏组件", "储能系统", "最大功率点跟踪", "光伏逆变器", "能量管理", "电化学储能"),
              List.of("太阳能", "储能柜", "发电效率", "屋顶电站", "峰谷电价", "逆变器故障")),
          new Topic(
              "SMART_EQUIPMENT",
              "设备故障诊断",
              List.of("E0503", "F0301"),
              List.of("故障诊断", "振动信号", "预测性维护", "剩余寿命预测", "轴承故障", "状态监测"),
              List.of("设备停机", "异响", "轴承损坏", "维修成本", "点检", "故障预警")),
          // 新能源汽车及零部件
          new Topic(
              "NEW_ENERGY_VEHICLE",
              "电池热管理",
              List.of("E0603", "E0506"),
              List.of("锂离子电池", "热管理", "液冷板", "热失控", "温度均衡", "传热传质"),
              List.of("电池包", "快充发热", "温差", "冷却方案", "电动汽车", "起火风险")),
          new Topic(
              "NEW_ENERGY_VEHICLE",
              "电驱动",
              List.of("E0703", "E0706"),
              List.of("永磁同步电机", "电机控制器", "电力电子", "弱磁控制", "碳化硅功率模块", "驱动电机"),
              List.of("电驱系统", "电机噪声", "续航里程", "控制器效率", "新能源汽车", "扭矩波动")),
          new Topic(
              "NEW_ENERGY_VEHICLE",
              "车身轻量化",
              List.of("E0508", "E0102"),
              List.of("轻量化", "铝合金压铸", "一体化压铸", "拓扑优化", "碰撞安全", "复合材料车身"),
              List.of("车身减重", "压铸件", "零部件减重", "汽车零部件", "开模成本", "强度不足")),
          new Topic(
              "NEW_ENERGY_VEHICLE",
              "电池管理系统",
              List.of("F0301", "E0712"),
              List.of("电池管理系统", "荷电状态估计", "健康状态估计", "卡尔曼滤波", "均衡控制", "电池建模"),
              List.of("BMS", "电量显示不准", "电池寿命", "续航", "动力电池", "电芯一致性")),
          // 纤维新材料
          new Topic(
              "FIBER_MATERIALS",
              "碳纤维复合材料",
              List.of("E0307", "E0303"),
              List.of("碳纤维", "复合材料", "界面改性", "树脂基体", "预浸料", "层合板力学"),
              List.of("碳纤维制品", "分层", "强度", "环氧树脂", "成型工艺", "复材")),
          new Topic(
              "FIBER_MATERIALS",
              "高性能纤维纺丝",
              List.of("E0303", "E0315"),
              List.of("纺丝工艺", "超高分子量聚乙烯", "芳纶", "凝胶纺丝", "纤维取向", "拉伸强度"),
              List.of("纤维断头", "纺丝线", "高强纤维", "丝束", "产品强度", "良品率")),
          new Topic(
              "FIBER_MATERIALS",
              "非织造材料",
              List.of("E0303", "B0407"),
              List.of("熔喷", "静电纺丝", "非织造", "纳米纤维膜", "过滤效率", "驻极"),
              List.of("无纺布", "口罩滤材", "过滤材料", "克重", "阻力", "产线升级")),
          new Topic(
              "FIBER_MATERIALS",
              "生物基纤维",
              List.of("E0303", "B0404"),
              List.of("聚乳酸", "生物基材料", "纤维素纤维", "可降解", "绿色纺织", "溶剂法纺丝"),
              List.of("环保面料", "可降解塑料", "PLA", "替代涤纶", "染色", "手感")),
          // 化工新材料
          new Topic(
              "CHEMICAL_MATERIALS",
              "催化剂",
              List.of("B0303", "B0604"),
              List.of("催化剂", "多相催化", "选择性加氢", "分子筛", "催化活性", "反应动力学"),
              List.of("转化率低", "副产物", "催化剂寿命", "反应釜", "收率", "原料消耗")),
          new Topic(
              "CHEMICAL_MATERIALS",
              "聚氨酯与涂料",
              List.of("E0304", "B0401"),
              List.of("聚氨酯", "水性涂料", "涂层", "固化", "耐候性", "附着力"),
              List.of("涂料", "油漆脱落", "VOC排放", "防腐", "漆膜", "喷涂")),
          new Topic(
              "CHEMICAL_MATERIALS",
              "阻燃高分子",
              List.of("E0306", "B0403"),
              List.of("阻燃剂", "无卤阻燃", "高分子材料", "热稳定性", "成炭", "力学性能"),
              List.of("阻燃等级", "塑料件", "UL94", "烟密度", "电线电缆料", "改性料")),
          new Topic(
              "CHEMICAL_MATERIALS",
              "精细化工过程",
              List.of("B0603", "B0610"),
              List.of("精细化工", "分离纯化", "连续流反应", "过程强化", "结晶工艺", "化工安全"),
              List.of("提纯", "批次不稳定", "间歇釜", "安全隐患", "产品纯度", "废液")),
          // PCB 电子元器件
          new Topic(
              "PCB_ELECTRONICS",
              "PCB缺陷检测",
              List.of("F0116", "F0115"),
              List.of("机器视觉", "缺陷检测", "深度学习", "图像识别", "目标检测", "小样本学习"),
              List.of("PCB", "线路板", "外观检测", "漏检", "AOI", "人工目检")),
          new Topic(
              "PCB_ELECTRONICS",
              "高频高速电路板",
              List.of("F0118", "F0120"),
              List.of("信号完整性", "高频材料", "阻抗控制", "高速互连", "介电损耗", "电磁仿真"),
              List.of("印制电路板", "高频板", "信号衰减", "5G", "覆铜板", "阻抗不稳")),
          new Topic(
              "PCB_ELECTRONICS",
              "电子元件",
              List.of("E0204", "E0210"),
              List.of("功能陶瓷", "电容器", "介电材料", "多层陶瓷电容", "电感器", "磁性材料"),
              List.of("被动元件", "电子元器件", "容值漂移", "贴片电容", "国产替代", "可靠性")),
          new Topic(
              "PCB_ELECTRONICS",
              "电子制造工艺",
              List.of("E0510", "F0123"),
              List.of("表面贴装", "焊点可靠性", "回流焊", "电镀铜", "微孔加工", "工艺优化"),
              List.of("虚焊", "焊接不良", "电镀", "钻孔", "良率", "线路板")),
          // 绿色食品
          new Topic(
              "GREEN_FOOD",
              "稻米深加工",
              List.of("C2005", "C1303"),
              List.of("稻米", "淀粉改性", "谷物加工", "营养强化", "米制品", "蒸煮品质"),
              List.of("大米", "米粉", "口感", "回生", "副产物利用", "碎米")),
          new Topic(
              "GREEN_FOOD",
              "水产品保鲜",
              List.of("C2006", "C1907"),
              List.of("水产品", "冷链", "保鲜", "菌群", "品质劣变", "冰温贮藏"),
              List.of("小龙虾", "盱眙龙虾", "货架期", "运输损耗", "冷冻", "变质")),
          new Topic(
              "GREEN_FOOD",
              "发酵食品",
              List.of("C2003", "C0103"),
              List.of("发酵", "益生菌", "菌种选育", "风味物质", "酿造", "微生物代谢"),
              List.of("酱油", "酸奶", "发酵时间", "风味不稳定", "乳酸菌", "出品率")),
          new Topic(
              "GREEN_FOOD",
              "食品安全检测",
              List.of("C2007", "B0510"),
              List.of("食品安全", "农药残留", "快速检测", "免疫传感", "质谱分析", "风险评估"),
              List.of("检测方法", "抽检不合格", "农残", "检测成本", "出口标准", "检测周期")),
          // 生物技术及新医药
          new Topic(
              "BIOMEDICINE",
              "化学药物制剂",
              List.of("H3008", "H3001"),
              List.of("药剂学", "缓释制剂", "一致性评价", "溶出度", "生物利用度", "制剂工艺"),
              List.of("仿制药", "片剂", "溶出曲线", "申报", "药品", "辅料")),
          new Topic(
              "BIOMEDICINE",
              "生物药",
              List.of("H3004", "C0502"),
              List.of("抗体", "细胞培养", "蛋白纯化", "表达系统", "生物反应器", "重组蛋白"),
              List.of("生物药", "产量低", "培养基", "纯化收率", "放大生产", "疫苗")),
          new Topic(
              "BIOMEDICINE",
              "中药现代化",
              List.of("H2804", "H2806"),
              List.of("中药", "质量评价", "指纹图谱", "有效成分", "提取工艺", "药效物质"),
              List.of("中药饮片", "提取率", "含量测定", "中成药", "批间差异", "标准")),
          new Topic(
              "BIOMEDICINE",
              "医疗器械",
              List.of("H1825", "H1820"),
              List.of("医疗器械", "生物材料", "植入器械", "体外诊断", "生物相容性", "医用传感"),
              List.of("医疗设备", "注册检验", "导管", "试剂盒", "IVD", "临床试验")),
          // 人工智能
          new Topic(
              "ARTIFICIAL_INTELLIGENCE",
              "大模型应用",
              List.of("F0206", "F0305"),
              List.of("大模型", "自然语言处理", "知识图谱", "检索增强", "文本生成", "预训练模型"),
              List.of("LLM", "智能客服", "文档问答", "知识库", "写报告", "私有化部署")),
          new Topic(
              "ARTIFICIAL_INTELLIGENCE",
              "工业视觉",
              List.of("F0116", "F0304"),
              List.of("计算机视觉", "模式识别", "图像分割", "三维重建", "目标跟踪", "神经网络"),
              List.of("视觉检测", "摄像头", "识别率", "产线质检", "缺陷检测", "相机")),
          new Topic(
              "ARTIFICIAL_INTELLIGENCE",
              "智能决策优化",
              List.of("F0302", "F0305"),
              List.of("强化学习", "智能调度", "运筹优化", "机器学习", "排产算法", "组合优化"),
              List.of("排产", "交期", "车间调度", "库存积压", "物流路线", "人工排班")),
          new Topic(
              "ARTIFICIAL_INTELLIGENCE",
              "语音与交互",
              List.of("F0117", "F0111"),
              List.of("语音识别", "声学模型", "语音合成", "人机交互", "说话人识别", "信号处理"),
              List.of("语音控制", "方言", "噪声环境", "智能音箱", "语音助手", "识别不准")),
          // 集成电路
          new Topic(
              "INTEGRATED_CIRCUIT",
              "芯片设计",
              List.of("F0402", "F0118"),
              List.of("集成电路设计", "模拟芯片", "低功耗设计", "射频芯片", "版图设计", "电源管理芯片"),
              List.of("芯片", "IC", "国产替代", "流片", "功耗", "电源芯片")),
          new Topic(
              "INTEGRATED_CIRCUIT",
              "封装测试",
              List.of("F0406", "E0512"),
              List.of("先进封装", "封装测试", "键合", "热应力", "失效分析", "晶圆级封装"),
              List.of("封测", "芯片开裂", "良率", "可靠性测试", "翘曲", "测试成本")),
          new Topic(
              "INTEGRATED_CIRCUIT",
              "功率半导体",
              List.of("F0404", "E0209"),
              List.of("碳化硅", "氮化镓", "功率器件", "宽禁带半导体", "外延生长", "MOSFET"),
              List.of("SiC", "功率模块", "器件发热", "耐压", "IGBT", "充电桩")),
          new Topic(
              "INTEGRATED_CIRCUIT",
              "MEMS传感器",
              List.of("F0407", "F0123"),
              List.of("MEMS", "微纳加工", "传感器", "压力传感", "惯性器件", "微结构设计"),
              List.of("传感器芯片", "漂移", "灵敏度", "进口依赖", "温漂", "压力检测")),
          // 新兴数字产业
          new Topic(
              "DIGITAL_INDUSTRY",
              "工业互联网",
              List.of("F0104", "F0102"),
              List.of("工业互联网", "边缘计算", "数字孪生", "数据采集", "时间敏感网络", "工业协议"),
              List.of("设备联网", "数据孤岛", "上云", "MES", "生产数据", "车间看板")),
          new Topic(
              "DIGITAL_INDUSTRY",
              "信息安全",
              List.of("F0207", "F0208"),
              List.of("信息安全", "入侵检测", "密码算法", "隐私计算", "安全审计", "零信任"),
              List.of("网络攻击", "勒索病毒", "数据泄露", "等保测评", "防火墙", "账号安全")),
          new Topic(
              "DIGITAL_INDUSTRY",
              "大数据平台",
              List.of("F0202", "F0205"),
              List.of("大数据", "分布式存储", "数据治理", "流式计算", "数据仓库", "云计算"),
              List.of("报表慢", "数据分散", "数据中台", "系统集成", "数据质量", "软件开发")),
          new Topic(
              "DIGITAL_INDUSTRY",
              "物联网终端",
              List.of("F0105", "F0123"),
              List.of("物联网", "低功耗广域网", "无线传感网络", "嵌入式系统", "定位技术", "通信协议"),
              List.of("IoT", "远程监控", "终端续航", "信号覆盖", "资产追踪", "智能表计")));
}
