/**
 * Arabic-language news outlets every reader of Arabic news knows, as they sign titles
 * and credit lines ("... - الجزيرة نت", "بيروت ـ «القدس العربي»").  Only used to tell an
 * outlet's name from a place or a headline fragment; sites not listed are still
 * recognised by outlet words (نيوز, صحيفة, ...) and by repeated title lines.
 */
import { lineKey } from './boilerplate-lexicon';

export const KNOWN_OUTLETS = new Set(
  [
    'الجزيرة', 'الجزيرة نت', 'العربية', 'العربية نت', 'بي بي سي عربي', 'BBC عربي', 'بي بي سي', 'سكاي نيوز عربية', 'الحرة',
    'فرانس 24', 'روسيا اليوم', 'RT عربي', 'الميادين', 'العربي الجديد', 'القدس العربي', 'الشرق الأوسط', 'الحياة', 'النهار', 'السفير',
    'الأخبار', 'المدن', 'عنب بلدي', 'الأهرام', 'اليوم السابع', 'المصري اليوم', 'الشروق', 'الوطن', 'الرياض', 'عكاظ', 'الخليج',
    'البيان', 'الاتحاد', 'الراية', 'الشرق', 'القبس', 'الرأي', 'الغد', 'الدستور', 'هسبريس', 'الخبر', 'الشروق أونلاين', 'عربي21',
    'عربي 21', 'إرم نيوز', 'رصيف22', 'الأناضول', 'يورونيوز', 'دويتشه فيله', 'DW عربية', 'سبوتنيك عربي', 'العالم', 'المنار',
    'تلفزيون سوريا', 'أورينت', 'أورينت نت', 'زمان الوصل', 'سمارت', 'السومرية', 'شفق نيوز', 'رووداو', 'الجمهورية', 'الأيام',
  ].map(lineKey),
);

export const isKnownOutlet = (name: string) => KNOWN_OUTLETS.has(lineKey(name));
