package org.gongwei.examples.generator;

import java.util.List;
import java.util.SplittableRandom;
import org.gongwei.core.code.Ethnicity;

/** Chinese personal and place names for the synthetic county. */
final class Names {
  /** Common surnames, most frequent first, with rough weights (per cent of the population). */
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "邓", "韩", "冯", "曹", "彭", "曾", "肖", "田",
    "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚",
    "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹",
    "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺",
    "毛", "郝", "顾", "龚", "邵", "万", "覃", "武", "钱", "戴", "严", "欧阳", "司马"
  };

  private static final double[] SURNAME_WEIGHTS = surnameWeights();

  private static final String MALE_CHARACTERS =
      "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆建国志文海峰林东亮成龙晨睿轩博子宏家德振兴学新福生春永"
          + "金荣武卫红光天良清中一诚豪泽";
  private static final String FEMALE_CHARACTERS =
      "芳娜敏静丽艳娟霞秀英玲桂兰燕萍红梅琳雪婷慧颖欣怡涵佳琪倩雅月婉诗梦晶丹璐悦萱彤珊凤春华云莉淑"
          + "美玉珍翠琴瑶嘉思";

  /** First characters of place names. */
  private static final String PLACE_HEADS = "青白石花杨李马金银云龙凤梅桃柳河湖山江东西南北新古长高茶竹松";

  /** Second characters of place names. */
  private static final String PLACE_TAILS = "山田塘桥溪坪湾冲岭洲口铺市坝港";

  /** Health-education topics, for printed material, lectures and bulletin boards. */
  static final List<String> TOPICS =
      List.of(
          "高血压防治", "糖尿病防治", "合理膳食", "控烟限酒", "适量运动", "心理健康", "预防接种", "结核病防治", "艾滋病防治", "母婴保健",
          "儿童营养与喂养", "老年人健康管理", "中医养生保健", "食品安全", "饮用水卫生", "传染病预防", "慢阻肺防治", "脑卒中防治", "健康素养66条",
          "口腔健康", "近视防控", "安全用药", "急救常识", "跌倒预防");

  /** Titles of audio-video material. */
  static final List<String> VIDEOS =
      List.of(
          "高血压自我管理", "糖尿病饮食指导", "科学洗手", "预防接种小知识", "结核病的早发现", "心肺复苏", "老年人防跌倒", "八段锦", "孕期保健",
          "儿童口腔保健", "戒烟有益健康", "食品安全五要点");

  /**
   * Ethnic minorities with rough weights, by GB 3304 code: 土家 15, 苗 06, 侗 12, 瑶 13, 回 03, 壮 08, 满
   * 11, 白 14, 彝 07, 蒙古 02.
   */
  private static final Ethnicity[] MINORITIES = {
    Ethnicity.TUJIA,
    Ethnicity.MIAO,
    Ethnicity.DONG,
    Ethnicity.YAO,
    Ethnicity.HUI,
    Ethnicity.ZHUANG,
    Ethnicity.MANCHU,
    Ethnicity.BAI,
    Ethnicity.YI,
    Ethnicity.MONGOL
  };

  private static final double[] MINORITY_WEIGHTS = Draw.cumulative(30, 25, 12, 8, 6, 6, 5, 3, 3, 2);

  /** County codes (GB/T 2260) where migrants' ID cards were issued. */
  static final List<String> OTHER_COUNTIES =
      List.of(
          "430381", "430382", "430421", "430521", "431121", "432503", "360121", "420102", "440106",
          "450881", "510104", "520121", "360430", "421002", "441302");

  private Names() {}

  private static double[] surnameWeights() {
    double[] w = new double[SURNAMES.length];
    for (int i = 0; i < w.length; i++) {
      // roughly Zipf-like: the five largest surnames hold about 30 %
      w[i] = 7.0 / Math.pow(i + 1, 0.75);
    }
    return Draw.cumulative(w);
  }

  /** A full name: a surname and one or two given-name characters suited to the sex. */
  static String person(SplittableRandom r, boolean male) {
    String surname = SURNAMES[Draw.pick(r, SURNAME_WEIGHTS)];
    String pool = male ? MALE_CHARACTERS : FEMALE_CHARACTERS;
    StringBuilder b =
        new StringBuilder(4).append(surname).append(pool.charAt(r.nextInt(pool.length())));
    if (Draw.chance(r, 0.7)) {
      b.append(pool.charAt(r.nextInt(pool.length())));
    }
    return b.toString();
  }

  /** An ethnic minority, drawn with the weights above. */
  static Ethnicity minority(SplittableRandom r) {
    return MINORITIES[Draw.pick(r, MINORITY_WEIGHTS)];
  }

  /** The number of distinct two-character place names. */
  static int placeCount() {
    return PLACE_HEADS.length() * PLACE_TAILS.length();
  }

  /** The two-character place name number {@code k} (0 ≤ k < {@link #placeCount()}). */
  static String place(int k) {
    int heads = PLACE_HEADS.length();
    return ""
        + PLACE_HEADS.charAt(k % heads)
        + PLACE_TAILS.charAt((k / heads) % PLACE_TAILS.length());
  }
}
