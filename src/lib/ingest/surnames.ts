/**
 * The commonest Chinese surnames, one character each (the two-character ones, 欧阳 and the like,
 * are never cut to one). Used only where a stray space leaves a name's character alone between
 * two others and either reading is a name: 刘琴 赖 彩凤 is 刘琴 and 赖彩凤, 宋显 晖 is 宋显晖.
 */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝赖';

const SURNAMES = new Set(COMMON_SURNAMES);

/** Whether a character is one of the commonest surnames. */
export const isCommonSurname = (character: string): boolean => SURNAMES.has(character);
