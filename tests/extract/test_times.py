"""The times stage: detection, spans and resolution of Arabic date expressions, family by family."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.extract.time_lexicon import lexicon
from khabar.extract.time_resolve import add_months, monday, weekday_near
from khabar.extract.times import NO_PUBLICATION_DATE, extract_times, resolve_expression
from khabar.text.normalize import normalize_form
from khabar.doc import Article, Doc
from tests.conftest import make_doc

THU = "2015-08-06"  # a Thursday
TUE = "2023-07-11"  # a Tuesday


def times_of(text: str, published: str | None = THU) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, published)
    extract_times(doc)
    return [(t.span.text, t.value, t.precision) for t in doc.times]


CASES = [
    # weekdays
    pytest.param("قال مسؤولون يوم الجمعة الماضي إن الغارة نجحت.", TUE,
                 [("يوم الجمعة الماضي", "2023-07-07", "day")], id="weekday-past-with-yom"),
    pytest.param("وقصفت الطائرات مواقع المسلحين الثلاثاء.", THU,
                 [("الثلاثاء", "2015-08-04", "day")], id="weekday-bare-past"),
    pytest.param("ويعقد المجلس جلسته الأحد المقبل.", THU,
                 [("الأحد المقبل", "2015-08-09", "day")], id="weekday-next"),
    pytest.param("ويبدأ الاجتماع يوم السبت القادم في جدة.", THU,
                 [("يوم السبت القادم", "2015-08-08", "day")], id="weekday-next-qadim"),
    pytest.param("اندلعت اشتباكات مساء السبت في المدينة.", THU,
                 [("مساء السبت", "2015-08-01", "day")], id="weekday-daypart"),
    pytest.param("قتل 13 مسلحا ليل الأحد الإثنين غرب المدينة.", THU,
                 [("ليل الأحد الإثنين", "2015-08-02", "day")], id="weekday-night-pair"),
    pytest.param("وأعلن الجيش الخميس الماضي سيطرته على البلدة.", THU,
                 [("الخميس الماضي", "2015-07-30", "day")], id="weekday-past-same-weekday"),
    pytest.param("وسيزور الوزير القاهرة الأحد لبحث الأزمة.", THU,
                 [("الأحد", "2015-08-09", "day")], id="weekday-future-verb"),
    pytest.param("كان المهاجم يعلم أن الطلاب سيؤدون الصلاة في القاعة يوم الثلاثاء.", THU,
                 [("يوم الثلاثاء", "2015-08-04", "day")], id="weekday-future-seen-from-the-past"),
    pytest.param("وكان من المقرر أن تنعقد الجلسة الأربعاء لكنها أرجئت.", THU,
                 [("الأربعاء", "2015-08-05", "day")], id="weekday-was-scheduled-is-past"),
    pytest.param("وكان الوزير قد أعلن أنه سيزور بغداد الأحد.", THU,
                 [("الأحد", "2015-08-09", "day")], id="weekday-pluperfect-report-keeps-future"),
    # a bare month a future cue points to is next year's only a few months ahead; a month just past
    # is a future seen from the past (the writer names the year or says المقبل of one a year ahead)
    pytest.param("وأعلن المتمردون أنهم سيصعدون هجماتهم في منتصف يونيو ردا على الخروقات.", THU,
                 [("منتصف يونيو", "2015-06-01", "month")], id="month-just-past-with-future-cue"),
    pytest.param("وستجرى الانتخابات البلدية في فبراير وفق اللجنة.", THU,
                 [("فبراير", "2016-02-01", "month")], id="month-months-ahead-with-future-cue"),
    pytest.param("وتباع الخضار في سوق الثلاثاء بالمدينة.", THU, [], id="weekday-market-is-no-date"),
    pytest.param("واتفق الاثنين معا على الهدنة.", THU, [], id="ithnayn-both-is-no-date"),
    pytest.param("وقال المدرب أحمد الخميس إن الفريق جاهز.", THU, [], id="al-khamis-family-name"),
    pytest.param("وأصدر الرئيس هادي الاثنين قرارا.", THU, [("الاثنين", "2015-08-03", "day")],
                 id="weekday-after-a-name-still-a-date"),
    # relative days
    pytest.param("قتل جنديان أمس في انفجار لغم.", THU, [("أمس", "2015-08-05", "day")], id="yesterday"),
    pytest.param("شنت الطائرات غارات فجر أمس على مواقع الحوثيين.", THU,
                 [("فجر أمس", "2015-08-05", "day")], id="dawn-yesterday"),
    pytest.param("وصل الوفد أول من أمس إلى عدن.", THU,
                 [("أول من أمس", "2015-08-04", "day")], id="day-before-yesterday"),
    pytest.param("انتشر الجنود في محيط القاعدة أمس الأول.", THU,
                 [("أمس الأول", "2015-08-04", "day")], id="ams-al-awwal"),
    pytest.param("اعتقلت القوات الليلة الماضية 15 شخصا.", THU,
                 [("الليلة الماضية", "2015-08-05", "day")], id="last-night"),
    pytest.param("وتتجه قوة كبيرة إلى أبين عصر اليوم.", THU,
                 [("عصر اليوم", "2015-08-06", "day")], id="afternoon-today"),
    pytest.param("وتفتتح مصر القناة الجديدة غداً.", THU, [("غداً", "2015-08-07", "day")], id="tomorrow"),
    pytest.param("وأفرج عنها الليلة قبل الماضية بعد وساطة.", THU,
                 [("الليلة قبل الماضية", "2015-08-04", "day")], id="night-before-last"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في ساعة متأخرة من البارحة الأولى.", THU,
                 [("البارحة الأولى", "2015-08-04", "day")], id="al-baariha-al-oula-is-two-days-back"),
    pytest.param("وقصفت المدفعية مواقع المسلحين البارحة.", THU,
                 [("البارحة", "2015-08-05", "day")], id="al-baariha-alone-is-yesterday"),
    pytest.param("وهاجم مسلحون حاجزا للجيش ليلة الثلاثاء.", THU,
                 [("ليلة الثلاثاء", "2015-08-03", "day")], id="laylat-weekday-is-the-night-before"),
    pytest.param("وهاجم مسلحون حاجزا للجيش مساء الثلاثاء.", THU,
                 [("مساء الثلاثاء", "2015-08-04", "day")], id="evening-of-weekday-is-that-day"),
    pytest.param("وبلغ سعر الغرفة 100 دولار في الليلة.", THU, [], id="per-night-is-no-date"),
    pytest.param("ويزور رئيس الوزراء الأردن يوم غد الأربعاء.", TUE,
                 [("يوم غد الأربعاء", "2023-07-12", "day")], id="tomorrow-weekday"),
    pytest.param("قتل جنديان تركيان أمس الثلاثاء في انفجار.", THU,
                 [("أمس الثلاثاء", "2015-08-04", "day")], id="weekday-wins-over-yesterday"),
    pytest.param("وأعلن المرصد اليوم الثلاثاء مقتل العشرات.", THU,
                 [("اليوم الثلاثاء", "2015-08-04", "day")], id="weekday-wins-over-today"),
    pytest.param("وصلت المساعدات بالأمس إلى الميناء.", THU, [("الأمس", "2015-08-05", "day")],
                 id="yesterday-with-clitic"),
    pytest.param("وفي اليوم التالي انسحبت القوات.", THU, [], id="the-next-day-is-no-date"),
    pytest.param("وفي صباح اليوم التالي انسحبت القوات.", THU, [], id="the-next-morning-is-no-date"),
    pytest.param("عين اليوم – بيروت: قال المرصد إن القصف استمر.", THU, [], id="outlet-name-is-no-date"),
    pytest.param("تناول الدواء مرتين في اليوم حتى تزول الأعراض.", THU, [], id="twice-a-day-is-no-date"),
    pytest.param("وكان اليوم الأكثر دموية في العاصمة.", THU, [], id="the-bloodiest-day"),
    pytest.param("منذ اليوم الافتتاحي للبطولة.", THU, [], id="the-opening-day"),
    pytest.param("اعتمدت اليوم اللجنة التنفيذية الأسماء.", THU, [("اليوم", "2015-08-06", "day")],
                 id="today-before-a-subject"),
    pytest.param("قتل جنديان هذا الصباح في هجوم على حاجز.", THU, [("هذا الصباح", THU, "day")], id="this-morning"),
    pytest.param("وقال المتحدث مساء هذا اليوم إن القصف توقف.", THU, [("مساء هذا اليوم", THU, "day")],
                 id="this-evening-of-this-day"),
    pytest.param("بات المقاتلون اليوم محاصرين في بعض النواحي.", THU, [], id="today-meaning-nowadays"),
    pytest.param("أصبح اليمن في أمس الحاجة إلى المساعدات.", THU, [], id="ams-al-haja-is-no-date"),
    pytest.param("وقالت المجموعة التي اختطفت اليوم (أمس) إنها بخير.", THU,
                 [("اليوم", "2015-08-05", "day"), ("أمس", "2015-08-05", "day")], id="bracket-gloss"),
    pytest.param("ويعود الفريق إلى التدريبات غداً (السبت) استعدادا للقاء.", THU,
                 [("غداً (السبت)", "2015-08-08", "day")], id="weekday-gloss-of-tomorrow"),
    pytest.param("وأعلنت الحركة أمس (الأربعاء) تعيين زعيم جديد.", THU,
                 [("أمس (الأربعاء)", "2015-08-05", "day")], id="weekday-gloss-of-yesterday"),
    pytest.param("وقال المرصد اليوم ( الخميس ) إن القصف استمر.", THU,
                 [("اليوم ( الخميس )", "2015-08-06", "day")], id="weekday-gloss-with-spaces-is-one-expression"),
    # a report written the day before it was published names its own day: a bare "اليوم" is that day
    pytest.param("أعلن الجيش اليوم الأربعاء مقتل ثلاثة مسلحين. وسيعقد الوزير مؤتمرا صحفيا في وقت لاحق اليوم.", THU,
                 [("اليوم الأربعاء", "2015-08-05", "day"), ("اليوم", "2015-08-05", "day")],
                 id="article-today-named-by-weekday"),
    pytest.param("انفجرت عبوة صباح اليوم في السوق. وقال المتحدث اليوم (الأربعاء) إن القتلى خمسة.", THU,
                 [("صباح اليوم", "2015-08-05", "day"), ("اليوم (الأربعاء)", "2015-08-05", "day")],
                 id="article-today-named-by-gloss-dates-an-earlier-today"),
    pytest.param("أعلن الجيش اليوم الخميس مقتل ثلاثة مسلحين. وقال المتحدث اليوم إن العملية انتهت.", THU,
                 [("اليوم الخميس", "2015-08-06", "day"), ("اليوم", "2015-08-06", "day")],
                 id="article-today-on-the-publication-day"),
    pytest.param("أعلن الجيش اليوم الأربعاء مقتل مسلح. وقال محافظ آخر اليوم الثلاثاء إن القصف توقف، وقتل جندي اليوم.", THU,
                 [("اليوم الأربعاء", "2015-08-05", "day"), ("اليوم الثلاثاء", "2015-08-04", "day"),
                  ("اليوم", "2015-08-06", "day")],
                 id="article-today-two-named-days-share-nothing"),
    pytest.param("أعلن الجيش اليوم الأربعاء مقتل مسلح. وقتل جندي أمس في القصف.", THU,
                 [("اليوم الأربعاء", "2015-08-05", "day"), ("أمس", "2015-08-05", "day")],
                 id="article-today-leaves-yesterday-to-the-publication-day"),
    # N units ago, with number words and duals
    pytest.param("قتلته غارة في سوريا قبل يومين.", "2023-07-10",
                 [("قبل يومين", "2023-07-08", "day")], id="ago-dual-days"),
    pytest.param("اختفى الصحفي قبل ثلاثة أيام.", THU, [("قبل ثلاثة أيام", "2015-08-03", "day")],
                 id="ago-number-word"),
    pytest.param("أطلقت أنقرة عملية جوية قبل أسبوع.", "2015-08-01",
                 [("قبل أسبوع", "2015-07-20", "week")], id="ago-week"),
    pytest.param("توفي الملا عمر قبل سنتين في باكستان.", "2015-08-02",
                 [("قبل سنتين", "2013-01-01", "year")], id="ago-dual-years"),
    pytest.param("بدأت عمليات التحالف قبل أربعة أشهر.", "2015-08-04",
                 [("قبل أربعة أشهر", "2015-04-01", "month")], id="ago-months"),
    pytest.param("أغلق المطار قبل نحو 3 أسابيع.", THU, [("قبل نحو 3 أسابيع", "2015-07-13", "week")],
                 id="ago-approx-digits"),
    pytest.param("وصل المدرب قبل يومين من انطلاق البطولة.", THU, [], id="ago-from-an-event"),
    pytest.param("وانضم المتهم إلى الخلية قبل يوم واحد من الهجوم.", THU, [], id="ago-one-from-an-event"),
    pytest.param("ووصل الوفد إلى عدن قبل يوم واحد.", THU, [("قبل يوم", "2015-08-05", "day")],
                 id="ago-one-from-the-report"),
    # periods
    pytest.param("هاجمت الجبهة مقرات الفرقة الأسبوع الماضي.", THU,
                 [("الأسبوع الماضي", "2015-07-27", "week")], id="last-week"),
    pytest.param("وتعقد القمة في الشهر الجاري.", THU, [("الشهر الجاري", "2015-08-01", "month")],
                 id="current-month"),
    pytest.param("وتنتهي ولايته العام المقبل.", THU, [("العام المقبل", "2016-01-01", "year")],
                 id="next-year"),
    pytest.param("انهارت الحركة هذا العام بعد اشتباكات.", THU, [("هذا العام", "2015-01-01", "year")],
                 id="this-year"),
    pytest.param("وافقت تركيا نهاية الشهر الماضي على استخدام القاعدة.", THU,
                 [("نهاية الشهر الماضي", "2015-07-01", "month")], id="end-of-last-month"),
    pytest.param("خلال الهجوم على القطاع صيف العام الماضي.", THU,
                 [("صيف العام الماضي", "2014-01-01", "year")], id="season-of-last-year"),
    pytest.param("وتراجعت الأسعار منذ بداية السنة.", THU, [("بداية السنة", "2015-01-01", "year")],
                 id="start-of-the-year"),
    pytest.param("وقال المدير العام السابق للشركة إن الخسائر كبيرة.", THU, [], id="former-director-general"),
    pytest.param("منذ اجتياحها العاصمة في الـ21 من سبتمبر من العام الماضي.", THU,
                 [("الـ21 من سبتمبر من العام الماضي", "2014-09-21", "day")], id="article-before-the-day-digits"),
    pytest.param("وتعقد القمة يوم الـ3 من الشهر الجاري.", THU,
                 [("يوم الـ3 من الشهر الجاري", "2015-08-03", "day")], id="article-before-a-day-of-this-month"),
    pytest.param("قتل الـ24 شخصا في الهجوم.", THU, [], id="article-before-a-count-is-no-day"),
    pytest.param("وشهد عام 2013 مقتل 11 صحافيا. وقتل 16 صحافيا في سوريا في العام نفسه.", THU,
                 [("عام 2013", "2013-01-01", "year"), ("العام نفسه", "2013-01-01", "year")],
                 id="the-same-year-as-the-sentence-before"),
    pytest.param("جرائم ارتكبت خلال انتفاضة 2011 التي أنهت حكم الرجل الذي قتلوه في نهاية العام نفسه.", THU,
                 [("نهاية العام نفسه", "2011-01-01", "year")], id="the-same-year-as-a-bare-year"),
    pytest.param("في العام ذاته (1953) مثلت في فيلم آخر.", THU, [("العام ذاته", "1953-01-01", "year")],
                 id="the-same-year-glossed"),
    pytest.param("من 21 يونيو 2013 وحتى 14 أغسطس من ذات العام ارتكبوا جرائم.", THU,
                 [("21 يونيو 2013", "2013-06-21", "day"), ("14 أغسطس من ذات العام", "2013-08-14", "day")],
                 id="the-same-year-qualifying-a-date"),
    pytest.param("وقتلوه في نهاية العام نفسه.", THU, [], id="the-same-year-with-none-before-is-no-time"),
    pytest.param("واعتقلت الشرطة في أبريل الماضي من العام الحالي 93 شخصا.", THU,
                 [("أبريل الماضي من العام الحالي", "2015-04-01", "month")], id="month-qualified-by-its-year"),
    pytest.param("وأعلنت الوزارة في ثاني أيام عيد الفطر من الشهر الحالي القبض على الخلية.", THU,
                 [("ثاني أيام عيد الفطر من الشهر الحالي", "2015-07-18", "day")],
                 id="holiday-qualified-by-its-hijri-month"),
    pytest.param("وقال المسؤول يوم الثلاثاء من الأسبوع الماضي إن الهجوم فشل.", THU,
                 [("يوم الثلاثاء من الأسبوع الماضي", "2015-07-28", "day")], id="weekday-of-last-week"),
    pytest.param("وقتل يوم الجمعة من الشهر الماضي جنديان.", THU,
                 [("يوم الجمعة", "2015-07-31", "day"), ("الشهر الماضي", "2015-07-01", "month")],
                 id="a-weekday-of-another-month-stays-apart"),
    pytest.param("وفجر الانتحاري نفسه بين الجنود العائدين من عطلة نهاية الأسبوع.", THU, [],
                 id="weekend-break-is-a-habit"),
    pytest.param("سافر الجنود لإجازة نهاية الأسبوع.", THU, [], id="weekend-leave-behind-a-clitic"),
    pytest.param("قتل خمسة في قصف في نهاية الأسبوع على القرية.", THU,
                 [("نهاية الأسبوع", "2015-08-03", "week")], id="the-weekend-itself-is-a-time"),
    pytest.param("قتل خمسة في عطلة نهاية الأسبوع الماضي.", THU,
                 [("نهاية الأسبوع الماضي", "2015-07-27", "week")], id="last-weekend-break-is-a-time"),
    pytest.param("وأجريت الانتخابات العام الماضي.", THU, [("العام الماضي", "2014-01-01", "year")],
                 id="last-year-after-a-noun"),
    # day + month (+ year), every region
    pytest.param("استهدفته طائرة مسيرة يوم 7 يوليو الجاري.", "2023-07-10",
                 [("يوم 7 يوليو الجاري", "2023-07-07", "day")], id="egyptian-month-current"),
    pytest.param("وقع التفجير في 20 تموز/يوليو في سروج.", THU,
                 [("20 تموز/يوليو", "2015-07-20", "day")], id="levantine-paired-month"),
    pytest.param("وقع الهجوم في 7 تموز 2023 قرب حلب.", TUE, [("7 تموز 2023", "2023-07-07", "day")],
                 id="levantine-month-year"),
    pytest.param("انطلقت المهرجانات يوم 14 يوليوز 2015 بالرباط.", THU,
                 [("يوم 14 يوليوز 2015", "2015-07-14", "day")], id="moroccan-month"),
    pytest.param("أعلنت الحكومة في 5 جويلية 2015 قرارها.", THU,
                 [("5 جويلية 2015", "2015-07-05", "day")], id="algerian-month"),
    pytest.param("وصدر المرسوم في 12 أوت 2015 بتونس.", "2015-08-20",
                 [("12 أوت 2015", "2015-08-12", "day")], id="tunisian-month"),
    pytest.param("وتعقد الجلسة في 3 شتنبر المقبل.", THU, [("3 شتنبر المقبل", "2015-09-03", "day")],
                 id="moroccan-month-next"),
    pytest.param("وفي الثالث من اغسطس الحالي نشرت القوات.", "2015-08-10",
                 [("الثالث من اغسطس الحالي", "2015-08-03", "day")], id="ordinal-day"),
    pytest.param("وتجرى الانتخابات في الأسبوع الثاني من أكتوبر المقبل.", THU,
                 [("الأسبوع الثاني من أكتوبر المقبل", "2015-10-05", "week")], id="week-of-month"),
    pytest.param("وبدأ الهجوم في السابع من يوليو.", TUE, [("السابع من يوليو", "2023-07-07", "day")],
                 id="ordinal-day-bare"),
    pytest.param("وشن التحالف غاراته في 26 مارس.", THU, [("26 مارس", "2015-03-26", "day")],
                 id="day-month-past"),
    pytest.param("وسيطروا على العاصمة في سبتمبر الماضي.", THU,
                 [("سبتمبر الماضي", "2014-09-01", "month")], id="month-last"),
    pytest.param("استولوا على صنعاء في سبتمبر ايلول.", THU, [("سبتمبر ايلول", "2014-09-01", "month")],
                 id="month-pair-after-publication-is-past"),
    pytest.param("وتصل الشحنات بين سبتمبر ونوفمبر من هذا العام.", THU,
                 [("سبتمبر", "2015-09-01", "month"), ("نوفمبر من هذا العام", "2015-11-01", "month")],
                 id="month-of-this-year"),
    pytest.param("وعاش هناك من أبريل إلى سبتمبر 2014.", THU,
                 [("أبريل", "2014-04-01", "month"), ("سبتمبر 2014", "2014-09-01", "month")], id="range-year"),
    pytest.param("وتوقف البرنامج بين نوفمبر وفبراير 2015.", THU,
                 [("نوفمبر", "2014-11-01", "month"), ("فبراير 2015", "2015-02-01", "month")],
                 id="range-year-across-new-year"),
    pytest.param("وانتهى الفصل في الثلاثين من يونيو لعام 2007.", THU,
                 [("الثلاثين من يونيو لعام 2007", "2007-06-30", "day")], id="date-li-aam-year"),
    pytest.param("ويقيم في الرياض منذ مارس آذار.", THU, [("مارس آذار", "2015-03-01", "month")],
                 id="month-pair-space"),
    pytest.param("سقطت البلدة في مايو - أيار.", THU, [("مايو - أيار", "2015-05-01", "month")],
                 id="month-pair-dash"),
    pytest.param("وتشهد سوريا منذ منتصف آذار/مارس 2011 نزاعا.", THU,
                 [("منتصف آذار/مارس 2011", "2011-03-01", "month")], id="part-month-year"),
    # a half of a month or year is that period: "الثاني من شهر يونيو" inside it is no day
    pytest.param("وتراجعت الإيرادات خلال النصف الثاني من شهر مايو الماضي.", THU,
                 [("النصف الثاني من شهر مايو الماضي", "2015-05-01", "month")], id="second-half-of-a-month"),
    pytest.param("وتضاعفت الهجمات في النصف الاول من 2013 في المحافظة.", THU,
                 [("النصف الاول من 2013", "2013-01-01", "year")], id="first-half-of-a-year"),
    pytest.param("وعاد الوفد في الثاني من شهر مايو.", THU,
                 [("الثاني من شهر مايو", "2015-05-02", "day")], id="ordinal-day-of-a-month-without-half"),
    pytest.param("منذ بداية كانون الثاني(يناير) انشق القادة.", THU,
                 [("بداية كانون الثاني(يناير)", "2015-01-01", "month")], id="two-word-levantine-month"),
    pytest.param("قضى سبعة لاجئين خلال يوليو الحالي.", "2015-08-02",
                 [("يوليو الحالي", "2015-07-01", "month")], id="named-month-current-is-that-month"),
    pytest.param("وأمهل البرلمان الحكومة حتى 23 أغسطس لتشكيل حكومة.", "2015-07-27",
                 [("23 أغسطس", "2015-08-23", "day")], id="deadline-date-is-coming"),
    pytest.param("واستمر القصف حتى الجمعة.", THU, [("الجمعة", "2015-07-31", "day")],
                 id="until-weekday-stays-past"),
    pytest.param("تعقد القمة في 10 أغسطس بالقاهرة.", THU, [("10 أغسطس", "2015-08-10", "day")],
                 id="date-days-after-publication-is-coming"),
    pytest.param("بني القصر قبل 150 عاما.", THU, [("قبل 150 عاما", "1865-01-01", "year")],
                 id="ago-many-years"),
    pytest.param("ضمن الخطة الخمسية 2015 - 2019م.", THU,
                 [("2015", "2015-01-01", "year"), ("2019م", "2019-01-01", "year")], id="year-range"),
    pytest.param("وسيطروا على صنعاء في سبتمبر (أيلول) ثم توسعوا.", THU,
                 [("سبتمبر (أيلول)", "2014-09-01", "month")], id="saytara-is-no-future-verb"),
    pytest.param("ويعتصم المحتجون منذ 15 سبتمبر أمام البرلمان.", THU, [("15 سبتمبر", "2014-09-15", "day")],
                 id="since-date-is-past"),
    pytest.param("ويسافر الرئيس إلى نيويورك الشهر المقبل ثم سيلقي كلمته في أكتوبر.", THU,
                 [("الشهر المقبل", "2015-09-01", "month"), ("أكتوبر", "2015-10-01", "month")],
                 id="future-verb-month"),
    pytest.param("مارس الجيش ضغوطا كبيرة على السكان.", THU, [], id="marasa-verb-is-no-month"),
    pytest.param("وقصفت الطائرات محافظة اب وسط البلاد.", THU, [], id="ibb-city-is-no-month"),
    pytest.param("وأشاد بالاهتمام الذي يوليه الوزير للقطاع.", THU, [], id="yuliihi-verb-is-no-month"),
    # years
    pytest.param("فجر انتحاري نفسه عند السفارة عام 2013.", THU, [("عام 2013", "2013-01-01", "year")],
                 id="year-with-aam"),
    pytest.param("بدأ الحزب تمرده في 1984، ومنذ ذلك الوقت قتل الآلاف.", THU,
                 [("1984", "1984-01-01", "year")], id="year-after-preposition"),
    pytest.param("وصلت الموظفة يوم الجمعة 31 يوليو2015 لتسلم الشقة.", THU,
                 [("يوم الجمعة 31 يوليو2015", "2015-07-31", "day")], id="month-touching-year"),
    pytest.param("عثرت الشرطة بالأمس الأول على جثة.", THU, [("الأمس الأول", "2015-08-04", "day")],
                 id="al-ams-al-awwal"),
    pytest.param("قصفت الطائرات المدينة حتى تشرين ثان/نوفمبر 1943.", THU,
                 [("تشرين ثان/نوفمبر 1943", "1943-11-01", "month")], id="levantine-month-short-form"),
    pytest.param("لم يظهر منذ نهاية 2001.", THU, [("نهاية 2001", "2001-01-01", "year")], id="part-year"),
    pytest.param("وانتشر 2000 مقاتل في المنطقة.", THU, [], id="count-is-no-year"),
    pytest.param("وقتل 1984 شخصا في الحرب.", THU, [], id="count-in-year-range-is-no-year"),
    # Hijri
    pytest.param("بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "2015-08-10",
                 [("25 شوال 1436 هـ", "2015-08-10", "day"), ("10 أغسطس 2015 م", "2015-08-10", "day")],
                 id="hijri-and-gregorian-dateline"),
    pytest.param("ويبدأ التسجيل في 10 ذي الحجة 1436هـ.", THU, [("10 ذي الحجة 1436هـ", "2015-09-23", "day")],
                 id="hijri-dhu-al-hijja"),
    pytest.param("وصدر القرار في شهر رمضان الماضي.", THU, [("شهر رمضان الماضي", "2015-06-18", "month")],
                 id="hijri-month-last"),
    pytest.param("وقال رمضان إن الفريق جاهز.", THU, [], id="ramadan-given-name"),
    # numeric
    pytest.param("وقع الحادث بتاريخ 7/7/2023 في المدينة.", TUE, [("7/7/2023", "2023-07-07", "day")],
                 id="numeric-dmy"),
    pytest.param("نشر القرار في 2023-07-07.", TUE, [("2023-07-07", "2023-07-07", "day")], id="numeric-iso"),
    pytest.param("يوم الخميس الموافق 1436/10/28هـ.", THU,
                 [("يوم الخميس الموافق 1436/10/28هـ", "2015-08-13", "day")], id="numeric-hijri-with-weekday"),
    pytest.param("تبدأ الدراسة يوم 8 / 11 / 1436هـ", THU, [("يوم 8 / 11 / 1436هـ", "2015-08-23", "day")],
                 id="numeric-hijri-spaced"),
    # not times: durations, vague periods, clock times, ages
    pytest.param("تعرضت المسيرات لمضايقات لنحو ساعتين.", THU, [], id="duration-hours"),
    pytest.param("أقام في إدلب لفترة تقترب من العامين.", THU, [], id="duration-two-years"),
    pytest.param("أدت الغارات خلال اليومين الماضيين إلى مقتل العشرات.", THU, [], id="duration-past-two-days"),
    pytest.param("سقط عشرات القتلى خلال الـ24 ساعة الماضية.", THU, [], id="duration-24-hours"),
    pytest.param("تدور معارك منذ أيام بين الطرفين.", THU, [], id="vague-days"),
    pytest.param("فشلت الحركة منذ أربع سنوات في السيطرة.", THU, [], id="since-n-years-is-duration"),
    pytest.param("هاجموا المقر في الساعة الرابعة والنصف فجرا.", THU, [], id="clock-time"),
    pytest.param("توفي الطفل البالغ من العمر أربع سنوات.", THU, [], id="age"),
    # "nowadays" and "in the past": opinion writing, not dates
    pytest.param("هذا الخطر ليس من اليوم، بل بدأ قبل عقدين.", THU, [], id="not-just-nowadays"),
    pytest.param("إن من يبرر اليوم جرائم التنظيم هو شريك فيها.", THU, [], id="who-imperfect-nowadays"),
    pytest.param("فما البديل أمام ما نعيشه اليوم من أزمات متلاحقة؟", THU, [], id="what-we-live-nowadays"),
    pytest.param("من سكت أمس عن التطرف، هو من يصفق اليوم للإرهاب.", THU, [],
                 id="yesterday-against-nowadays"),
    pytest.param("قتل جنديان أمس، ويعقد المجلس جلسة طارئة اليوم.", THU,
                 [("أمس", "2015-08-05", "day"), ("اليوم", "2015-08-06", "day")], id="yesterday-and-today-news"),
    pytest.param("ويزور الوزير اليوم مخيمات اللاجئين.", THU, [("اليوم", "2015-08-06", "day")],
                 id="verb-today-is-a-date"),
    pytest.param("ويحرص الأهالي على صلاة الجماعة والجمعة في المسجد.", THU, [], id="prayer-list-friday"),
    pytest.param("وعاد الوفد يوم الخميس والجمعة إلى الرياض.", THU,
                 [("يوم الخميس", "2015-08-06", "day"), ("الجمعة", "2015-07-31", "day")],
                 id="weekday-list-still-dates"),
    # bare years in a range, Hijri years
    pytest.param("عمل في التنظيم من 2003 إلى نحو 2008 قبل اعتقاله.", THU,
                 [("2003", "2003-01-01", "year"), ("2008", "2008-01-01", "year")], id="year-range-with-approx"),
    pytest.param("وصل أكثر من 2000 لاجئ إلى الحدود.", THU, [], id="count-is-not-a-year"),
    pytest.param("والمتهم من مواليد 1415هـ.", THU, [("1415هـ", "1994-01-01", "year")],
                 id="hijri-year-first-of-gregorian-year"),
    pytest.param("شيد القصر في عام 1450 على ضفة النهر.", THU, [("عام 1450", "1450-01-01", "year")],
                 id="bare-year-gregorian-when-hijri-is-future"),
    pytest.param("افتتحت المدرسة عام 1392 في المدينة.", THU, [("عام 1392", "1972-01-01", "year")],
                 id="bare-year-hijri-when-past"),
    pytest.param("تفاصيل الخطة كشفها المدعي العام أمس، وأصبحت اليوم معروفة.", THU,
                 [("أمس", "2015-08-05", "day")], id="yesterday-kept-before-a-nowadays"),
    # birth years and years before 1900
    pytest.param("واعتقل شاب (مواليد 1991) في المداهمة.", THU, [("1991", "1991-01-01", "year")],
                 id="birth-year-after-mawalid"),
    pytest.param("توفي الشاعر (ولد في 1887) في بيروت.", THU, [("1887", "1887-01-01", "year")],
                 id="cued-year-before-1900"),
    # a chronology column: each line opens with its year, a yearless date in the line takes it
    pytest.param("أبرز الأحداث:\n1968 - انقلاب في بغداد انتهى في 30 يوليو.\n2001: تفجير في المدينة.", THU,
                 [("1968", "1968-01-01", "year"), ("30 يوليو", "1968-07-30", "day"),
                  ("2001", "2001-01-01", "year")], id="chronology-line-years"),
    # an "on this day" column: a line's year is this day of that year
    pytest.param("في مثل هذا اليوم:\n1968 - انقلاب في بغداد انتهى في 30 يوليو.\n2001: تفجير في المدينة.", THU,
                 [("1968", "1968-08-06", "day"), ("30 يوليو", "1968-07-30", "day"),
                  ("2001", "2001-08-06", "day")], id="on-this-day-line-years"),
    pytest.param("في مثل هذا اليوم:\nوقال المؤرخ إن 2014 - كما يعرف الجميع - كان صعبا.", THU, [],
                 id="on-this-day-year-inside-a-line-needs-a-cue"),
    pytest.param("1999 - هجوم على القافلة في تموز الماضي.", THU,
                 [("1999", "1999-01-01", "year"), ("تموز الماضي", "2015-07-01", "month")],
                 id="chronology-relative-month-keeps-publication"),
    pytest.param("وتراوح عددهم بين:\n2000 - 3000 مقاتل.", THU, [], id="line-opening-count-range-is-no-year"),
    pytest.param("وقال إن 2014 - كما يعرف الجميع - كان صعبا.", THU, [], id="year-inside-a-line-needs-a-cue"),
    # a word shaped like a future verb in the subject of a verb of saying is a name, not the future
    pytest.param("وقالت صحيفة بيزنس ستاندرد الثلاثاء إن المفاوضات فشلت.", THU,
                 [("الثلاثاء", "2015-08-04", "day")], id="speech-subject-is-no-future-verb"),
    pytest.param("ووقع التفجير أثناء أداء المصلين لصلاة الجمعة في المسجد.", THU, [],
                 id="prayer-behind-a-proclitic"),
    pytest.param("وقال الوزير إنه سيزور موسكو الثلاثاء.", THU,
                 [("الثلاثاء", "2015-08-11", "day")], id="reported-future-after-complementizer"),
    # a yearless date after a full date of another year in the same sentence takes that year
    pytest.param("سقطت القذيفة في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس. وفي 3 يوليو قتل جندي.", THU,
                 [("9 أغسطس 1945", "1945-08-09", "day"), ("15 أغسطس", "1945-08-15", "day"),
                  ("3 يوليو", "2015-07-03", "day")], id="sentence-year-carries-to-the-next-date"),
    pytest.param("بدأت الحملة في 3 مارس 2014 وتتواصل حتى 30 سبتمبر المقبل.", THU,
                 [("3 مارس 2014", "2014-03-03", "day"), ("30 سبتمبر المقبل", "2015-09-30", "day")],
                 id="sentence-year-not-for-a-relative-date"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_times(text: str, published: str | None, expected: list) -> None:
    assert times_of(text, published) == expected


def test_on_this_day_named_in_the_title() -> None:
    doc = Doc(Article(id="t", title="في مثل هذا اليوم .. سقوط الحصن", published=dt.date(2016, 2, 29),
                      text="1990- سقوط الحصن بيد المهاجمين.\n2012- انفجار في الميناء."))
    extract_times(doc)
    # 29 February: 1990 has none, so its line keeps the year; 2012 has one
    assert [(t.span.text, t.value, t.precision) for t in doc.times] == [
        ("1990", "1990-01-01", "year"), ("2012", "2012-02-29", "day")]


def test_no_publication_date_detects_and_flags() -> None:
    doc = make_doc("قتل جنديان أمس الثلاثاء، بعد هجوم في 20 تموز 2015 والأسبوع الماضي.", None)
    extract_times(doc)
    got = [(t.span.text, t.value, t.unresolved) for t in doc.times]
    assert got == [("أمس الثلاثاء", None, True), ("20 تموز 2015", "2015-07-20", False),
                   ("الأسبوع الماضي", None, True)]
    assert NO_PUBLICATION_DATE in doc.flags
    assert all(t.rule for t in doc.times)


@pytest.mark.parametrize("text", [
    pytest.param("", id="empty"), pytest.param("2015 2016 12/12/12 99999999", id="digits"),
    pytest.param("Yesterday, on Friday 7 July 2023, nothing.", id="latin"),
    pytest.param("أمس " * 5000 + "يوم الجمعة الماضي", id="huge"),
    pytest.param("في 31 شباط 2015 و 30/02/2015 و 35/13/1436هـ", id="impossible-dates"),
    pytest.param("قبل 0 أيام وقبل 1000 عام", id="odd-counts"),
])
def test_robust_offsets_and_order(text: str) -> None:
    doc = make_doc(text, THU)
    extract_times(doc)
    starts = [t.span.start for t in doc.times]
    assert starts == sorted(starts)
    for t in doc.times:
        assert doc.text[t.span.start:t.span.end] == t.span.text
        assert t.precision in {"day", "week", "month", "year"}


def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "وقُتِلَ ثلاثةٌ أمسِ الثلاثـاء."
    doc = make_doc(text, THU)
    extract_times(doc)
    assert [(t.span.text, t.value) for t in doc.times] == [("أمسِ الثلاثـاء", "2015-08-04")]


def test_resolve_expression_helper() -> None:
    t = resolve_expression("الأسبوع الماضي", dt.date(2015, 8, 6))
    assert (t.value, t.precision, t.rule) == ("2015-07-27", "week", "period:week:past")
    assert resolve_expression("لنحو ساعتين", dt.date(2015, 8, 6)) is None
    assert resolve_expression("أمس", None).unresolved


@pytest.mark.parametrize("d,expected", [
    pytest.param(dt.date(2015, 8, 2), dt.date(2015, 7, 27), id="sunday"),
    pytest.param(dt.date(2015, 8, 3), dt.date(2015, 8, 3), id="monday"),
])
def test_monday(d: dt.date, expected: dt.date) -> None:
    assert monday(d) == expected


def test_calendar_helpers() -> None:
    assert add_months(dt.date(2015, 1, 20), -2) == dt.date(2014, 11, 1)
    thu = dt.date(2015, 8, 6)
    assert weekday_near(thu, 4, "before") == dt.date(2015, 7, 30)
    assert weekday_near(thu, 4, "on_or_before") == thu
    assert weekday_near(thu, 4, "after") == dt.date(2015, 8, 13)


def test_every_babel_month_name_is_covered() -> None:
    """The regional month names of CLDR (via babel) all appear in months.yaml."""
    babel = pytest.importorskip("babel")
    from babel import Locale, localedata

    months = lexicon().months
    missing = set()
    for ident in localedata.locale_identifiers():
        if not ident.startswith("ar"):
            continue
        names = Locale.parse(ident).months["format"]["wide"]
        for i in range(1, 13):
            form = " ".join(normalize_form(names[i]).split())
            if form and not form.startswith("m"):
                if months.get(form) is None or months[form].month != i:
                    missing.add((ident, i, names[i]))
    assert not missing, sorted(missing)[:10]
    assert babel is not None


_PIECES = ["أمس", "اليوم", "الجمعة", "الماضي", "يوم", "قبل", "يومين", "7", "2015", "تموز", "/", "(",
           ")", "يوليو", "هـ", "شوال", "1436", "من", "السابع", "ـ", "ً", "،", "\u00a0", "\n", "و", "ب"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([" ", "", "  "]))
def test_offsets_hold_for_any_mix(pieces: list[str], sep: str) -> None:
    doc = make_doc(sep.join(pieces), THU)
    extract_times(doc)
    for t in doc.times:
        assert doc.text[t.span.start:t.span.end] == t.span.text and t.span.text


def start_offset_listed(word: str, lex) -> int:
    """The reference of times._start_offset: every proclitic, shortest first."""
    import sys

    letters_re = sys.modules["khabar.extract.times"]._LETTERS
    for p in lex.proclitics:
        if p and not word.startswith(p):
            continue
        rest = word[len(p):]
        if rest and (rest[0].isdigit() or rest in lex.starts or any(
                rest.startswith(a) and rest[len(a):len(a) + 1].isdigit() for a in lex.cue("day_article"))):
            return len(p)  # (the article before a day's digits: "الـ21 من سبتمبر")
        letters = letters_re.match(rest)  # تموز2014: a month name touching its year
        if letters and letters.end() < len(rest) and letters.group() in lex.starts:
            return len(p)
    return -1


@pytest.mark.parametrize("word,expected", [
    pytest.param("أمس", 0, id="start-word"),
    pytest.param("وأمس", 1, id="after-conjunction"),
    pytest.param("2014", 0, id="digits"),
    pytest.param("و2014", 1, id="digits-after-conjunction"),
    pytest.param("تموز2014", 0, id="month-touching-its-year"),
    pytest.param("مدينه", -1, id="no-start"),
    pytest.param("و", -1, id="proclitic-alone"),
    pytest.param("والـ21", 1, id="article-before-digits-after-conjunction"),
])
def test_start_offset_examples(word, expected):
    import sys

    times = sys.modules["khabar.extract.times"]
    lex = lexicon()
    form = normalize_form(word)
    assert times._start_offset(form, lex) == start_offset_listed(form, lex) == expected


@settings(max_examples=400, deadline=None)
@given(head=st.sampled_from(["", "و", "ب", "ل", "ف", "وب", "ول", "ال", "x"]),
       body=st.sampled_from(["امس", "تموز", "يوليو", "الجمعه", "مدينه", "2014", "", "٢", "²"]),
       tail=st.sampled_from(["", "2014", "ه", "x", "²"]))
def test_start_offset_matches_the_listed_reference(head, body, tail):
    import sys

    times = sys.modules["khabar.extract.times"]
    lex = lexicon()
    word = head + body + tail
    if word:
        assert times._start_offset(word, lex) == start_offset_listed(word, lex)


@pytest.mark.parametrize("text", [
    pytest.param("قتل 3 أمس وأصيب 12 يوم الجمعة 7 تموز 2014.", id="plain-words"),
    pytest.param("على بعد 3.5كم من البلدة، و12,000 نازح منذ تموز2014.", id="number-touching-a-word"),
    pytest.param("الإصدار 1.5.3 و_1.5 وa1.5 في 3,5يوليو", id="separators-and-underscores"),
    pytest.param("...", id="punctuation-only"),
    pytest.param("", id="empty"),
])
def test_candidates_from_tokens_equal_the_words_of_the_text(text):
    import sys

    from khabar.doc import Article, Doc

    times = sys.modules["khabar.extract.times"]
    lex = lexicon()
    for _ in range(2):  # form memos filled, then read
        doc = Doc(Article(id="c", text=text))
        assert times._doc_candidates(doc, lex) == times._candidates(doc.norm.text, lex)
