"""More traditional Chinese characters with their simplified forms, for `foreign_zh.fold`
(pairs "简繁", simplified first): the words of licences beyond those the cues were first
written with (軍事 → 军事, 戰爭 → 战争, 監視 → 监视, 營業 → 营业), so a reader written in simplified
characters reads a text written in traditional ones. Folded one character for one (the same
length). The tables of `foreign_zh` win where a character is in both (參 stays the numeral 三);
a character that is also a simplified word of its own (著 of 著作, 乾) is never folded.
"""

from __future__ import annotations

__all__ = ["PAIRS_MORE"]

_ALL = (
    "军軍 战戰 统統 蓝藍 鹊鵲 们們 时時 么麼 样樣 现現 说說 话話 听聽 觉覺 识識 谁誰 习習 "
    "车車 马馬 鱼魚 长長 张張 园園 远遠 运運 连連 选選 遗遺 凉涼 减減 几幾 凤鳳 击擊 划劃 "
    "刚剛 剂劑 剧劇 劝勸 励勵 劳勞 势勢 勋勳 卫衛 历歷 历曆 压壓 厅廳 县縣 双雙 号號 叶葉 "
    "吗嗎 启啟 响響 团團 圆圓 坏壞 块塊 坚堅 头頭 夸誇 夺奪 奋奮 妇婦 妈媽 孙孫 宁寧 宪憲 "
    "宫宮 宽寬 宾賓 尘塵 层層 屿嶼 岁歲 帅帥 师師 帮幫 干幹 废廢 异異 弃棄 弯彎 彻徹 忆憶 "
    "怀懷 恋戀 恶惡 悬懸 惊驚 惧懼 惯慣 愿願 扩擴 扫掃 扬揚 扰擾 择擇 挂掛 挥揮 摄攝 摆擺 "
    "摇搖 撑撐 敌敵 断斷 旧舊 杀殺 杨楊 极極 枪槍 栏欄 树樹 桥橋 检檢 楼樓 横橫 毁毀 毕畢 "
    "气氣 汇匯 汇彙 沟溝 泽澤 洁潔 浅淺 测測 济濟 润潤 涨漲 温溫 滥濫 灭滅 灯燈 灵靈 炉爐 "
    "点點 炼煉 烦煩 烧燒 热熱 爱愛 牵牽 犹猶 狮獅 猎獵 献獻 环環 画畫 畅暢 疗療 盘盤 着著 "
    "矿礦 硕碩 礼禮 祸禍 离離 种種 积積 稳穩 穷窮 窃竊 笔筆 筑築 简簡 粮糧 紧緊 纠糾 红紅 "
    "纪紀 纲綱 纵縱 纸紙 组組 织織 结結 绕繞 绘繪 给給 统統 继繼 绩績 综綜 绿綠 缓緩 编編 "
    "缘緣 缩縮 职職 聪聰 肃肅 胜勝 脑腦 脚腳 节節 艺藝 药藥 荣榮 虑慮 虚虛 袭襲 装裝 视視 "
    "览覽 触觸 誉譽 讨討 设設 访訪 译譯 试試 诗詩 诚誠 询詢 误誤 课課 谈談 谨謹 谱譜 贝貝 "
    "贡貢 财財 败敗 货貨 质質 贩販 贯貫 贴貼 贵貴 贷貸 贸貿 赋賦 赛賽 赞贊 赠贈 趋趨 践踐 "
    "轨軌 轮輪 轻輕 辅輔 辆輛 辑輯 辽遼 迁遷 迈邁 迟遲 逻邏 邻鄰 释釋 里裡 针針 钟鐘 铁鐵 "
    "银銀 锁鎖 锋鋒 错錯 键鍵 闭閉 闯闖 闲閒 间間 阅閱 队隊 阳陽 阴陰 阵陣 阶階 陆陸 陈陳 "
    "隐隱 难難 雾霧 静靜 面麵 顶頂 顾顧 顿頓 频頻 颜顏 风風 飞飛 饭飯 馆館 驱驅 验驗 骗騙 "
    "鲁魯 鸡雞 麦麥 黄黃 齐齊 龄齡 龙龍 乐樂 乱亂 伙夥 伟偉 伤傷 伦倫 伪偽 余餘 佣傭 侦偵 "
    "侧側 俭儉 债債 倾傾 储儲 儿兒 兑兌 党黨 兴興 养養 兽獸 农農 冲衝 净淨 凭憑 刘劉 剑劍 "
    "医醫 厂廠 厉厲 厌厭 叹嘆 吓嚇 园園 圣聖 坛壇 执執 抚撫 抢搶 拥擁 拦攔 挤擠 挡擋 捡撿 "
    "携攜 摊攤 敛斂 斗鬥 斩斬 昼晝 晒曬 暂暫 朴樸 杰傑 柜櫃 栋棟 梦夢 欧歐 殴毆 汤湯 泪淚 "
    "浆漿 浊濁 浓濃 涂塗 渐漸 渔漁 游遊 滚滾 滤濾 潜潛 灾災 烂爛 烟煙 犧犧 猪豬 猫貓 盐鹽 "
    "盗盜 砖磚 碍礙 秘祕 窜竄 竖豎 笼籠 筹籌 纺紡 绍紹 绑綁 绳繩 缝縫 缠纏 罢罷 蛮蠻 袜襪 "
    "观觀 谅諒 谊誼 谣謠 谦謙 贤賢 账賬 贫貧 贺賀 赌賭 赏賞 踪蹤 轰轟 辉輝 辞辭 辩辯 钢鋼 "
    "链鏈 锐銳 镜鏡 闪閃 闹鬧 阁閣 阔闊 隶隸 韵韻 颁頒 颗顆 饰飾 驶駛 驻駐 驾駕 骑騎 鸣鳴 "
    "齿齒 龟龜 丰豐 丽麗 举舉 乡鄉 亏虧 云雲 亲親 仪儀 伞傘 侨僑 俩倆 征徵 致緻 采採 钟鍾 "
    "复復 丑醜 须鬚 台檯 发髮 松鬆 范範 视視 识識 监監 别別 获穫 恼惱 恳懇 惩懲 搜蒐 "
    "侵侵 测測 侦偵 踪蹤 纹紋 脸臉 貌貌 声聲 纹紋 虹虹 膜膜 识識 别別 认認 证證 营營 亿億 "
    "兆兆 额額 收收 营營 销銷 处處 罚罰 资資 讯訊 审審 阅閱 闻聞 报報 导導 弹彈 炮砲 舰艦 "
    "侦偵 谍諜 攻攻 击擊 杀殺 伤傷 灭滅 毁毀 险險 危危 战戰 争爭 军軍 队隊 兵兵"
)
_NEVER = "著乾參"  # a simplified word of its own, or a numeral `foreign_zh` reads

PAIRS_MORE = " ".join(pair for pair in _ALL.split() if pair[0] != pair[1] and pair[1] not in _NEVER)
