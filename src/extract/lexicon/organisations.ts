// Head nouns that open an organisation's name ("وزارة الدفاع", "حركة حماس", "Defense Ministry").
// What follows the head is taken up to a phrase boundary by the organisation pattern.

export const ARABIC_ORG_HEADS = [
  'وزارة', 'هيئة', 'حركة', 'حزب', 'تنظيم', 'قوات', 'مجلس', 'جماعة', 'ميليشيات', 'ميليشيا', 'مليشيات', 'مليشيا',
  'كتلة', 'تيار', 'فيلق', 'جيش', 'حكومة', 'وكالة', 'سرايا', 'كتائب', 'لواء', 'جبهة', 'منظمة', 'اتحاد', 'ائتلاف',
  'تحالف', 'محكمة', 'شركة', 'جامعة', 'مؤسسة', 'البرلمان', 'برلمان', 'الكونغرس', 'الكونجرس', 'مجلس النواب',
  'صحيفة', 'قناة', 'مفوضية', 'رئاسة', 'الجيش', 'الحكومة', 'القوات', 'الأجهزة', 'أجهزة', 'الجهات', 'الشرطة',
  'الحرس', 'حرس', 'فصائل', 'الفصائل', 'فصيل', 'جهاز', 'دائرة', 'مديرية', 'بنك', 'البنك', 'المصرف', 'مصرف',
  'الجمعية', 'جمعية', 'المجلس', 'الهيئة', 'الحركة', 'الحزب', 'التيار', 'الكتلة', 'الوزارة', 'الأمم', 'الجامعة',
  'لجنة', 'اللجنة', 'غرفة', 'الغرفة', 'صندوق', 'الصندوق',
  // A ministry named by its field and the state's adjective ("الخارجية المصرية"); only so (MINISTRY_FIELDS_AR in mentions.ts).
  'الخارجية', 'الداخلية', 'الدفاع',
];

/** English organisation head words: a capitalised name containing one is an organisation. */
export const ENGLISH_ORG_WORDS = [
  'ministry', 'forces', 'army', 'council', 'party', 'movement', 'agency', 'union', 'league', 'government',
  'parliament', 'commission', 'front', 'brigades', 'brigade', 'organization', 'organisation', 'committee',
  'court', 'bank', 'university', 'company', 'corporation', 'corp', 'inc', 'group', 'guard', 'guards', 'corps',
  'authority', 'assembly', 'congress', 'senate', 'house', 'office', 'department', 'police', 'militia',
  'coalition', 'alliance', 'nations', 'fund', 'institute', 'association', 'federation', 'network', 'times',
  'post', 'news', 'press', 'television', 'tv', 'channel', 'service', 'services', 'cabinet', 'navy', 'command',
  'hezbollah', 'foundation', 'secretariat', 'bureau', 'administration',
];
