// Words that end a name or a noun phrase: prepositions, conjunctions, pronouns, auxiliaries and
// the like. Arabic forms are folded (see text/arabic.ts); English ones lower-case.

export const ARABIC_FUNCTION_WORDS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'ان', 'لم', 'لن', 'قد', 'كان', 'كانت', 'يكون', 'تكون', 'التي',
  'الذي', 'الذين', 'اللذين', 'اللتين', 'هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'حيث', 'كما', 'لكن', 'بعد', 'قبل',
  'عند', 'خلال', 'منذ', 'حتي', 'او', 'ام', 'ثم', 'اذا', 'ما', 'لا', 'ضد', 'نحو', 'حول', 'دون', 'عبر', 'وفق',
  'بشان', 'اثر', 'عقب', 'قرب', 'لدي', 'يوم', 'امام', 'وراء', 'فوق', 'تحت', 'هو', 'هي', 'هم', 'هما', 'نحن',
  'انه', 'انها', 'انهم', 'اليوم', 'امس', 'غدا', 'كل', 'كافه', 'جميع', 'بعض', 'غير', 'سوي', 'اي', 'ايضا', 'فقط',
  'لقد', 'ليس', 'ليست', 'مازال', 'لايزال', 'يزال', 'تزال', 'هناك', 'هنا', 'اذ', 'اما', 'لدي', 'عليه', 'عليها',
  'فيه', 'فيها', 'منه', 'منها', 'له', 'لها', 'لهم', 'به', 'بها', 'عنه', 'عنها', 'قال', 'قالت', 'اكد', 'اكدت',
  'اضاف', 'اضافت', 'راي', 'يري', 'اعلن', 'اعلنت', 'اشار', 'اشارت', 'وقال', 'بينما', 'لان', 'كي', 'لكي',
  'بانه', 'بانها',
]);

/** Nouns that introduce a place's name ("مدينة ترهونة", "the city of Sirte"): not part of a name. */
export const PLACE_NOUNS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'مدينه', 'بلده', 'العاصمه', 'محافظه', 'ولايه',
  'قريه', 'منطقه', 'اقليم', 'city', 'town', 'capital', 'province', 'region', 'village']);

export const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into',
  'during', 'after', 'before', 'since', 'while', 'when', 'where', 'which', 'who', 'whom', 'whose', 'that', 'this',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'should', 'could',
  'may', 'might', 'can', 'not', 'no', 'yes', 'also', 'then', 'than', 'there', 'here', 'if', 'so', 'about',
  'against', 'between', 'under', 'over', 'through', 'without', 'within', 'including', 'according', 'amid',
  'despite', 'however', 'meanwhile', 'for', 'both', 'all', 'some', 'several', 'many', 'other', 'another',
  'said', 'says', 'told', 'added', 'plus', 'rather', 'last', 'next', 'earlier', 'later', 'today', 'yesterday',
]);
