// Nouns that name events and concepts ("انسحاب", "قرار", "ceasefire", "initiative"). They become
// entities only as the object of a relation (what was announced, demanded, voted for...).
import type { EntityType } from '../../model/ontology.js';

export const ARABIC_EVENT_NOUNS: Record<string, EntityType> = {
  'انسحاب': 'Event', 'سحب': 'Event', 'إخراج': 'Event', 'خروج': 'Event', 'انتشار': 'Event', 'إعادة انتشار': 'Event',
  'اتفاق': 'Concept', 'اتفاقية': 'Concept', 'قرار': 'Concept', 'مرسوم': 'Concept', 'مبادرة': 'Concept',
  'وقف إطلاق النار': 'Event', 'وقف': 'Event', 'هدنة': 'Event', 'محادثات': 'Event', 'مفاوضات': 'Event', 'حوار': 'Event',
  'انتخابات': 'Event', 'عقوبات': 'Concept', 'مساواة': 'Concept', 'ضم': 'Concept', 'فك ارتباط': 'Concept',
  'فك': 'Concept', 'هجوم': 'Event', 'عملية': 'Event', 'خطة': 'Concept', 'مهمة': 'Concept', 'جدول زمني': 'Concept',
  'انقلاب': 'Event', 'حرب': 'Event', 'معركة': 'Event', 'اجتماع': 'Event', 'لقاء': 'Event', 'قمة': 'Event',
  'مؤتمر': 'Event', 'استفتاء': 'Event', 'إعلان': 'Concept', 'تسوية': 'Concept', 'حل': 'Concept', 'حل سياسي': 'Concept',
  'إنهاء': 'Event', 'إصلاحات': 'Concept', 'دمج': 'Concept', 'حظر': 'Concept', 'تحقيق': 'Event',
  'الإفراج': 'Event', 'إطلاق سراح': 'Event', 'تبادل': 'Event', 'صفقة': 'Concept', 'برنامج': 'Concept', 'ميثاق': 'Concept',
  'جولة': 'Event', 'وقف فوري لإطلاق النار': 'Event', 'وقف لإطلاق النار': 'Event', 'وقف دائم لإطلاق النار': 'Event',
  'وقف شامل لإطلاق النار': 'Event', 'هجمات': 'Event', 'إطلاق النار': 'Event',
  'تعديل': 'Concept', 'تعديلات': 'Concept', 'قانون': 'Concept', 'مشروع قانون': 'Concept', 'موازنة': 'Concept',
  'تمديد': 'Event', 'مذكرة تفاهم': 'Concept', 'مذكرة': 'Concept', 'استئناف': 'Event',
  // Masdars of what is called for ("دعا إلى زيادة التمويل", "طالبت بإدخال أدوية", "رفع الحصار").
  'زيادة': 'Concept', 'رفع': 'Concept', 'إدخال': 'Concept', 'فتح': 'Concept', 'تخفيف': 'Concept', 'تسريع': 'Concept',
  'توفير': 'Concept', 'حماية': 'Concept', 'تسهيل': 'Concept', 'عودة': 'Event', 'إلغاء': 'Concept', 'تقليص': 'Concept',
  'خفض': 'Concept', 'إيصال': 'Concept', 'مقاطعة': 'Concept', 'تهجير': 'Event', 'آلية': 'Concept', 'توزيع': 'Concept',
  'تمويل': 'Concept', 'إعادة الإعمار': 'Concept', 'ترسيم': 'Concept',
  // What is criticised or decided is often a change or its absence ("انتقد ارتفاع الأسعار", "قرر الإبقاء على").
  'ارتفاع': 'Concept', 'تراجع': 'Concept', 'الإبقاء': 'Concept', 'تثبيت': 'Concept', 'بيع': 'Concept',
  // What a lender approves ("وافق على صرف شريحة", "منح قرض").
  'صرف': 'Concept', 'منح': 'Concept',
};

export const ENGLISH_EVENT_NOUNS: Record<string, EntityType> = {
  withdrawal: 'Event', pullout: 'Event', 'pull-out': 'Event', agreement: 'Concept', deal: 'Concept', accord: 'Concept',
  decision: 'Concept', resolution: 'Concept', decree: 'Concept', ceasefire: 'Event', 'cease-fire': 'Event',
  truce: 'Event', initiative: 'Concept', talks: 'Event', negotiations: 'Event', dialogue: 'Event', election: 'Event',
  elections: 'Event', sanctions: 'Concept', plan: 'Concept', meeting: 'Event', summit: 'Event', conference: 'Event',
  offensive: 'Event', operation: 'Event', declaration: 'Concept', referendum: 'Event', war: 'Event', treaty: 'Concept',
  roadmap: 'Concept', solution: 'Concept', reforms: 'Concept', inquiry: 'Event', investigation: 'Event',
  release: 'Event', exchange: 'Event', program: 'Concept', programme: 'Concept', mission: 'Concept', timetable: 'Concept',
  ban: 'Concept', expulsion: 'Event', integration: 'Concept', amendment: 'Concept', bill: 'Concept', law: 'Concept',
  budget: 'Concept', memorandum: 'Concept', 'memorandum of understanding': 'Concept', extension: 'Event',
  resumption: 'Event', increase: 'Concept', lifting: 'Concept', access: 'Concept', halt: 'Event', return: 'Event',
  delivery: 'Concept', project: 'Concept', protection: 'Concept', reduction: 'Concept', opening: 'Concept',
  boycott: 'Concept', displacement: 'Event', communique: 'Concept', 'communiqué': 'Concept', swap: 'Event',
  'prisoner exchange': 'Event', 'prisoner swap': 'Event', 'peace talks': 'Event',
};

/** Words that make a capitalised English name a concept or an event ("Cairo Declaration"). */
export const ENGLISH_CONCEPT_WORDS = new Set(['declaration', 'initiative', 'plan', 'agreement', 'accord', 'deal',
  'treaty', 'resolution', 'ceasefire', 'truce', 'conference', 'summit', 'talks', 'process', 'program', 'programme',
  'protocol', 'memorandum', 'charter', 'roadmap', 'act', 'law', 'operation', 'war', 'action', 'convention', 'doctrine']);
