import { describe, expect, it } from 'vitest';
import { lookupPlaceName } from '@/lib/geo/gazetteer';
import { PLACES } from '@/lib/geo/gazetteer-index';

/** Spelling as an outlet, a romanisation system or Korean script writes it → the place it must find first. */
const CASES: [string, string][] = [
  // Countries
  ['North Korea', 'kp'], ['DPRK', 'kp'], ['N. Korea', 'kp'], ['north korea', 'kp'], ['북한', 'kp'],
  ["Democratic People's Republic of Korea", 'kp'], ['South Korea', 'kr'], ['ROK', 'kr'], ['한국', 'kr'],
  ['China', 'cn'], ['중국', 'cn'], ['Russia', 'ru'], ['Mongolia', 'mn'], ['Vietnam', 'vn'], ['Laos', 'la'], ['Thailand', 'th'],
  // Provinces and province-level cities, with their RR, -do and Hangul forms
  ['North Hamgyong', 'kp-north-hamgyong'], ['North Hamgyong Province', 'kp-north-hamgyong'], ['Hamgyongbuk-do', 'kp-north-hamgyong'],
  ['Hamgyeongbuk-do', 'kp-north-hamgyong'], ['함경북도', 'kp-north-hamgyong'], ["North Hamgyŏng", 'kp-north-hamgyong'],
  ['South Hamgyong', 'kp-south-hamgyong'], ['함경남도', 'kp-south-hamgyong'], ['Ryanggang', 'kp-ryanggang'], ['Yanggang Province', 'kp-ryanggang'],
  ['양강도', 'kp-ryanggang'], ['량강도', 'kp-ryanggang'], ['Chagang', 'kp-chagang'], ['Jagang-do', 'kp-chagang'],
  ['North Pyongan', 'kp-north-pyongan'], ["North P'yŏngan Province", 'kp-north-pyongan'], ['평안북도', 'kp-north-pyongan'],
  ['South Pyongan', 'kp-south-pyongan'], ['Pyeongannam-do', 'kp-south-pyongan'], ['North Hwanghae', 'kp-north-hwanghae'],
  ['황해남도', 'kp-south-hwanghae'], ['Kangwon', 'kp-kangwon'], ['Gangwon-do', 'kp-kangwon'], ['Pyongyang', 'kp-pyongyang'],
  ["P'yŏngyang", 'kp-pyongyang'], ['평양', 'kp-pyongyang'], ['Rason', 'kp-rason'], ['Nason', 'kp-rason'], ['Rajin-Sonbong', 'kp-rason'],
  ['Rajin Sonbong', 'kp-rason'], ['라선시', 'kp-rason'], ['Raseon', 'kp-rason'], ['Nampo', 'kp-nampo'], ["Namp'o", 'kp-nampo'],
  ['Liaoning', 'cn-liaoning'], ['Jilin', 'cn-jilin'], ['Jilin Province', 'cn-jilin'], ['吉林', 'cn-jilin'], ['Primorsky Krai', 'ru-primorsky'], ['Primorye', 'ru-primorsky'],
  // North Hamgyong and Rason
  ['Chongjin', 'kp-chongjin'], ['Ch’ŏngjin', 'kp-chongjin'], ["Ch'ongjin-si", 'kp-chongjin'], ['Cheongjin', 'kp-chongjin'], ['청진시', 'kp-chongjin'],
  ['Chongjin City', 'kp-chongjin'], ['CHONGJIN', 'kp-chongjin'], ['Sunam District', 'kp-chongjin-sunam'], ['Sunam-guyok', 'kp-chongjin-sunam'],
  ['수남구역', 'kp-chongjin-sunam'], ['Ranam', 'kp-chongjin-ranam'], ['Nanam District', 'kp-chongjin-ranam'], ['Songpyong District', 'kp-chongjin-songpyong'],
  ['Hoeryong', 'kp-hoeryong'], ['Hoeryeong', 'kp-hoeryong'], ['Hoeryŏng', 'kp-hoeryong'], ['회령시', 'kp-hoeryong'], ['Hoeryong City', 'kp-hoeryong'],
  ['Kimchaek', 'kp-kimchaek'], ['Gimchaek', 'kp-kimchaek'], ["Kimch'aek", 'kp-kimchaek'], ['Kim Chaek City', 'kp-kimchaek'], ['김책시', 'kp-kimchaek'],
  ['Musan', 'kp-musan'], ['Musan County', 'kp-musan'], ['Musan-gun', 'kp-musan'], ['무산군', 'kp-musan'], ['Onsong', 'kp-onsong'],
  ['Onseong', 'kp-onsong'], ['Onsŏng County', 'kp-onsong'], ['온성', 'kp-onsong'], ['Namyang Workers’ District', 'kp-onsong-namyang'],
  ['Namyang-rodongjagu', 'kp-onsong-namyang'], ['Kyongsong', 'kp-kyongsong'], ['Gyeongseong', 'kp-kyongsong'], ['Orang', 'kp-orang'],
  ['Myongchon', 'kp-myongchon'], ['Hwasong County', 'kp-myonggan'], ['Myonggan', 'kp-myonggan'], ['Kilju', 'kp-kilju'], ['Gilju', 'kp-kilju'],
  ['Yonsa', 'kp-yonsa'], ['Kyongwon', 'kp-kyongwon'], ['Saebyol', 'kp-kyongwon'], ['Kyonghung', 'kp-kyonghung'], ['Undok', 'kp-kyonghung'],
  ['Puryong', 'kp-puryong'], ['Buryeong', 'kp-puryong'], ['Hwadae', 'kp-hwadae'], ['Aoji', 'kp-kyonghung-aoji'],
  ['Rajin', 'kp-rason-rajin'], ['Najin', 'kp-rason-rajin'], ['Sonbong', 'kp-rason-sonbong'], ['Unggi', 'kp-rason-sonbong'], ['Seonbong', 'kp-rason-sonbong'],
  // Ryanggang
  ['Hyesan', 'kp-hyesan'], ['Hyesan-si', 'kp-hyesan'], ['Hyesan City', 'kp-hyesan'], ['혜산시', 'kp-hyesan'], ['혜산', 'kp-hyesan'],
  ['Samjiyon', 'kp-samjiyon'], ['Samjiyeon', 'kp-samjiyon'], ['Kapsan', 'kp-kapsan'], ['Gapsan', 'kp-kapsan'], ['Paegam', 'kp-paegam'],
  ['Baegam', 'kp-paegam'], ['Samsu', 'kp-samsu'], ['Unhung', 'kp-unhung'], ['Pochon', 'kp-pochon'], ['Bocheon', 'kp-pochon'], ['Pungso', 'kp-pungso'],
  ['Kimjongsuk County', 'kp-kimjongsuk'], ['Kim Jong Suk County', 'kp-kimjongsuk'], ['김정숙군', 'kp-kimjongsuk'], ['Kimhyongjik', 'kp-kimhyongjik'],
  ['Kim Hyong Jik County', 'kp-kimhyongjik'], ['Kimhyonggwon', 'kp-kimhyonggwon'], ['Taehongdan', 'kp-taehongdan'], ['Daehongdan', 'kp-taehongdan'],
  // Chagang
  ['Kanggye', 'kp-kanggye'], ['Ganggye', 'kp-kanggye'], ['강계시', 'kp-kanggye'], ['Manpo', 'kp-manpo'], ["Manp'o", 'kp-manpo'], ['Huichon', 'kp-huichon'],
  ['Hŭich’ŏn', 'kp-huichon'], ['Huicheon', 'kp-huichon'], ['Chasong', 'kp-chasong'], ['Jaseong', 'kp-chasong'], ['Chunggang', 'kp-chunggang'],
  ['Wiwon', 'kp-wiwon'], ['Chosan', 'kp-chosan'], ['Usi County', 'kp-usi'], ['Rangrim', 'kp-rangrim'], ['Nangnim', 'kp-rangrim'], ['Chonchon', 'kp-chonchon'],
  // South Hamgyong
  ['Hamhung', 'kp-hamhung'], ['Hamheung', 'kp-hamhung'], ['Hamhŭng', 'kp-hamhung'], ['함흥시', 'kp-hamhung'], ['Hungnam', 'kp-hamhung-hungnam'],
  ['Heungnam', 'kp-hamhung-hungnam'], ['Sinpo', 'kp-sinpo'], ['Shinpo', 'kp-sinpo'], ['Tanchon', 'kp-tanchon'], ['Dancheon', 'kp-tanchon'],
  ['Riwon', 'kp-riwon'], ['Iwon', 'kp-riwon'], ['Rakwon', 'kp-rakwon'], ['Nagwon', 'kp-rakwon'], ['Yodok', 'kp-yodok'], ['Yodeok', 'kp-yodok'],
  ['Pukchong', 'kp-pukchong'], ['Bukcheong', 'kp-pukchong'], ['Hongwon', 'kp-hongwon'], ['Changjin', 'kp-changjin'], ['Jangjin', 'kp-changjin'],
  ['Kumya', 'kp-kumya'], ['Jongpyong', 'kp-jongpyong'], ['Kowon', 'kp-kowon'], ['Hochon', 'kp-hochon'],
  // South Pyongan and Nampo
  ['Pyongsong', 'kp-pyongsong'], ['Pyeongseong', 'kp-pyongsong'], ['P’yŏngsŏng', 'kp-pyongsong'], ['평성시', 'kp-pyongsong'], ['Anju', 'kp-anju'],
  ['Kaechon', 'kp-kaechon'], ['Gaecheon', 'kp-kaechon'], ['Tokchon', 'kp-tokchon'], ['Sunchon', 'kp-sunchon'], ['Suncheon', 'kp-sunchon'],
  ['Sukchon', 'kp-sukchon'], ['Sukcheon', 'kp-sukchon'], ['Pukchang', 'kp-pukchang'], ['Yangdok', 'kp-yangdok'], ['Maengsan', 'kp-maengsan'],
  ['Nyongwon', 'kp-nyongwon'], ['Yeongwon', 'kp-nyongwon'], ['Chollima District', 'kp-nampo-chollima'], ['Waudo', 'kp-nampo-waudo'],
  ['Ryonggang', 'kp-nampo-ryonggang'], ['Yonggang', 'kp-nampo-ryonggang'], ['Hanggu District', 'kp-nampo-hanggu'],
  // Pyongyang districts
  ['Sunan', 'kp-pyongyang-sunan'], ['Sunan District', 'kp-pyongyang-sunan'], ['순안구역', 'kp-pyongyang-sunan'], ['Mangyongdae', 'kp-pyongyang-mangyongdae'],
  ["Man'gyŏngdae", 'kp-pyongyang-mangyongdae'], ['Moranbong', 'kp-pyongyang-moranbong'], ['Chung District', 'kp-pyongyang-chung'], ['중구역', 'kp-pyongyang-chung'],
  ['Potonggang', 'kp-pyongyang-potonggang'], ['Botonggang', 'kp-pyongyang-potonggang'], ['Rangnang', 'kp-pyongyang-rangnang'], ['Nangnang', 'kp-pyongyang-rangnang'],
  ['Ryokpo', 'kp-pyongyang-ryokpo'], ['Yokpo', 'kp-pyongyang-ryokpo'], ['Kangdong', 'kp-pyongyang-kangdong'], ['Sungho', 'kp-pyongyang-sungho'],
  ['Hyongjesan', 'kp-pyongyang-hyongjesan'], ['Taedonggang District', 'kp-pyongyang-taedonggang'],
  // North Pyongan
  ['Sinuiju', 'kp-sinuiju'], ['Sinŭiju', 'kp-sinuiju'], ['Shinuiju', 'kp-sinuiju'], ['Sinuiju-si', 'kp-sinuiju'], ['신의주', 'kp-sinuiju'],
  ['Ryongchon', 'kp-ryongchon'], ['Yongchon', 'kp-ryongchon'], ['Ryongchon County', 'kp-ryongchon'], ['Yongcheon', 'kp-ryongchon'], ['룡천군', 'kp-ryongchon'],
  ['용천', 'kp-ryongchon'], ['Yongbyon', 'kp-yongbyon'], ['Nyongbyon', 'kp-yongbyon'], ['Yeongbyeon', 'kp-yongbyon'], ['영변', 'kp-yongbyon'],
  ['Uiju', 'kp-uiju'], ['Ŭiju', 'kp-uiju'], ['Chongju', 'kp-chongju'], ['Jeongju', 'kp-chongju'], ['Kusong', 'kp-kusong'], ['Guseong', 'kp-kusong'],
  ['Sakchu', 'kp-sakchu'], ['Sakju', 'kp-sakchu'], ['Pyoktong', 'kp-pyoktong'], ['Changsong', 'kp-changsong'], ['Cholsan', 'kp-cholsan'],
  ['Sindo', 'kp-sindo'], ['Pihyon', 'kp-pihyon'], ['Yomju', 'kp-yomju'], ['Sonchon', 'kp-sonchon'],
  // Hwanghae and Kangwon
  ['Haeju', 'kp-haeju'], ['해주시', 'kp-haeju'], ['Ongjin', 'kp-ongjin'], ['Jaeryong', 'kp-jaeryong'], ['Chaeryong', 'kp-jaeryong'], ['Sinchon', 'kp-sinchon'],
  ['Sincheon', 'kp-sinchon'], ['Yonan', 'kp-yonan'], ['Ryongyon', 'kp-ryongyon'], ['Sariwon', 'kp-sariwon'], ['Sariwŏn-si', 'kp-sariwon'],
  ['Songnim', 'kp-songnim'], ['Songrim', 'kp-songnim'], ['Kaesong', 'kp-kaesong'], ['Gaeseong', 'kp-kaesong'], ['개성시', 'kp-kaesong'],
  ['Hwangju', 'kp-hwangju'], ['Singye', 'kp-singye'], ['Koksan', 'kp-koksan'], ['Pyongsan', 'kp-pyongsan'], ['Panmunjom', 'kp-panmunjom'],
  ['Wonsan', 'kp-wonsan'], ['Wŏnsan', 'kp-wonsan'], ['원산', 'kp-wonsan'], ['Munchon', 'kp-munchon'], ['Tongchon', 'kp-tongchon'], ['Kosong', 'kp-kosong'],
  ['Cholwon', 'kp-cholwon'], ['Anbyon', 'kp-anbyon'],
  // Counties split by the MDL: the Revised Romanisation names the South's half, as the reports use it
  ['Goseong', 'kr-goseong'], ['Cheorwon', 'kr-cheorwon'],
  // China and Russia
  ['Dandong', 'cn-dandong'], ['단동', 'cn-dandong'], ['丹东', 'cn-dandong'], ['Shenyang', 'cn-shenyang'], ['선양', 'cn-shenyang'], ['Yanji', 'cn-yanji'],
  ['연길', 'cn-yanji'], ['Tumen', 'cn-tumen'], ['图们', 'cn-tumen'], ['Hunchun', 'cn-hunchun'], ['훈춘', 'cn-hunchun'], ['Changbai', 'cn-changbai'],
  ['Ji’an', 'cn-jian'], ['Linjiang', 'cn-linjiang'], ['Longjing', 'cn-longjing'], ['Helong', 'cn-helong'], ['Yanbian', 'cn-yanbian'],
  ['Jilin City', 'cn-jilin-city'], ['Changchun', 'cn-changchun'], ['Dalian', 'cn-dalian'], ['Vladivostok', 'ru-vladivostok'], ['Владивосток', 'ru-vladivostok'],
  ['Khasan', 'ru-khasan'], ['Хасан', 'ru-khasan'], ['Ussuriysk', 'ru-ussuriysk'], ['Nakhodka', 'ru-nakhodka'],
];

describe('lookupPlaceName', () => {
  // Not a count of the cases above (that could only fail by deleting some): every North Korean province
  // the gazetteer holds must be found first by its own name.
  it.each(PLACES.filter((p) => p.country === 'KP' && p.level === 'province').map((p) => [p.name, p.id]))('province %s → %s', (name, id) => {
    expect(lookupPlaceName(name)[0]?.id).toBe(id);
  });

  it.each(CASES)('%s → %s', (input, id) => {
    expect(lookupPlaceName(input)[0]?.id).toBe(id);
  });

  it('keeps Sunam (Chongjin) and Sunan (Pyongyang) apart', () => {
    expect(lookupPlaceName('Sunam').map((p) => p.id)).toEqual(['kp-chongjin-sunam']);
    expect(lookupPlaceName('Sunan').map((p) => p.id)).toEqual(['kp-pyongyang-sunan']);
  });

  it('knows Tumen but not Tyumen', () => {
    expect(lookupPlaceName('Tyumen')).toEqual([]);
    expect(lookupPlaceName('Tumen').map((p) => p.country)).toEqual(['CN']);
  });

  it('returns every reading of a shared name, most specific first', () => {
    expect(lookupPlaceName('Ryongsong District').map((p) => p.id).sort()).toEqual(['kp-hamhung-ryongsong', 'kp-pyongyang-ryongsong']);
    expect(lookupPlaceName('Jilin City').map((p) => p.level)).toEqual(['city', 'province']);
  });

  it('finds nothing for unknown or empty names', () => {
    expect(lookupPlaceName('Atlantis')).toEqual([]);
    expect(lookupPlaceName('')).toEqual([]);
    expect(lookupPlaceName('County')).toEqual([]);
  });
});
