"""The historical polities of the atlas: who held each map unit, from when to when.

    python tools/build_geodata.py          # writes geodata/polities.geojson with the layers

A polity is composed of modern map units (``units``, codes of countries.geojson)
from ``start`` to ``end`` (the last day in force; ``null``: still holds). On a
day, every unit no polity claims is shown as itself, under its own name, so a
polity is needed wherever a unit's state of the day differs from today's: a
colony before independence, a federation or union, a divided country, an
occupation, a name the state no longer bears.

The table below is written for reading: one ``P(...)`` per record, or a helper
for the common cases (a colony and its independence). Every record cites where
its dates can be checked (``SOURCES``, added to the catalogue
geodata/sources.json where it lacks them): the U.S. Office of the Historian's guide
to recognition, by country, and encyclopaedia articles, as bare citations
(``locator``) or paraphrases; a seed text only with a verbatim quote that says
what the record says. Where the map's detail cannot show a change (a city, an
enclave, an island), the record's ``note`` says so.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

TIMELINE_START = "1947-08-14"

# -- the catalogue entries these records cite ---------------------------------

SOURCES = [
    {"id": "ooh-recognition-guide",
     "title": "A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, "
              "by Country, since 1776",
     "author": None, "publisher": "U.S. Department of State, Office of the Historian", "date": None,
     "language": "en", "kind": "reference", "url": "https://history.state.gov/countries"},
    {"id": "britannica", "title": "Encyclopaedia Britannica (online edition)", "author": None,
     "publisher": "Encyclopaedia Britannica, Inc.", "date": None, "language": "en", "kind": "reference",
     "url": "https://www.britannica.com"},
    {"id": "frus-1949-v06-d714", "title": "Foreign Relations of the United States, 1949, vol. VI, "
     "document 714: Editorial Note (the name of the Hashemite Kingdom of the Jordan)", "author": None,
     "publisher": "U.S. Department of State, Office of the Historian", "date": "1949",
     "language": "en", "kind": "reference",
     "url": "https://history.state.gov/historicaldocuments/frus1949v06/d714"},
    {"id": "indian-independence-act-1947", "title": "Indian Independence Act 1947 (10 & 11 Geo. 6 c. 30)",
     "author": None, "publisher": "Parliament of the United Kingdom", "date": "1947-07-18",
     "language": "en", "kind": "reference"},
    {"id": "instrument-of-surrender-1971", "title": "Instrument of Surrender, Ramna Race Course, Dacca",
     "author": None, "publisher": None, "date": "1971-12-16", "language": "en", "kind": "reference"},
    {"id": "geneva-agreement-1954", "title": "Agreement on the Cessation of Hostilities in Viet-Nam, Geneva",
     "author": None, "publisher": None, "date": "1954-07-20", "language": "en", "kind": "reference"},
    {"id": "unification-treaty-1990", "title": "Treaty between the Federal Republic of Germany and the German "
     "Democratic Republic on the Establishment of German Unity (Unification Treaty)", "author": None,
     "publisher": None, "date": "1990-08-31", "language": "de", "kind": "reference"},
    {"id": "malaysia-agreement-1963", "title": "Agreement relating to Malaysia (Malaysia Agreement), London",
     "author": None, "publisher": None, "date": "1963-07-09", "language": "en", "kind": "reference"},
    {"id": "singapore-separation-1965", "title": "Agreement relating to the separation of Singapore from Malaysia "
     "as an independent and sovereign state", "author": None, "publisher": None, "date": "1965-08-07",
     "language": "en", "kind": "reference"},
    {"id": "unsc-res-541-1983", "title": "UN Security Council resolution 541 (1983)", "author": None,
     "publisher": "United Nations Security Council", "date": "1983-11-18", "language": "en", "kind": "reference"},
    {"id": "unga-res-390-1950", "title": "UN General Assembly resolution 390 A (V): Eritrea", "author": None,
     "publisher": "United Nations General Assembly", "date": "1950-12-02", "language": "en", "kind": "reference"},
    {"id": "csfr-dissolution-act-1992", "title": "Constitutional Act No. 542/1992 Coll. on the dissolution "
     "of the Czech and Slovak Federative Republic", "author": None, "publisher": "Federal Assembly of the "
     "Czech and Slovak Federative Republic", "date": "1992-11-25", "language": "cs", "kind": "reference"},
    {"id": "ussr-declaration-142n-1991", "title": "Declaration No. 142-N of the Soviet of the Republics of "
     "the Supreme Soviet of the USSR", "author": None, "publisher": "Supreme Soviet of the USSR",
     "date": "1991-12-26", "language": "ru", "kind": "reference"},
    {"id": "ussr-baltic-recognition-1991", "title": "Resolutions of the USSR State Council on the independence "
     "of Lithuania, Latvia and Estonia", "author": None, "publisher": "USSR State Council",
     "date": "1991-09-06", "language": "ru", "kind": "reference"},
    {"id": "unsc-res-497-1981", "title": "Security Council resolution 497 (1981)", "author": None,
     "publisher": "United Nations Security Council", "date": "1981-12-17", "language": "en", "kind": "reference",
     "url": "https://undocs.org/S/RES/497(1981)", "locator": "S/RES/497(1981)",
     "note": "Standard undocs.org address for the document symbol."},
    {"id": "unga-res-68-262", "title": "Territorial integrity of Ukraine (General Assembly resolution 68/262)",
     "author": None, "publisher": "United Nations General Assembly", "date": "2014-03-27", "language": "en",
     "kind": "reference", "url": "https://undocs.org/A/RES/68/262", "locator": "A/RES/68/262",
     "note": "Standard undocs.org address for the document symbol."},
    # The princely states of 1947-1948: the descriptions their outlines are drawn from, and their dates.
    {"id": "igi-hyderabad-state", "title": "Imperial Gazetteer of India, v. 13, p. 227: Hyderabad State",
     "author": "Great Britain. India Office", "publisher": "Clarendon Press, Oxford", "date": None, "language": "en", "kind": "reference",
     "url": "http://dsal.uchicago.edu/reference/gazetteer/text.html?objectid=DS405.1.I34_V13_233.gif",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the Digital South Asia Library's text of the page, headed "
             "Imperial Gazetteer of India, v. 13, p. 227. The article Hyderabad State gives the state's extent "
             "(15 10'-20 40' N, 74 40'-81 35' E), its area (82,698 square miles) and its neighbours: Berar and the "
             "Central Provinces to the north, Khandesh to the north-west, the Kistna and Tungabhadra rivers (against "
             "the Guntur, Kurnool and Bellary districts) to the south, the Ahmadnagar, Sholapur, Bijapur and Dharwar "
             "districts to the west, the Wardha and Godavari rivers and the Kistna District to the east. The "
             "volume's date and publisher were not seen on the page."},
    {"id": "igi-bahawalpur-state", "title": "Imperial Gazetteer of India, v. 6, pp. 194-195: Bahawalpur State",
     "author": "Great Britain. India Office", "publisher": "Clarendon Press, Oxford", "date": None, "language": "en", "kind": "reference",
     "url": "http://dsal.uchicago.edu/reference/gazetteer/text.html?objectid=DS405.1.I34_V06_201.gif",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the Digital South Asia Library's text of p. 195 (at this "
             "address; p. 194, objectid DS405.1.I34_V06_200.gif, ends with the article's first words). Page 195 "
             "gives the state's length from north-east to south-west (about 300 miles) and mean breadth (40 miles) "
             "and its three strips along the rivers: the desert (Rohi or Cholistan), the central upland and the "
             "riverain tract. The sentence with the state's extreme latitudes and longitudes was not in the part "
             "seen. The volume's date was not seen; the issuing body and publisher are those "
             "other copies of the Gazetteer name (ebooksread.com's volume 15: Great Britain. India Office; "
             "Indpaedia's extracts: Oxford, at the Clarendon Press)."},
    {"id": "eb1911-bahawalpur", "title": "Bahawalpur, or Bhawalpur", "author": None,
     "publisher": "Encyclopaedia Britannica (11th edition)", "date": "1911", "language": "en", "kind": "reference",
     "url": "http://encyclopedia.jrank.org/AUD_BAI/BAHAWALPUR_or_BHAWALPUR.html", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the article as encyclopedia.jrank.org reproduces it (the "
             "site's copies are of the 11th edition, as its other pages say). It describes the state as stretching "
             "for more than 300 miles along the left bank of the Sutlej, the Punjnud and the Indus, with the "
             "Rajputana desert to the south, and gives 15,918 square miles and the population of 1901."},
    {"id": "douie-panjab", "title": "The Panjab, North-West Frontier Province, and Kashmir",
     "author": "James McCrone Douie", "publisher": None, "date": None, "language": "en", "kind": "reference",
     "url": "https://en.m.wikisource.org/wiki/Page:Provincial_geographies_of_India_(Volume_1).djvu/26",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): Wikisource's transcription of page 26 of Provincial "
             "Geographies of India, volume 1 (the same text at free-books.at under the author's name, Douie, James "
             "McCrone, Sir, 1854-1935). It says that east of the Indus the boundary runs south-east for about fifty "
             "miles between Sind and Bahawalpur to the point where Sind, Rajputana and Bahawalpur meet, and puts the "
             "southern extremity of Bahawalpur a little further east."},
    {"id": "igi-khairpur-state", "title": "Imperial Gazetteer of India, v. 15, p. 210: Khairpur State",
     "author": "Great Britain. India Office", "publisher": "Clarendon Press, Oxford", "date": None, "language": "en", "kind": "reference",
     "url": "http://dsal.uchicago.edu/reference/gazetteer/text.html?objectid=DS405.1.I34_V15_216.gif",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the Digital South Asia Library's text of the page; the "
             "article Khairpur State begins at its foot, placing the state in Sind between 26 10' and 27 46' N and "
             "between 68 20' and 70 14' E (its area is cut off at the page's end). The Encyclopaedia Britannica of "
             "1911 (theodora.com copy) gives 6,050 square miles. The volume's date was not seen; the issuing body "
             "and publisher are those other copies of the Gazetteer name (ebooksread.com's volume 15: Great "
             "Britain. India Office; Indpaedia's extracts: Oxford, at the Clarendon Press)."},
    {"id": "indpaedia-junagarh-state-1908", "title": "Junagarh State, 1908", "author": None, "publisher": "Indpaedia",
     "date": None, "language": "en", "kind": "reference",
     "url": "http://indpaedia.com/ind/index.php/Junagarh_State,_1908", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): Indpaedia's page reproduces the article Junagarh State of "
             "The Imperial Gazetteer of India, 1908 (Oxford, Clarendon Press, as the page says): a state of the "
             "Kathiawar Political Agency, Bombay, between 20 44' and 21 53' N (the longitudes read 70 and 72 E in "
             "the copy), of 3,284 square miles, bounded by Barda and Halar to the north, Gohelwad to the east and "
             "the Arabian Sea to the west and south."},
    {"id": "wikipedia-kalat-princely-state", "title": "Kalat (princely state)", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "http://biographybalouchistan.blogspot.com/2010/12/khan-of-kalaht.html", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) only in copies: a blog post of 23 December 2010 at this "
             "address that reproduces the Wikipedia article (From Wikipedia, the free encyclopedia), and the same "
             "text in another result without an address. It places the state between 25 1' and 30 8' N and 61 37' "
             "and 69 22' E, in the centre and south-west of Baluchistan except for Las Bela, bounded by Iran to the "
             "west; the Bolan Pass, the Marri and Bugti hills and Sind to the east; the Chagai and Quetta-Pishin "
             "districts to the north; Las Bela and the Arabian Sea to the south, with a coast from near Kalmat to "
             "Gwadar Bay. Its area figure there (11,593 square miles) disagrees with the Encyclopaedia Britannica of "
             "1911 (71,593 square miles with Makran and Kharan), which the atlas follows."},
    {"id": "eb1911-kalat", "title": "Kalat", "author": None, "publisher": "Encyclopaedia Britannica (11th edition)",
     "date": "1911", "language": "en", "kind": "reference",
     "url": "https://en.m.wikisource.org/wiki/1911_Encyclop%C3%A6dia_Britannica/Kalat", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): Wikisource's transcription of the 1911 article. It gives "
             "the state's area with Makran and Kharan as 71,593 square miles and places the town of Kalat at "
             "29 2' N, 66 35' E."},
    {"id": "world-library-state-of-kalat", "title": "State of Kalat", "author": None, "publisher": "World Library",
     "date": None, "language": "en", "kind": "reference", "url": "http://www.self.gutenberg.org/articles/State_of_Kalat",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an encyclopedia article (World Library's copy of an older "
             "Wikipedia text) saying that from 15 August 1947 to 27 March 1948 Kalat was de facto independent "
             "before acceding to Pakistan on 27 March 1948, joined the Baluchistan States Union on 3 October 1952 "
             "and ceased to exist on 14 October 1955."},
    {"id": "wikipedia-makran-state", "title": "Makran (princely state)", "author": None, "publisher": "Wikipedia",
     "date": "2023-10", "language": "en", "kind": "reference",
     "url": "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Makran_State", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a Kiwix copy of the Wikipedia article (October 2023 "
             "dump). It says the state acceded to Pakistan on 17 March 1948, accepted the same day, and that on "
             "21 March 1948 the rulers of Makran, Kharan and Las Bela announced their accession; it did not include "
             "Omani Gwadar."},
    {"id": "wikipedia-las-bela-princely-state", "title": "Las Bela (princely state)", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://eymaps.com/en/Las_Bela_(princely_state)", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) in copies of the Wikipedia article: at this address "
             "(eymaps.com) and an old revision of 12 June 2023. The state covered 18,254 square km in the extreme "
             "south-east of Baluchistan, with a long coast; Kalat and Makran lay to the north and west, Sind to the "
             "east and the Federal Capital Territory around Karachi to the south-east. No date of accession was in "
             "the part seen."},
    {"id": "dailytimes-balochistan-issues-ii", "title": "Balochistan issues – II", "author": None,
     "publisher": "Daily Times", "date": None, "language": "en", "kind": "reference",
     "url": "https://dailytimes.com.pk/110569/balochistan-issues-ii", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an article in Daily Times (Pakistan) at this address; "
             "its title is the one its address gives (the headline, author and date were not in the part seen). "
             "It says that Las Bela, Kharan and Makran had already acceded to Pakistan on 17 March 1948 when the "
             "Khan of Kalat signed his instrument of accession on 27 March 1948, which Jinnah accepted on 31 "
             "March."},
    {"id": "chiefacoins-las-bela", "title": "Las Bela", "author": None, "publisher": "chiefacoins.com",
     "date": None, "language": "en", "kind": "reference",
     "url": "http://chiefacoins.com/Database/Countries/Las_Bela.htm", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a page of a coin collectors' database with a timeline "
             "of the state: Las Bela (area 18,472 square km) accedes to Pakistan on 17 March 1948, joins the "
             "Baluchistan States Union on 3 October 1952, and is extinguished on 14 October 1955."},
    {"id": "wikipedia-chitral-state", "title": "Chitral (princely state)", "author": None, "publisher": "Wikipedia",
     "date": None, "language": "en", "kind": "reference", "url": "https://en.wikipedia.org/wiki/Chitral_State",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the article (this address redirects to it). Its infobox "
             "gives the state's status as a princely state in alliance with British India to 15 August 1947 and "
             "fully independent from 15 August to 6 November 1947; the text says Chitral opted to accede to "
             "Pakistan and that the state's area now forms the Upper and Lower Chitral districts. An older copy "
             "(ipfs.io) gives its area as 14,850 square km."},
    {"id": "wikipedia-dir-princely-state", "title": "Dir (princely state)", "author": None, "publisher": "Wikipedia",
     "date": None, "language": "en", "kind": "reference", "url": "http://piglix.com/piglix/Dir_(princely_state)",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) in copies of the Wikipedia article (piglix.com at this "
             "address, conceptmap.cfapps.io, simple.m.wikipedia.org): Dir was unaligned after August 1947 until "
             "February 1948, when its accession to Pakistan was accepted; it covered 5,282 square km, mostly the "
             "Panjkora valley, with Swat to the east and Afghanistan and Chitral to the west and north."},
    {"id": "mdwiki-nawab-shah-jahan-khan", "title": "Draft:Nawab Shah Jahan Khan", "author": None,
     "publisher": "WikiProjectMed (mdwiki.org)", "date": None, "language": "en", "kind": "reference",
     "url": "https://www.mdwiki.org/wiki/Draft:Nawab_Shah_Jahan_Khan", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a draft biography of the Nawab of Dir. It says he signed "
             "an instrument of accession to Pakistan on 8 November 1947, which Jinnah formally accepted on 8 "
             "February 1948. A draft: the atlas cites it for the dates only, with the Wikipedia article on the "
             "state."},
    {"id": "shoppingfeedback-swat-accession", "title": "Swat State's Accession to Pakistan: A Historical Overview",
     "author": None, "publisher": "shopping-feedback.today", "date": None, "language": "en", "kind": "reference",
     "url": "https://shopping-feedback.today/history/swat-state-s-accession-to-pakistan-a-historical-overview",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an undated, unsigned overview of the state's history. It "
             "says Miangul Abdul Wadud signed the Instrument of Accession on 3 November 1947 and that the Governor-"
             "General, Jinnah, accepted it on 24 November 1947."},
    {"id": "fridaytimes-new-beginning-swat-1947", "title": "A new beginning for Swat (1947)", "author": None,
     "publisher": "The Friday Times", "date": "2018-09-14", "language": "en", "kind": "reference",
     "url": "https://thefridaytimes.com/14-Sep-2018/a-new-beginning-for-swat-1947", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a short piece on a photograph of the Wali signing the "
             "Instrument of Accession (its address dates it 14 September 2018; no author in the part seen). It "
             "says the Wali executed the instrument on 24 November 1947, that Swat had occupied Kalam shortly "
             "before 1947 (Chitral and Dir claimed it too, and Pakistan did not recognise the occupation), and "
             "gives an area of 18,000 square miles for 1931, far above every other figure seen."},
    {"id": "tawarepakistan-princely-states", "title": "Pakistan Princely States: Let's Take a Look Back",
     "author": None, "publisher": "Taware Pakistan", "date": None, "language": "en", "kind": "reference",
     "url": "https://tawarepakistan.com/pakistan-princely-states-lets-take-a-look-back/", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a popular overview of the princely states. It dates the "
             "Wali of Swat's accession to 3 November, printed with the year 1847, a plain misprint for 1947."},
    {"id": "wikipedia-swat-princely-state", "title": "Swat (princely state)", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "http://piglix.com/piglix/Swat_(princely_state)", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) in copies of the Wikipedia article: at this address "
             "(piglix.com), whose infobox gives an area of 8,250 square km, and at wiki.studentb.eu, whose infobox "
             "gives 7,600 square km. Both say the state's area is now divided among the Swat, Buner and Shangla "
             "districts and that it was merged in 1969 (28 July 1969); neither gives the day of accession. A later "
             "copy (owiki.org) adds Malakand, parts of Upper and Lower Dir and the western Indus Kohistan to those "
             "districts."},
    {"id": "tmgdir-dir-swat-bajour", "title": "Geographical And Descriptive Of Dir Swat And Bajour", "author": None,
     "publisher": "tmgdir.blogspot.com", "date": None, "language": "en", "kind": "reference",
     "url": "http://tmgdir.blogspot.com/p/geographical-and-descriptive-country.html", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a blog page reproducing the geographical description of a "
             "report on Dir, Swat and Bajour (the report is not named in the part seen). The country lies between "
             "34 20' and 35 20' N and 71 15' and 72 30' E; it is bounded to the north by the watershed of the "
             "valleys draining to the Chitral river, to the east by the watershed between the Swat and the Indus, "
             "to the south-east by Buner and to the south by the Peshawar district."},
    {"id": "world-library-amb", "title": "Amb (princely state)", "author": None, "publisher": "World Library",
     "date": None, "language": "en", "kind": "reference", "url": "http://www.self.gutenberg.org/articles/Amb_(princely_state)",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an encyclopedia article (World Library's copy of a "
             "Wikipedia text; other copies seen give the same figures). Amb covered 585 square km (226 square "
             "miles); its Nawab stayed unaligned for some months after August 1947 and acceded to Pakistan at the "
             "end of December 1947; the state was incorporated into the North-West Frontier Province in 1969."},
    {"id": "riaa-rann-of-kutch-1968",
     "title": "The Indo-Pakistan Western Boundary (Rann of Kutch) between India and Pakistan (India, Pakistan)",
     "author": "Indo-Pakistan Western Boundary Case Tribunal",
     "publisher": "United Nations, Reports of International Arbitral Awards", "date": "1968-02-19",
     "language": "en", "kind": "reference", "locator": "RIAA vol. XVII, pp. 1-576",
     "url": "https://www.scribd.com/document/38683128/1-576", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the United Nations' reprint of the award (this copy on "
             "Scribd; another at studyres.com, and India's print of the introduction, conclusions and three maps "
             "at docslib.org). The tribunal, constituted under the agreement of 30 June 1965 (arbitrators Gunnar "
             "Lagergren, Nasrollah Entezam, Ales Bebler), gave its award on 19 February 1968. The parts seen "
             "refer the boundary to the award's maps and give no coordinates of the line."},
    {"id": "wikipedia-princely-states-of-pakistan", "title": "Princely states of Pakistan", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://en.wikipedia.org/wiki/Princely_states_of_Pakistan", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) through copies: a mirror of this address (movatter.jp), a "
             "summary at wikisum.wiki and a copy on Scribd (Princely States of Pakistan). They say the Nawab (or "
             "Ameer) of Bahawalpur acceded to Pakistan on 3 October 1947, and that Khairpur acceded on 3 October "
             "1947, the Regent Mir Ghulam Hussain Talpur signing for the minor Amir. The Scribd copy also says the Wali "
             "of Swat was the first ruler to accede to Pakistan, on 15 August 1947."},
    {"id": "thenews-nawab-bahawalpur-2016", "title": "Nawab of Bahawalpur remembered on his death anniversary",
     "author": None, "publisher": "The News", "date": "2016-05-24", "language": "en", "kind": "reference",
     "url": "https://www.thenews.com.pk/latest/122388-Nawab-Bahawalpur-remembered-death-anniversary",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): dated May 24, 2016; says the Nawab signed an agreement "
             "with the government of Pakistan on 5 October 1947 by which the state joined Pakistan."},
    {"id": "oneindia-operation-polo", "title": "Operation Polo: How the princely state of Hyderabad was annexed "
     "from Nizam", "author": "Madhuri Adnal", "publisher": "Oneindia", "date": None, "language": "en",
     "kind": "reference",
     "url": "https://www.oneindia.com/hyderabad/operation-polo-how-the-princely-state-of-hyderabad-was-annexed-from-"
            "nizam-3462407.html", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): datelined Bengaluru, Sep 16 (the year was not seen). It "
             "says the police action code-named Operation Polo culminated on 17 September 1948 and, from the Indian "
             "Army's records, that the Hyderabad army surrendered on 18 September; and that the Nizam then signed an "
             "instrument of accession."},
    {"id": "wikipedia-annexation-of-junagadh", "title": "Annexation of Junagadh", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://en.wikipedia.org/wiki/Annexation_of_Junagadh", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the article says that the Nawab announced his intention "
             "to accede to Pakistan on 15 August 1947, that Pakistan accepted the Instrument of Accession on 13 "
             "September and India objected, and that India annexed the state between November 1947 and February "
             "1948. Older copies of the article (wikimili.com) give 16 September for Pakistan's acceptance."},
    {"id": "liquisearch-mahabat-khan-accession", "title": "Muhammad Mahabat Khan III - The Accession Conflict",
     "author": None, "publisher": "LiquiSearch", "date": None, "language": "en", "kind": "reference",
     "url": "http://www.liquisearch.com/muhammad_mahabat_khan_iii/the_accession_conflict", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an encyclopedia text (a copy of an older Wikipedia "
             "article) saying the Nawab fled to Pakistan on 24 October 1947, the Indian Army took Junagadh on 9 "
             "November, the referendum arranged by India was held on 20 February 1948, and Junagadh was merged into "
             "Saurashtra on 20 January 1949."},
    {"id": "urdupoint-junagadh-2021", "title": "August 4 To Be Marked For 'Junagadh' As Part Of Pakistan",
     "author": None, "publisher": "UrduPoint", "date": "2021-08-03", "language": "en", "kind": "reference",
     "url": "https://www.urdupoint.com/en/pakistan/august-4-to-be-marked-for-junagadh-as-part-1317673.html",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): dated Tue 03rd August 2021. Says the Government of "
             "Pakistan released a new political map the year before (on 4 August 2020) showing Junagadh as its "
             "integral part. Other reports of 4-5 August 2020 seen in the same search (ProPakistani, DNA India, "
             "Jagran Josh) say the same map also shows Manavadar and Sir Creek and that India rejected it."},
    {"id": "express-tribune-kosovo-2012", "title": "Pakistan formally recognises the Republic of Kosovo",
     "author": None, "publisher": "The Express Tribune", "date": "2012-12-24", "language": "en",
     "kind": "reference"},
    # -- entries added by the audit of units A-L (2026-12) --
    {"id": "dailycholistantimes-bahawalpur-accession",
     "title": "3 اکتوبر1947برصغیر خوشحال ترین ریاست بہاولپور کا پاکستان سے الحاق کادن", "author": None,
     "publisher": "Daily Cholistan Times (Bahawalpur)", "date": None, "language": "ur", "kind": "reference",
     "url": "https://dailycholistantimes.com/?p=7243", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an Urdu article of a Bahawalpur newspaper, headed as the "
             "day of Bahawalpur's accession to Pakistan, 3 October 1947 (no author or date in the part seen). It says "
             "the Nawab of Bahawalpur signed the formal instrument of accession with Pakistan on 3 October 1947 and that "
             "Jinnah, who had let the Nawab draft its terms, signed it on 5 October 1947; it adds that the state's "
             "prime minister, Mushtaq Ahmad Gurmani, had announced the accession at the Id prayers three days after "
             "independence."},
    {"id": "dawn-bahawalpur-separate-status", "title": "Bahawalpur for its separate status", "author": None,
     "publisher": "Dawn", "date": None, "language": "en", "kind": "reference",
     "url": "https://dawn.com/news/amp/627116", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a reader's letter in Dawn (its date and signature were not in "
             "the part seen). It says Nawab Sadiq Muhammad Khan V acceded his state to Pakistan on 7 October 1947, the "
             "Quaid-i-Azam and the Nawab signing the document of accession, and that the state was merged into West "
             "Pakistan on 14 October 1955."},
    {"id": "nation-accession-of-kalat-2019", "title": "Accession of Kalat", "author": None,
     "publisher": "The Nation (Pakistan)", "date": "2019-04-13", "language": "en", "kind": "reference",
     "url": "https://nation.com.pk/13-Apr-2019/accession-of-kalat", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a reader's letter in The Nation (its address dates it 13 April "
             "2019; it is signed from Rawalpindi on 25 March; its title is the one its address gives). It says the Khan "
             "of Kalat signed the Instrument of Accession on 27 March 1948 and that it came before Jinnah on 31 March "
             "1948, who accepted it; and that Las Bela and Kharan were feudatories of the Khan and Makran a district of "
             "Kalat."},
    {"id": "nation-gwadar-day-2022", "title": "64th Gwadar Day celebrated to mark merger with Pakistan", "author": None,
     "publisher": "The Nation (Pakistan)", "date": "2022-12-11", "language": "en", "kind": "reference",
     "url": "https://www.nation.com.pk/11-Dec-2022/64th-gwadar-day-celebrated-to-mark-merger-with-pakistan",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a report dated 11 December 2022 (from Gwadar Pro; its title "
             "is the one its address gives). It says Gwadar Day is kept every year on 8 December to mark the merger of "
             "Gwadar with Pakistan, that Oman formally handed Gwadar over to Pakistan in 1958, and that Gwadar was a "
             "tehsil of Makran district until it became a district on 1 July 1977."},
    {"id": "brecorder-gwadar-day-2024", "title": "Navy commemorates Gwadar Day", "author": None,
     "publisher": "Business Recorder", "date": "2024-12-09", "language": "en", "kind": "reference",
     "url": "https://www.brecorder.com/news/40336565/navy-commemorates-gwadar-day", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a report dated 9 December 2024 (its title is the one its "
             "address gives). It marks the 66th anniversary of Gwadar's merger with Pakistan: 66 years before that day "
             "a Pakistan Navy platoon under Lieutenant Iftikhar Ahmed Sirohey raised the Pakistani flag in Gwadar for "
             "the first time; it says Gwadar was part of Oman from 1784 until its integration into Pakistan on 7 "
             "December 1958."},
    {"id": "omnigraphics-kuwait-liberation-day", "title": "Kuwait Liberation Day", "author": None,
     "publisher": "Omnigraphics (Holidays, Festivals, and Celebrations of the World Dictionary, 4th edition)",
     "date": "2010", "language": "en", "kind": "reference",
     "url": "https://encyclopedia2.thefreedictionary.com/_/dict.aspx?h=1&word=Kuwait+Liberation+Day",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the dictionary's entry as The Free Dictionary reproduces it "
             "(credited there to the Holidays, Festivals, and Celebrations of the World Dictionary, Fourth Edition, "
             "2010, by Omnigraphics). It says Iraqi troops invaded Kuwait on 2 August 1990 and that 26 February is "
             "Kuwait's national holiday for the end of Iraq's military presence, after four days of ground war."},
    {"id": "gwu-kuwait-invasion-exhibit", "title": "Invasion, Occupation, Liberation: Invasion", "author": None,
     "publisher": "George Washington University Libraries (online exhibit)", "date": None, "language": "en",
     "kind": "reference",
     "url": "http://exhibits.library.gwu.edu/kuwait/kuwait/exhibits/show/kuwait/invasion.html",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an exhibit page on the papers of Edward W. Gnehm. It says "
             "Iraq invaded and occupied Kuwait on 2 August 1990 and on 9 August named it the 19th governorate of "
             "Iraq, and that Saddam Hussein named Ali Hassan al-Majid to govern occupied Kuwait."},
    {"id": "todayshistory-falklands-1982", "title": "2 April 1982: Argentina invades the Falkland Islands",
     "author": None, "publisher": "todayshistory.org", "date": None, "language": "en", "kind": "reference",
     "url": "https://todayshistory.org/2-april-1982-7/18563/", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a short dated-events page. It says the Falklands War lasted "
             "from 2 April to 14 June 1982 and that Argentina surrendered on 14 June 1982, the British having "
             "retaken the Falkland Islands and South Georgia. Other pages in the same search (zapaday.com, a copy of "
             "Wikipedia's Falklands War at absoluteastronomy.com) give the same two days."},
    {"id": "wikipedia-central-african-empire", "title": "Central African Empire", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://www.liquisearch.com/central_african_empire", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) in copies of the Wikipedia article (LiquiSearch at this "
             "address, wn.com, howlingpixel.com): Jean-Bedel Bokassa, president of the republic, declared himself "
             "Emperor Bokassa I on 4 December 1976, and the monarchy was abolished and the name Central African "
             "Republic restored on 21 September 1979, when he was ousted with French support. A stamp-album page "
             "(taurachsoft.com) dates the overthrow to 20 September 1979."},
    {"id": "loc-cambodia-country-study", "title": "Cambodia: A Country Study (Establishing Democratic Kampuchea)",
     "author": None, "publisher": "Library of Congress, Federal Research Division", "date": None, "language": "en",
     "kind": "reference", "url": "http://countrystudies.us/cambodia/31.htm", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the country study's section Establishing Democratic "
             "Kampuchea as countrystudies.us reproduces it. It says the Royal Government of National Union of "
             "Kampuchea (GRUNK) remained formally in control of the country until the Constitution of Democratic "
             "Kampuchea was proclaimed on 5 January 1976, and that Sihanouk resigned as head of state on 2 April "
             "1976. Raoul Jennar's collection of Cambodian constitutions (dccam.org) also dates the promulgation to "
             "5 January 1976."},
    {"id": "polgeonow-cape-verde-2013", "title": "ICYMI: Cape Verde's Name Change", "author": "Evan Centanni",
     "publisher": "Political Geography Now", "date": "2014-01-19", "language": "en", "kind": "reference",
     "url": "https://www.polgeonow.com/2014/01/icymi-cape-verdes-name-change.html",
     "note": "Seen on 2026-12-05 (search, pages corpus): dated 19 January 2014. It says the country changed its "
             "official English name at the United Nations from Cape Verde to Cabo Verde on 25 October 2013, the "
             "short and the long form (Republic of Cabo Verde). The Boston Globe of 10 February 2014 (same search) "
             "says the request reached the UN in October 2013 and that the United States approved the change in "
             "December 2013."},
    {"id": "wikipedia-ivory-coast-names", "title": "Ivory Coast (section Names)", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://primidi.com/ivory_coast/names", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus) only in copies of the Wikipedia article: primidi.com at this "
             "address and a forum post quoting it (foot.ie) say that the country kept the name through French rule "
             "and independence in 1960, and that in April 1986 the government declared Cote d'Ivoire its formal "
             "name for diplomatic protocol and refused any translation; an older copy quoted on diynot.com says the "
             "government made the request in October 1985. No day is given in either."},
    {"id": "theanguillian-separation-day", "title": "Separation Day (Heroes and Heroines Day)", "author": None,
     "publisher": "The Anguillian", "date": None, "language": "en", "kind": "reference",
     "url": "https://theanguillian.com/?p=47625", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an article of The Anguillian (its date was not seen). It "
             "says 19 December marks the formal separation of Anguilla from the Associated State of St. "
             "Kitts-Nevis-Anguilla, created by Britain in 1967, and that Anguilla threw out the St. Kitts "
             "constabulary and took over its own affairs on 30 May 1967."},
    {"id": "wikipedia-republic-of-anguilla", "title": "Republic of Anguilla", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://wikimili.com/wiki/Republic_of_Anguilla", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): WikiMili's copy of the article. Saint "
             "Christopher-Nevis-Anguilla became an associated state on 27 February 1967; the St Kitts police were "
             "evicted from Anguilla on 30 May 1967; independence was declared after the referendum of 11 July "
             "1967 and again on 7 February 1969; British control was re-established on 19 March 1969. An "
             "everything2.com page (same search) gives the same days and says Anguilla was formally separated in "
             "1980."},
    {"id": "wikipedia-gilbert-ellice-islands", "title": "Gilbert and Ellice Islands", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://wikimili.com/en/Gilbert_and_Ellice_Islands", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): WikiMili's copy of the article (the same infobox at "
             "en.wikipedia.org and sagapedia.com). The Gilbert and Ellice Islands were a colony from 12 January "
             "1916 until 1 January 1976, when they were separated into the Gilbert Islands and the colony of "
             "Tuvalu; the text says they were divided by force of law in October 1975."},
    {"id": "britannica-biot-revision", "title": "British Indian Ocean Territory (revision comparison)",
     "author": None, "publisher": "Encyclopaedia Britannica, Inc.", "date": None, "language": "en",
     "kind": "reference", "url": "http://media-3.web.britannica.com/eb-diffs/241/80241-17619-16523.html",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a page comparing two revisions of Britannica's article. "
             "Both revisions say the territory was established on 8 November 1965 from the Chagos Archipelago, "
             "formerly a dependency of Mauritius, and islands bought from the Seychelles (returned to the Seychelles "
             "in 1976)."},
    {"id": "nlb-cocos-handover-1955", "title": "Handover of Cocos (Keeling) Islands to Australia", "author": None,
     "publisher": "National Library Board Singapore (Singapore Infopedia)", "date": None, "language": "en",
     "kind": "reference",
     "url": "https://www.nlb.gov.sg/main/article-detail?cmsuuid=8e65b8db-48bf-4010-b1ca-1c1cfc0dce32",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the Infopedia article. It says that when the Straits "
             "Settlements were dissolved in 1946 the Cocos Islands and Christmas Island became part of the Colony "
             "of Singapore, and that administrative responsibility for the Cocos (Keeling) Islands passed from the "
             "Colony of Singapore to Australia on 23 November 1955."},
    {"id": "hansard-christmas-island-1977", "title": "Christmas Island (written answers, HC Deb 23 June 1977 vol 933 "
     "cc552-3W)", "author": None, "publisher": "Parliament of the United Kingdom (Hansard)", "date": "1977-06-23",
     "language": "en", "kind": "reference",
     "url": "https://api.parliament.uk/historic-hansard/written_answers/1977/jun/23/christmas-island",
     "note": "Seen on 2026-12-05 (search, pages corpus): the Minister's written answer says Christmas Island was "
             "separated from the Colony of Singapore on 31 December 1957, administered as a Crown Colony of the "
             "United Kingdom from 1 January to 30 September 1958, and transferred to Australia after that (1 "
             "October 1958, as the question puts it)."},
    {"id": "dfat-heard-island-declaration-1947", "title": "Documents on Australian Foreign Policy, vol. 12 (1947), "
     "document 584: Declaration by Campbell, Heard Island, 26 December 1947", "author": None,
     "publisher": "Australian Department of Foreign Affairs and Trade", "date": "1947-12-26", "language": "en",
     "kind": "reference",
     "url": "https://wragge.github.io/dfat-documents-web/volumes/volume-12-1947-other-than-indonesia/"
            "584-declaration-by-campbell",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a web edition of the published volume. Stuart Campbell's "
             "declaration, given at Heard Island on 26 December 1947, says the Australian government will continue "
             "the occupation of Heard Island and the McDonald Islands and administer them as Australian "
             "territories. Statoids (statoids.com/uhm.html) says the islands were British until 26 December 1947, "
             "when they were transferred to Australian control."},
    {"id": "wikipedia-netherlands-antilles", "title": "Netherlands Antilles", "author": None,
     "publisher": "Wikipedia", "date": "2025-06", "language": "en", "kind": "reference",
     "url": "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Netherlands_Antilles",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a Kiwix copy of the article (June 2025 dump; other copies "
             "at review.clateway.com give the same infobox). The country came into being on 15 December 1954 as "
             "the autonomous successor of the Dutch colony of Curacao and Dependencies; Aruba seceded on 1 January "
             "1986; the country was dissolved on 10 October 2010."},
    {"id": "stvb-dutch-caribbean-law", "title": "The history of Dutch Caribbean law", "author": None,
     "publisher": "Stichting tot Verbetering van de Beroepsuitoefening (stvb.nl)", "date": None, "language": "en",
     "kind": "reference", "url": "https://stvb.nl/dutch-caribbean-law-history.php", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): it says the Netherlands Antilles comprised Curacao, Aruba, "
             "Sint Maarten, Bonaire, Saba and Sint Eustatius until Aruba took a separate status within the Kingdom "
             "in 1986, and ceased to exist on 10 October 2010, when Curacao and Sint Maarten became countries "
             "within the Kingdom. Statistics Netherlands (cbs.nl, 2012) gives the same date."},
    # -- entries added by the audit of units M-Z (2026-12) --
    {"id": "wikipedia-muscat-and-oman", "title": "Muscat and Oman", "author": None, "publisher": "Wikipedia",
     "date": None, "language": "en", "kind": "reference",
     "url": "https://wiki.studentb.eu/view_html.php?lang=en&q=Muscat_and_Oman&sq=Sri+Lanka", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a copy of the Wikipedia article (at this address; the same "
             "text at wiki.richxsearch.com). Its infobox dates the Sultanate of Muscat and Oman from 1856 to 1970 and "
             "gives the palace coup of 23 July 1970 and Qaboos's declaration of the Sultanate of Oman on 9 August "
             "1970; the text says the state covered present-day Oman and parts of the United Arab Emirates and of "
             "Pakistan (Gwadar)."},
    {"id": "wikipedia-democratic-republic-of-madagascar", "title": "Democratic Republic of Madagascar", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "http://piglix.com/piglix/Democratic_Republic_of_Madagascar", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a copy of the Wikipedia article (piglix.com; the same "
             "infobox at wikipediahub.online). The infobox dates the Democratic Republic of Madagascar from its "
             "establishment on 30 December 1975 and names the Malagasy Republic as the state it followed; the text "
             "says Didier Ratsiraka was confirmed as president by the referendum of 21 December 1975."},
    {"id": "icl-mongolia-constitution", "title": "Mongolia - Constitution (International Constitutional Law)",
     "author": None, "publisher": "University of Bern, International Constitutional Law project", "date": None,
     "language": "en", "kind": "reference", "url": "https://servat.unibe.ch/icl/mg__indx.html",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the project's constitutional background page says the "
             "Constitution of 1992 was adopted on 13 January 1992 and entered into force on 12 February 1992 "
             "(citing its Art. 70). A copy of Wikipedia's article Constitution of Mongolia (piglix) gives the same "
             "dates and says it was written after the revolution of 1990 that dissolved the Mongolian People's "
             "Republic."},
    {"id": "wikipedia-invasion-of-south-georgia", "title": "Invasion of South Georgia", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "https://en.wikipedia.org/wiki/Invasion_of_South_Georgia", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the article says Argentine naval forces seized the east "
             "coast of South Georgia on 3 April 1982 after the Royal Marines at Grytviken surrendered, the day after "
             "the invasion of the Falkland Islands; Argentine scrap workers had landed at Leith Harbour on 19 March."},
    {"id": "guardian-south-georgia-recaptured-1982",
     "title": "South Georgia recaptured in first skirmish of Falklands campaign - archive, 1982", "author": None,
     "publisher": "The Guardian", "date": "2017-04-26", "language": "en", "kind": "reference",
     "url": "https://www.theguardian.com/uk-news/2017/apr/26/south-georgia-recaptured-falklands-1982",
     "note": "Seen on 2026-12-05 (search, pages corpus): the paper's archive reprint of its report of 26 April 1982. "
             "It says British forces landed round Grytviken on 25 April 1982 and took control of it within two "
             "hours, the Argentine garrison hoisting a white flag, as the Defence Secretary announced that evening."},
    {"id": "wikipedia-south-georgia-and-the-south-sandwich-islands",
     "title": "South Georgia and the South Sandwich Islands", "author": None, "publisher": "Wikipedia", "date": None,
     "language": "en", "kind": "reference",
     "url": "https://wiki.studentb.eu/view_html.php?lang=en&q=South_Georgia_and_the_South_Sandwich_Islands&sq=Google",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a copy of the Wikipedia article; its infobox dates the "
             "territory's separation from the Falkland Islands to 3 October 1985. Older copies of the article "
             "(wiki.alumni.net) say the territory was formed in 1985, having been governed before as part of the "
             "Falkland Islands Dependencies, and that Argentina kept a naval station on Thule Island in the South "
             "Sandwich Islands from 1976 until 1982. A copy of the article Falkland Islands Dependencies "
             "(wikimili.com) says that from 1962 the Dependencies were only South Georgia and the South Sandwich "
             "Islands."},
    {"id": "wikipedia-west-indies-federation", "title": "West Indies Federation", "author": None,
     "publisher": "Wikipedia", "date": "2023-10", "language": "en", "kind": "reference",
     "url": "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/West_Indies_Act_1962",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a Kiwix copy of the Wikipedia article (October 2023 "
             "dump). The federation existed from 3 January 1958 to 31 May 1962; of the territories that would "
             "have become part of it, nine became sovereign states and Anguilla, Montserrat, the Cayman Islands and "
             "the Turks and Caicos Islands British overseas territories. An older copy (wikien4.appspot.com) lists "
             "the Turks and Caicos Islands among the federation's predecessors and successors; a page of "
             "researchmaniacs.com taken from the CIA World Factbook says the islands were part of the Jamaican "
             "colony until 1962."},
    {"id": "europe-solidaire-islands-of-ambiguity", "title": "Islands of Ambiguity", "author": None,
     "publisher": "Europe Solidaire Sans Frontières", "date": None, "language": "en", "kind": "reference",
     "url": "https://europe-solidaire.org/spip.php?article26879", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): an article on Okinawa's history written for the fortieth "
             "anniversary of the reversion (2012; its author was not in the part seen). It says the Ryukyu Islands "
             "reverted to Japan in May 1972 after twenty-seven years of direct American military rule, and counts "
             "them a US military colony from 1945 to 1972, first as conquered territory and from 1952 under the "
             "San Francisco treaty."},
    {"id": "ryukyus-eve-of-reversion", "title": "The Ryukyus on the Eve of Reversion", "author": None,
     "publisher": "R Discovery (researcher.life), the page that shows the article's opening", "date": None, "language": "en", "kind": "reference",
     "url": "https://discovery.researcher.life/article/the-ryukyus-on-the-eve-of-reversion/c11bfdeade083703b1d05064daf98208",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the opening of a journal article written before the "
             "reversion of 1972 (its author, journal and year were not in the part seen). It says US control of the "
             "Ryukyus followed the battle for Okinawa in 1945, that the islands were run as a military government "
             "under the Army's Far East Command in Tokyo until December 1950, when a Civil Administration "
             "answering to the Department of the Army replaced it, and that they were formally separated from "
             "Japan by the peace treaty of April 1952."},
    {"id": "wikipedia-history-of-east-timor", "title": "History of East Timor", "author": None,
     "publisher": "Wikipedia", "date": None, "language": "en", "kind": "reference",
     "url": "http://www.en-academic.com/dic.nsf/enwiki/109761", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a copy of the Wikipedia article (en-academic.com; the "
             "same text at chaos.owiki.org). East Timor declared its independence from Portugal on 28 November 1975 "
             "and was invaded and occupied by Indonesian forces nine days later; Indonesia incorporated it as a "
             "province in July 1976; after the referendum of 30 August 1999 the International Force for East Timor "
             "deployed on 20 September 1999 and a UN-administered transition followed until independence in 2002."},
    {"id": "nationsencyclopedia-biot", "title": "United Kingdom African Dependencies - British Indian Ocean Territory",
     "author": None, "publisher": "Encyclopedia of the Nations (nationsencyclopedia.com)", "date": None,
     "language": "en", "kind": "reference",
     "url": "https://www.nationsencyclopedia.com/Africa/United-Kingdom-African-Dependencies-BRITISH-INDIAN-OCEAN-TERRITORY.html",
     "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): the United Kingdom created the British Indian Ocean "
             "Territory in November 1965 from Aldabra, Farquhar and Des Roches and the Chagos Archipelago, until "
             "then a dependency of Mauritius; Aldabra, Farquhar and Des Roches became part of independent "
             "Seychelles in 1976. Other pages seen (geogee.me, calendarz.com) date the territory's formation to 8 "
             "November 1965 and the return of the three island groups to 23 June 1976."},
    {"id": "sahistory-walvis-bay-1994", "title": "Walvis Bay handed over to Namibia", "author": None,
     "publisher": "South African History Online", "date": None, "language": "en", "kind": "reference",
     "url": "http://sahistory.org.za/dated-event/walvis-bay-handed-over-namibia", "accessed": "2026-12-05",
     "note": "Seen on 2026-12-05 (search, pages corpus): a dated-event page for 1 March 1994. South Africa handed "
             "the port of Walvis Bay and twelve offshore islands to Namibia that day, after a Joint Administrative "
             "Authority set up in November 1992; the enclave covered about 300 square miles. A page of The Fly "
             "Namibia Story and Wikipedia's article Treaty on Walvis Bay add that Walvis Bay was administered as "
             "part of South West Africa from 1922 until South Africa returned it to the Cape Province in 1977."},
]

SEED_IDS = {"hassan-2019", "hashmi-swati-2024", "fr-etats-unis-pakistan", "iran-pakistan-ties-2025",
            "jamal-diplomat-2024"}


def ooh(page: str) -> dict:
    return {"source": "ooh-recognition-guide", "locator": page}


def brit(article: str) -> dict:
    return {"source": "britannica", "locator": article}


def ref(source: str, paraphrase: str | None = None, locator: str | None = None) -> dict:
    entry = {"source": source}
    if paraphrase:
        entry["paraphrase"] = paraphrase
    if locator:
        entry["locator"] = locator
    return entry


RECORDS: list[dict] = []


def P(pid: str, name: str, units, start: str, end: str | None, sources: list[dict], note: str | None = None,
      held_by: list[str] | None = None):
    """One polity over one period. ``held_by`` marks a disputed territory: the codes of who held it that
    day (empty when none of the atlas's states did); it is left out for the others."""
    record = {"id": pid, "name": name, "units": list(units), "start": start, "end": end,
              "sources": sources, "note": note}
    if held_by is not None:
        record["held_by"] = list(held_by)
    RECORDS.append(record)


def day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def colony(unit: str, colonial_name: str, independence: str, page: str, note: str | None = None,
           start: str = TIMELINE_START):
    """A dependency shown under its colonial name until the day before independence."""
    P(unit, colonial_name, [unit], start, day_before(independence), [ooh(page)], note)


# -- South Asia ---------------------------------------------------------------

PAK_SOURCES_1947 = [
    ref("indian-independence-act-1947", "Sets up the two independent Dominions of India and Pakistan from "
        "15 August 1947.", "s. 1(1)"),
    {"source": "iran-pakistan-ties-2025", "quote": "doing so on August 22, 1947, just days after Pakistan's creation"},
    {"source": "hassan-2019", "quote": "that the US could have stopped India from intervening into Pakistan’s civil war"},
    ref("instrument-of-surrender-1971", "Pakistan's Eastern Command surrenders its forces in East Pakistan "
        "on 16 December 1971."),
]
PAK_NOTE_1947 = (
    "West and East Pakistan (East Bengal, East Pakistan from 1955). The Indian Independence Act dates the "
    "dominion from 15 August 1947; Pakistan marks its independence on 14 August, the atlas's start date. "
    "Bangladesh proclaimed independence on 26 March 1971; the atlas ends united Pakistan on 15 December 1971, "
    "the day before the surrender at Dacca. Jammu and Kashmir, Gilgit-Baltistan and Gwadar are polities of "
    "their own (below), and so are the princely states until they acceded: Bahawalpur and Khairpur (3 October "
    "1947), Swat (3 November 1947), Chitral (6 November 1947), Dir (8 November 1947), Las Bela (17 March 1948) "
    "and Kalat (27 March 1948) (units BWP, KHP, SWT, CTL, DIR, LSB, KLT: hand-drawn outlines, see their "
    "records); Kharan and Makran are drawn with Kalat. Amb is drawn within Pakistan from the first day: at 585 "
    "square km (its Nawab acceded at the end of December 1947) it is below the map's detail.")
PAK_PRINCELY = [ref("dailycholistantimes-bahawalpur-accession", "The Nawab of Bahawalpur signed the instrument of "
                    "accession to Pakistan on 3 October 1947; Jinnah signed it on 5 October."),
                ref("wikipedia-princely-states-of-pakistan", "Bahawalpur and Khairpur acceded to Pakistan on "
                    "3 October 1947."),
                ref("shoppingfeedback-swat-accession", "The Wali of Swat signed the Instrument of Accession on 3 "
                    "November 1947; Jinnah accepted it on 24 November."),
                ref("wikipedia-chitral-state", "Chitral was fully independent from 15 August to 6 November 1947."),
                ref("mdwiki-nawab-shah-jahan-khan", "The Nawab of Dir signed an instrument of accession to "
                    "Pakistan on 8 November 1947."),
                ref("dailytimes-balochistan-issues-ii", "Las Bela, Kharan and Makran had acceded to Pakistan on 17 "
                    "March 1948, ten days before Kalat."),
                ref("chiefacoins-las-bela", "Las Bela acceded to Pakistan on 17 March 1948."),
                ref("nation-accession-of-kalat-2019", "The Khan of Kalat signed the Instrument of Accession on 27 "
                    "March 1948; Jinnah accepted it on 31 March."),
                ref("world-library-state-of-kalat", "Kalat acceded to Pakistan on 27 March 1948."),
                ref("world-library-amb", "Amb, 585 square km, acceded to Pakistan at the end of December 1947.")]
# The princely states that joined Pakistan in 1947-1948, by the day each is drawn in it.
PAK_JOINED = [("1947-10-03", ["BWP", "KHP"], "Bahawalpur and Khairpur are part of Pakistan from 3 October 1947."),
              ("1947-11-06", ["CTL"], "Chitral is part of Pakistan from 6 November 1947."),
              ("1947-11-08", ["DIR"], "Dir is part of Pakistan from 8 November 1947."),
              ("1947-11-24", ["SWT"], "Swat is part of Pakistan from 24 November 1947."),
              ("1948-03-17", ["LSB"], "Las Bela is part of Pakistan from 17 March 1948."),
              ("1948-03-27", ["KLT"], "Kalat is part of Pakistan from 27 March 1948.")]
PAK_STATES = [unit for _, units, _ in PAK_JOINED for unit in units]
P("PAK", "Pakistan", ["PAK", "BGD"], "1947-08-14", day_before(PAK_JOINED[0][0]), PAK_SOURCES_1947, PAK_NOTE_1947)
for n, (start, _, _) in enumerate(PAK_JOINED):
    end = day_before(PAK_JOINED[n + 1][0]) if n + 1 < len(PAK_JOINED) else "1958-09-07"
    joined = [unit for _, units, _ in PAK_JOINED[:n + 1] for unit in units]
    P("PAK", "Pakistan", ["PAK", "BGD", *joined], start, end, PAK_SOURCES_1947 + PAK_PRINCELY,
      PAK_NOTE_1947 + " " + " ".join(said for _, _, said in PAK_JOINED[:n + 1]))
GWD_LATER = [{**ref("nation-gwadar-day-2022", "Gwadar Day, kept on 8 December, marks the merger of Gwadar with "
                    "Pakistan; Oman formally handed it over in 1958."), "disagrees": True},
             {**ref("brecorder-gwadar-day-2024", "Gwadar was Omani until its integration into Pakistan on 7 December "
                    "1958; a Pakistan Navy platoon raised the first Pakistani flag there."), "disagrees": True}]
GWD_DAYS = ("Pakistani newspapers date the handover later: The Nation (2022) says Gwadar Day, kept on 8 December, "
            "marks the formal handover of 1958, and Business Recorder (2024) dates the integration 7 December 1958 "
            "and recalls the Pakistan Navy platoon that first raised the flag there; some other pages give 8 September for the "
            "purchase and 8 December for the handover. The atlas keeps 8 September 1958; no official or scholarly "
            "account seen settles which day ended the Sultan's rule.")
P("PAK", "Pakistan", ["PAK", "BGD", *PAK_STATES, "GWD"], "1958-09-08", "1971-12-15",
  PAK_SOURCES_1947 + PAK_PRINCELY + [brit("Gwadar"), *GWD_LATER],
  PAK_NOTE_1947 + " The princely states are part of Pakistan from 1947-1948. Gwadar is part of Pakistan from "
  "8 September 1958. " + GWD_DAYS)
P("GWD", "Gwadar (Muscat and Oman)", ["GWD"], "1947-08-14", "1958-09-07",
  [brit("Gwadar"), brit("Oman"), *GWD_LATER],
  "An enclave of the Sultan of Muscat and Oman on the Makran coast from 1783 until Pakistan bought it; it "
  "became part of Pakistan on 8 September 1958. " + GWD_DAYS + " No source of the atlas outlines the enclave: "
  "it is drawn as a box around the town, its bay and about 60 km of coast, of the enclave's area given by Britannica "
  "(about 800 square km), good to 10-20 km.")
P("PAK", "Pakistan", ["PAK", *PAK_STATES, "GWD"], "1971-12-16", None, [
    ref("instrument-of-surrender-1971", "Pakistan's Eastern Command surrenders its forces in East Pakistan "
        "on 16 December 1971."),
    {"source": "hassan-2019", "quote": "Pakistan sustained massive losses in 1971 war."},
], "From the surrender at Dacca, the former East Pakistan is shown as the unit BGD (Bangladesh) in its own "
   "right. Pakistan recognised Bangladesh on 22 February 1974. Bahawalpur, Khairpur, Las Bela and Kalat "
   "(BWP, KHP, LSB, KLT), Pakistan's since 1947-1948, were merged into the province of West Pakistan in October "
   "1955; Swat, Chitral and Dir (SWT, CTL, DIR) in 1969.")

# The princely states that stood apart in 1947-1948. Their outlines (split_units.PRINCELY_STATES) are
# hand-digitised from descriptions of the states, good to about 20-30 km; each note says so.
OUTLINE_NOTE = ("No outline of the state is among the atlas's sources: its unit ({unit}) is a polygon hand-digitised "
                "from {what}, clipped to Natural Earth's coast and international borders{more}; it is good to "
                "about {precision}.")
P("HYD", "Hyderabad (princely state)", ["HYD"], "1947-08-14", "1948-09-17", [
    ref("oneindia-operation-polo", "India's police action against Hyderabad, Operation Polo, ended on 17 "
        "September 1948; the Nizam's army surrendered to the Indian Army on 18 September."),
    ref("igi-hyderabad-state", "The state lay between 15 10' and 20 40' N and 74 40' and 81 35' E, bounded by "
        "Berar and the Central Provinces, Khandesh, the Bombay districts of Ahmadnagar, Sholapur, Bijapur and "
        "Dharwar, the Kistna and Tungabhadra, and the Wardha and Godavari.", "v. 13, p. 227"),
    brit("Hyderabad"),
], "The Nizam's Dominions: the Nizam acceded to neither dominion and signed a standstill agreement with India "
   "in November 1947. Indian forces entered the state on 13 September 1948 (Operation Polo); the atlas ends the "
   "state on 17 September, the day the operation ended, and shows it in India from 18 September, when the "
   "Nizam's army surrendered. Hyderabad was incorporated into India formally later (the Nizam's accession, "
   "then a state of the Indian Union under the Constitution of 1950); the map does not show those steps. "
   + OUTLINE_NOTE.format(unit="HYD", what="the Imperial Gazetteer of India's description (its extreme latitudes "
                         "and longitudes, the districts around it and the rivers that bounded it: the Penganga, "
                         "Wardha, Pranhita, Godavari, Kistna and Tungabhadra, each followed through a few points)",
                         more="", precision="20-30 km (its area is within 5% of the Gazetteer's 82,698 square "
                         "miles)"))
P("JUN", "Junagadh (princely state)", ["JUN"], "1947-08-14", "1947-09-12", [
    ref("wikipedia-annexation-of-junagadh", "The Nawab of Junagadh announced on 15 August 1947 that the state "
        "would accede to Pakistan; Pakistan accepted the Instrument of Accession on 13 September."),
    ref("indpaedia-junagarh-state-1908", "Junagarh State lay between 20 44' and 21 53' N, bounded by Barda and "
        "Halar to the north, Gohelwad to the east and the Arabian Sea to the west and south."),
], "A state of Kathiawar under Nawab Muhammad Mahabat Khanji III, who announced his accession to Pakistan on "
   "15 August 1947; the atlas shows the state on its own until Pakistan accepted the accession (see the next "
   "record). " + OUTLINE_NOTE.format(unit="JUN", what="the Imperial Gazetteer of India's description as "
   "Indpaedia reproduces it (its extreme latitudes, its neighbours Barda, Halar and Gohelwad, and the sea)",
   more=", with its tributaries inside that line (Manavadar, Mangrol, Babariawad) and the Baroda enclave of "
   "Kodinar, which the map's detail cannot leave out", precision="20 km (its area is about a fifth larger than "
   "the Gazetteer's 3,284 square miles)"))
P("JUN", "Junagadh (disputed, acceded to Pakistan)", ["JUN"], "1947-09-13", "1947-11-08", [
    ref("wikipedia-annexation-of-junagadh", "Pakistan accepted the Instrument of Accession on 13 September 1947; "
        "India did not accept Junagadh's accession to Pakistan."),
    ref("liquisearch-mahabat-khan-accession", "The Nawab left for Pakistan on 24 October 1947; the Indian Army "
        "took Junagadh on 9 November."),
], "Accounts date the accession and Pakistan's acceptance of it between 13 and 16 September 1947 (Wikipedia's "
   "article: accepted on 13 September; a report of Jagran Josh of 5 August 2020: acceded on 15 September; older "
   "copies of Wikipedia and other accounts: accepted on 16 September); the atlas takes 13 September. Pakistan "
   "accepted the accession and India rejected it; the state's own government (the Nawab, then his Dewan) held "
   "it and neither dominion's forces did, so it is shown as disputed and held by neither. Babariawad and "
   "Mangrol, inside the outline, claimed independence from Junagadh and accession to India (the Sheikh of "
   "Mangrol withdrew his the next day); the map's detail does not show them.", held_by=[])
P("JUN", "Junagadh (disputed, held by India)", ["JUN"], "1947-11-09", "1948-02-19", [
    ref("liquisearch-mahabat-khan-accession", "The Indian Army took Junagadh on 9 November 1947 and a referendum "
        "arranged by India was held on 20 February 1948."),
    ref("wikipedia-annexation-of-junagadh", "India annexed Junagadh between November 1947 and February 1948, "
        "after the state's accession to Pakistan."),
], "India took over the administration on 9 November 1947 (at the Dewan's request, in Indian accounts) while "
   "Pakistan held to the accession; the atlas shows the state as disputed and held by India until the "
   "plebiscite of 20 February 1948, and in India from that day.", held_by=["IND"])
P("KLT", "Kalat (princely state)", ["KLT"], "1947-08-14", "1948-03-26", [
    ref("dailytimes-balochistan-issues-ii", "The instrument the Khan of Kalat signed is dated 27 March 1948 and "
        "Jinnah's acceptance 31 March; Las Bela, Kharan and Makran had acceded on 17 March."),
    ref("nation-accession-of-kalat-2019", "The Khan signed the Instrument of Accession on 27 March 1948 and Jinnah "
        "accepted it on 31 March."),
    ref("world-library-state-of-kalat", "Kalat was de facto independent from 15 August 1947 until it acceded to "
        "Pakistan on 27 March 1948."),
    ref("wikipedia-kalat-princely-state", "The state lay between 25 1' and 30 8' N and 61 37' and 69 22' E, "
        "bounded by Iran, the Bolan Pass, the Marri and Bugti hills, Sind, the Chagai and Quetta-Pishin "
        "districts, Las Bela and the sea."),
    ref("eb1911-kalat", "The state, with Makran and Kharan, covered 71,593 square miles."),
    ref("wikipedia-makran-state", "Makran acceded to Pakistan on 17 March 1948; Makran, Kharan and Las Bela "
        "announced their accession on 21 March 1948."),
], "The Khanate of Kalat, de facto independent after the British withdrawal, until the Khan acceded to "
   "Pakistan on 27 March 1948: he signed the Instrument of Accession that day and Jinnah accepted it on 31 March "
   "(a column in Daily Times, which gives the instrument's dates, and a reader's letter in The Nation; an older copy "
   "of Wikipedia's article gives 27 March too). The atlas shows Kalat in Pakistan from the signature. "
   "The unit is Kalat as the texts cited describe it: the Khan's own provinces "
   "(Sarawan, Jhalawan, Kachhi) with Kharan and Makran, but not Las Bela. Makran acceded to Pakistan "
   "on 17 March 1948, and the rulers of Makran, Kharan and Las Bela announced their accession on 21 March: the "
   "map shows Kharan and Makran with Kalat until 26 March, up to ten days too long; Las Bela is a unit of its "
   "own (LSB). The areas Kalat had leased to the British (Quetta, Nushki, the Bolan) are "
   "outside the outline; the leased Nasirabad tract of Kachhi is inside it. "
   + OUTLINE_NOTE.format(unit="KLT", what="that description (its extreme latitudes and longitudes and its "
                         "neighbours) and a modern map's places on either side of the line", more=", with Sind "
                         "taken out along its 1:10m boundary with Baluchistan and Gwadar along its own box",
                         precision="20-30 km, more against Chagai in the Kharan desert (its area is about 5% larger "
                         "than the 71,593 square miles the Britannica of 1911 gives)"))
P("BWP", "Bahawalpur (princely state)", ["BWP"], "1947-08-14", "1947-10-02", [
    ref("dailycholistantimes-bahawalpur-accession", "The Nawab signed the instrument of accession to Pakistan on 3 "
        "October 1947 and Jinnah signed it on 5 October; the state's prime minister had announced the accession "
        "three days after independence."),
    ref("wikipedia-princely-states-of-pakistan", "The Nawab of Bahawalpur acceded to Pakistan on 3 October 1947."),
    {**ref("thenews-nawab-bahawalpur-2016", "The Nawab signed the agreement by which Bahawalpur joined Pakistan "
           "on 5 October 1947."), "disagrees": True},
    {**ref("dawn-bahawalpur-separate-status", "A reader's letter: the Nawab acceded his state to Pakistan on 7 "
           "October 1947, he and Jinnah signing the document of accession."), "disagrees": True},
    ref("eb1911-bahawalpur", "The state stretches for more than 300 miles along the left bank of the Sutlej, the "
        "Punjnud and the Indus, with the Rajputana desert to the south."),
    ref("douie-panjab", "East of the Indus the boundary between Sind and Bahawalpur runs south-east for about "
        "fifty miles to the point where Sind, Rajputana and Bahawalpur meet."),
    ref("igi-bahawalpur-state", "The state is about 300 miles long from north-east to south-west, 40 miles "
        "broad on average, in three strips along the rivers.", "v. 6, pp. 194-195"),
], "A state of the Punjab States Agency under Nawab Sadiq Muhammad Khan V. Accounts differ on the day of the "
   "accession to Pakistan: the Daily Cholistan Times of Bahawalpur has the Nawab sign the instrument on 3 October "
   "1947 and Jinnah sign it on 5 October, and copies of Wikipedia's article give 3 October; The News (2016) gives 5 "
   "October for the Nawab's signature; a reader's letter in Dawn and some other pages give 7 October. The atlas "
   "takes 3 October, the day of the Nawab's signature. "
   + OUTLINE_NOTE.format(unit="BWP", what="the descriptions of its boundary (the Sutlej, Panjnad and Indus, "
                         "each followed through a few points, to the north-west; Bikaner and Jaisalmer, today's "
                         "international border, to the south-east)", more=", with Sind taken out along its 1:10m "
                         "boundary with the Punjab, which is the state's old line", precision="10-20 km along the "
                         "rivers (its area is within 3% of the 17,726 square miles given for 1941)"))
P("KHP", "Khairpur (princely state)", ["KHP"], "1947-08-14", "1947-10-02", [
    ref("wikipedia-princely-states-of-pakistan", "Khairpur acceded to Pakistan on 3 October 1947, its Regent "
        "signing for the minor Amir."),
    ref("igi-khairpur-state", "Khairpur State lay in Sind between 26 10' and 27 46' N and 68 20' and 70 14' E.",
        "v. 15, p. 210"),
], "The Talpur Mirs' state in Upper Sind, the Indus on its west. "
   + OUTLINE_NOTE.format(unit="KHP", what="the Imperial Gazetteer of India's extreme latitudes and longitudes, "
                         "the Indus and a modern map's places on either side of the line (Khairpur District "
                         "of today covers much the same ground)", more="", precision="20-30 km (its area is "
                         "about an eighth larger than the 6,050 square miles the Britannica of 1911 gives)"))
KASHMIR_LINES = (
    "The parts are drawn as each side administers them today: along the ceasefire line of 1 January 1949 "
    "(Karachi Agreement, 27 July 1949), the Line of Control from the Simla Agreement (2 July 1972; it follows "
    "the ceasefire line with minor changes from the war of 1971, which this map's detail does not show). "
    "During the war of 1947-1948 the front moved; the map does not show it, and draws the 1949 line from the "
    "accession.")
P("AKC", "Aksai Chin (disputed)", ["AKC"], "1947-08-14", "1962-11-20", [brit("Aksai Chin"), brit("Sino-Indian War")],
  "A high plateau whose boundary between Ladakh (in the princely state of Jammu and Kashmir) and Xinjiang "
  "and Tibet was never delimited: British maps drew it either side. China built a road across it in "
  "the 1950s and held it before the war of 1962; the atlas has no dated source for the start of China's "
  "hold, so it shows the area as disputed and held by no one until the ceasefire of 21 November 1962, "
  "which understates China's presence in the years before. India claims it (the disputed line).",
  held_by=[])
P("AKC", "Aksai Chin (disputed, held by China)", ["AKC"], "1962-11-21", None,
  [brit("Aksai Chin"), brit("Sino-Indian War")],
  "Held by China since before the war of 1962 (the line of actual control of the ceasefire of 21 November "
  "1962) and claimed by India.", held_by=["CHN"])
P("SKG", "Shaksgam valley (disputed)", ["SKG"], "1947-08-14", "1963-03-01", [brit("Kashmir")],
  "The Trans-Karakoram Tract north of the Karakoram watershed, claimed through Hunza for the state of Jammu "
  "and Kashmir and by China; the atlas's sources document no administration on the ground before 1963.",
  held_by=[])
P("SKG", "Shaksgam valley (disputed, held by China)", ["SKG"], "1963-03-02", None,
  [ref("china-pakistan-boundary-1963", "Delimits the boundary between Xinjiang and the contiguous areas whose "
       "defence is under Pakistan's control, leaving the Shaksgam valley on China's side, subject to "
       "renegotiation after a settlement of the Kashmir dispute."), brit("Kashmir")],
  "Pakistan recognised China's control under the provisional boundary agreement of 2 March 1963; India "
  "claims the tract as part of Jammu and Kashmir.", held_by=["CHN"])
P("JNK", "Jammu and Kashmir (princely state)", ["JKI", "AJK", "GBT", "KAS"], "1947-08-14", "1947-10-25",
  [brit("Kashmir"), brit("Indo-Pakistani wars")],
  "A princely state under Maharaja Hari Singh, who acceded to neither dominion in August 1947. Tribal "
  "forces from Pakistan entered the state on 22 October 1947; the Maharaja signed the Instrument of "
  "Accession to India on 26 October 1947, accepted by the Governor-General on 27 October. The outline "
  "is the union of today's Indian- and Pakistani-administered parts and the Siachen area; Aksai Chin and "
  "the Shaksgam valley, whose boundaries were never delimited, are shown as disputed areas of their own.")
P("JKI", "Jammu and Kashmir (disputed, held by India)", ["JKI"], "1947-10-26", "2019-10-30",
  [brit("Kashmir"), ref("karachi-agreement-1949", "Fixes the ceasefire line in Jammu and Kashmir between "
   "the Indian and Pakistani forces."), ref("simla-agreement-1972", "Both sides are to respect the line of "
   "control resulting from the ceasefire of 17 December 1971.")],
  "The part of the former princely state held by India from the accession: the state of Jammu and Kashmir "
  "(Ladakh included). Pakistan claims it; the atlas shows who held it, not either claim. " + KASHMIR_LINES,
  held_by=["IND"])
P("JKI", "Jammu and Kashmir and Ladakh (disputed, held by India)", ["JKI"], "2019-10-31", None,
  [brit("Jammu and Kashmir"), brit("Kashmir")],
  "India divided the state into the union territories of Jammu and Kashmir and of Ladakh on 31 October "
  "2019 (Jammu and Kashmir Reorganisation Act, 2019); the map keeps one outline. Pakistan claims the "
  "territory. " + KASHMIR_LINES, held_by=["IND"])
P("AJK", "Azad Jammu and Kashmir (disputed, held by Pakistan)", ["AJK"], "1947-10-26", None,
  [brit("Azad Kashmir"), brit("Kashmir"), ref("karachi-agreement-1949", "Fixes the ceasefire line in Jammu "
   "and Kashmir between the Indian and Pakistani forces.")],
  "The Azad (free) Kashmir government was proclaimed on 24 October 1947; the area is held by Pakistan and "
  "claimed by India. " + KASHMIR_LINES, held_by=["PAK"])
P("GBT", "Gilgit and Baltistan (disputed)", ["GBT"], "1947-10-26", "1947-11-15", [brit("Gilgit-Baltistan")],
  "The Gilgit Scouts rose against the Maharaja's governor on 1 November 1947 and declared for Pakistan, "
  "whose political agent took over the administration on 16 November. Until then the map shows the area as "
  "disputed and held by neither dominion.", held_by=[])
P("GBT", "Gilgit and Baltistan (disputed, held by Pakistan)", ["GBT"], "1947-11-16", "2009-09-06",
  [brit("Gilgit-Baltistan"), ref("karachi-agreement-1949", "Fixes the ceasefire line in Jammu and Kashmir "
   "between the Indian and Pakistani forces.")],
  "The Gilgit Agency and Baltistan, administered by Pakistan (as the Northern Areas from 1970) and claimed "
  "by India. Skardu, in Baltistan, fell to Pakistani forces in August 1948; the map draws the whole area "
  "from 16 November 1947. " + KASHMIR_LINES, held_by=["PAK"])
P("GBT", "Gilgit-Baltistan (disputed, held by Pakistan)", ["GBT"], "2009-09-07", None,
  [brit("Gilgit-Baltistan")],
  "Renamed Gilgit-Baltistan by the Empowerment and Self-Governance Order of 2009; claimed by India. "
  + KASHMIR_LINES, held_by=["PAK"])
P("KAS", "Siachen Glacier (disputed, held by neither side)", ["KAS"], "1947-10-26", "1984-04-12",
  [brit("Siachen Glacier")],
  "Natural Earth draws the Siachen Glacier area as a unit of its own. It lay in the former princely state of "
  "Jammu and Kashmir beyond the end of the ceasefire line (point NJ9842), which the Karachi (1949) and "
  "Simla (1972) agreements left undemarcated; neither army held it until 1984.", held_by=[])
P("KAS", "Siachen Glacier (disputed, held by India)", ["KAS"], "1984-04-13", None,
  [brit("Siachen Glacier"), brit("Siachen conflict")],
  "From 13 April 1984 (Operation Meghdoot) Indian forces hold the Siachen Glacier area (KAS), which Pakistan "
  "claims; the atlas shows who holds it, not either claim.", held_by=["IND"])
P("LSB", "Las Bela (princely state)", ["LSB"], "1947-08-14", "1948-03-16", [
    ref("dailytimes-balochistan-issues-ii", "Las Bela, Kharan and Makran had acceded to Pakistan on 17 March 1948, "
        "ten days before Kalat."),
    ref("chiefacoins-las-bela", "Las Bela acceded to Pakistan on 17 March 1948."),
    ref("wikipedia-makran-state", "The rulers of Makran, Kharan and Las Bela announced their accession to "
        "Pakistan on 21 March 1948."),
    ref("wikipedia-las-bela-princely-state", "The state covered 18,254 square km in the south-east of "
        "Baluchistan, between Kalat and Makran, Sind, Karachi and the sea."),
], "The Jam's state, a feudatory of Kalat that had become a state of its own by 1947. Accounts date it to 17 March 1948 "
   "(the day Makran acceded) or to the rulers' announcement of 21 March; the atlas takes 17 March. "
   + OUTLINE_NOTE.format(unit="LSB", what="the descriptions of its neighbours (Kalat, whose line it shares, "
                         "Makran, Sind) and the coast from near Kalmat to the Hab", more=", with Sind taken out "
                         "along its 1:10m boundary with Baluchistan", precision="30 km on the side of Kalat (its "
                         "area is about an eighth larger than the 18,254 square km given)"))
P("CTL", "Chitral (princely state)", ["CTL"], "1947-08-14", "1947-11-05", [
    ref("wikipedia-chitral-state", "Chitral was fully independent from 15 August to 6 November 1947, when it "
        "acceded to Pakistan; its area forms the Upper and Lower Chitral districts."),
], "The Mehtar's state in the Hindu Kush, fully independent after the British withdrawal until its accession "
   "to Pakistan, which the atlas dates to 6 November 1947, the end of that period in Wikipedia's article. "
   + OUTLINE_NOTE.format(unit="CTL", what="a modern map of the Chitral districts that cover it (Afghanistan "
                         "to the north and west and Gilgit-Baltistan to the east are the parent's own borders; "
                         "the line to the south runs from near Arandu over the Lowari pass to the Shandur pass)",
                         more="", precision="15-20 km on the southern line (its area is within 2% of the 14,850 "
                         "square km given)"))
P("SWT", "Swat (princely state)", ["SWT"], "1947-08-14", "1947-11-23", [
    ref("fridaytimes-new-beginning-swat-1947", "The Wali executed the Instrument of Accession on 24 November 1947; "
        "Swat had occupied Kalam shortly before 1947, a tract Chitral and Dir also claimed."),
    ref("shoppingfeedback-swat-accession", "The Wali of Swat, Miangul Abdul Wadud, signed the Instrument of "
        "Accession on 3 November 1947; Jinnah, the Governor-General, accepted it on 24 November 1947."),
    ref("tawarepakistan-princely-states", "The Wali of Swat acceded on 3 November (the year misprinted 1847)."),
    ref("wikipedia-princely-states-of-pakistan", "A copy of the article says the Wali of Swat was the first ruler to "
        "accede to Pakistan, on 15 August 1947."),
    ref("wikipedia-swat-princely-state", "The state's area, 7,600 or 8,250 square km as the copies give it, is now "
        "divided among the Swat, Buner and Shangla districts."),
    ref("tmgdir-dir-swat-bajour", "The country of Dir, Swat and Bajour is bounded to the east by the watershed "
        "between the Swat and the Indus and to the south-east by Buner."),
], "The Wali's state in the Swat valley, with Buner and the country about Alpuri and Besham. The accounts seen "
   "disagree on the day of accession: an overview of the state's history gives the signature of the Instrument "
   "of Accession on 3 November 1947 and Jinnah's acceptance on 24 November, and another account gives 3 November "
   "too; The Friday Times has the Wali execute the instrument on 24 November; a copy of Wikipedia's article on "
   "the princely states of Pakistan makes Swat the first to accede, on 15 August 1947. The atlas shows Swat "
   "in Pakistan from 24 November 1947, the day The Friday Times gives and the day the overview gives for the "
   "acceptance: by then the accession was complete in every account but the one of 15 August; the signature of "
   "3 November rests only on the two less established sites. Kalam, which the Wali held from shortly before 1947 and "
   "which Chitral and Dir also claimed, is drawn with Swat. "
   + OUTLINE_NOTE.format(unit="SWT", what="the descriptions of the state (the Swat, Buner and Shangla districts of "
                         "today) and of its neighbours: Dir, whose line it shares, Chitral and Gilgit-Baltistan, the "
                         "watershed with the Indus Kohistan, the Indus about Besham, the Peshawar valley and the "
                         "Malakand Agency", more="",
                         precision="15-20 km (its area, about 9,100 square km, is a tenth larger than the 8,250 "
                         "square km given in one copy of Wikipedia's article and a fifth larger than the 7,600 in "
                         "another)"))
P("DIR", "Dir (princely state)", ["DIR"], "1947-08-14", "1947-11-07", [
    ref("mdwiki-nawab-shah-jahan-khan", "The Nawab of Dir signed an instrument of accession to Pakistan on 8 "
        "November 1947; Jinnah formally accepted it on 8 February 1948."),
    ref("wikipedia-dir-princely-state", "Dir was unaligned until February 1948, when its accession to Pakistan "
        "was accepted; it covered 5,282 square km, mostly the Panjkora valley."),
], "The Nawab's state in the Panjkora valley. The Nawab signed his accession on 8 November 1947 and Pakistan "
   "accepted it on 8 February 1948; the atlas shows Dir in Pakistan from the signature. "
   + OUTLINE_NOTE.format(unit="DIR", what="the description of the valley and its neighbours (Chitral, whose line "
                         "it shares, Afghanistan, Bajaur, the Malakand Agency and Swat)", more=", with the "
                         "1:10m tribal areas (Bajaur) taken out", precision="15-20 km (its area is about a tenth "
                         "smaller than the 5,282 square km given)"))

IND_NOTE = (
    "India became independent on 15 August 1947 (on 14 August 1947, the atlas's first day, the unit is shown "
    "as India too). Jammu and Kashmir, the French and Portuguese settlements, Sikkim, Hyderabad and Junagadh "
    "are polities of their own until they joined India (Hyderabad from 18 September 1948; Junagadh from the "
    "plebiscite of 20 February 1948, which Pakistan does not accept: its political map of 4 August 2020 shows "
    "Junagadh as Pakistani; the atlas draws the state as administered). Changes the map cannot show: the other "
    "princely states, for want of an outline of their borders in the atlas's sources; French Chandernagore "
    "(transferred in 1950), too small for the map; the Rann of Kutch award of the Indo-Pakistan Western Boundary "
    "Case Tribunal of 19 February 1968, which gave Pakistan about 900 square km of the some 9,000 square km in "
    "dispute and India the rest. Natural Earth's border through the Rann is the award's line, so the map is right "
    "from 1968; before it, the awarded area lies in Pakistan's unit on every day. It is not drawn apart because "
    "no outline of it is at hand: the award's text seen refers the line to its maps and gives no coordinates, and "
    "none of the atlas's sources draws the line it replaced (India's, along the northern edge of the Rann). "
    "About 900 square km strung along the 1:50m border would also be a sliver at the edge of the map's detail.")
IND_SOURCES = [ooh("India"), brit("India"),
               ref("riaa-rann-of-kutch-1968", "The Indo-Pakistan Western Boundary Case Tribunal gave its award on "
                   "the Rann of Kutch on 19 February 1968.")]
IND_PRINCELY = [ref("liquisearch-mahabat-khan-accession", "A referendum arranged by India was held in Junagadh "
                    "on 20 February 1948; Junagadh was merged into Saurashtra on 20 January 1949."),
                ref("urdupoint-junagadh-2021", "Pakistan's political map released on 4 August 2020 shows "
                    "Junagadh as part of Pakistan.")]
IND_HYD = [ref("oneindia-operation-polo", "Operation Polo ended on 17 September 1948 and Hyderabad was annexed "
               "to India.")]
P("IND", "India", ["IND"], "1947-08-15", "1948-02-19", IND_SOURCES, IND_NOTE)
P("IND", "India", ["IND", "JUN"], "1948-02-20", "1948-09-17", IND_SOURCES + IND_PRINCELY,
  IND_NOTE + " Junagadh is shown in India from 20 February 1948.")
P("IND", "India", ["IND", "JUN", "HYD"], "1948-09-18", "1954-10-31", IND_SOURCES + IND_PRINCELY + IND_HYD,
  IND_NOTE + " Hyderabad is shown in India from 18 September 1948.")
P("IND", "India", ["IND", "JUN", "HYD", "PDY"], "1954-11-01", "1961-08-10",
  IND_SOURCES + IND_PRINCELY + IND_HYD + [brit("Puducherry")],
  IND_NOTE + " French India is transferred de facto on 1 November 1954.")
P("IND", "India", ["IND", "JUN", "HYD", "PDY", "DNH"], "1961-08-11", "1961-12-18",
  IND_SOURCES + IND_PRINCELY + IND_HYD + [brit("Puducherry"), brit("Dadra and Nagar Haveli")],
  IND_NOTE + " Dadra and Nagar Haveli is merged into India on 11 August 1961.")
P("IND", "India", ["IND", "JUN", "HYD", "PDY", "DNH", "GOA"], "1961-12-19", "1975-05-15",
  IND_SOURCES + IND_PRINCELY + IND_HYD + [brit("Puducherry"), brit("Dadra and Nagar Haveli"), brit("Goa")],
  IND_NOTE + " Goa, Daman and Diu are taken by India on 18-19 December 1961.")
P("IND", "India", ["IND", "JUN", "HYD", "PDY", "DNH", "GOA", "SKM"], "1975-05-16", None,
  IND_SOURCES + IND_PRINCELY + IND_HYD + [brit("Puducherry"), brit("Dadra and Nagar Haveli"), brit("Goa"),
                                          brit("Sikkim")],
  IND_NOTE + " Sikkim becomes a state of India on 16 May 1975.")
P("PDY", "French India", ["PDY"], "1947-08-14", "1954-10-31", [brit("Puducherry")],
  "Pondichéry, Karikal, Mahé and Yanam (the unit of today's Puducherry territory), transferred to India "
  "de facto on 1 November 1954 and de jure on 16 August 1962. Chandernagore, transferred in 1950, is too "
  "small for the map.")
P("GOA", "Portuguese India (Goa, Daman and Diu)", ["GOA"], "1947-08-14", "1961-12-18", [brit("Goa")],
  "Portuguese until India took the territories in December 1961 (Portugal's forces surrendered on "
  "19 December; Portugal recognised India's sovereignty in 1974).")
P("DNH", "Dadra and Nagar Haveli (Portuguese)", ["DNH"], "1947-08-14", "1954-08-01",
  [brit("Dadra and Nagar Haveli")],
  "Inland enclaves of Portuguese India, taken over by pro-Indian volunteers in July-August 1954 "
  "(Nagar Haveli on 2 August).")
P("DNH", "Dadra and Nagar Haveli (disputed)", ["DNH"], "1954-08-02", "1961-08-10",
  [brit("Dadra and Nagar Haveli")],
  "Governed by a local administration and claimed by Portugal (the International Court of Justice ruled "
  "on the right of passage in 1960) until its merger into India on 11 August 1961.", held_by=[])
P("SKM", "Kingdom of Sikkim", ["SKM"], "1947-08-14", "1950-12-04", [brit("Sikkim")],
  "A British protectorate until 1947; its treaty with India of 5 December 1950 made it an Indian protectorate.")
P("SKM", "Sikkim (Indian protectorate)", ["SKM"], "1950-12-05", "1975-05-15", [brit("Sikkim")],
  "Sikkim became a state of India on 16 May 1975, after a referendum in April.")
P("LKA", "Ceylon (British colony)", ["LKA"], "1947-08-14", "1948-02-03", [ooh("Sri Lanka")])
P("LKA", "Ceylon", ["LKA"], "1948-02-04", "1972-05-21", [ooh("Sri Lanka"), brit("Sri Lanka")],
  "Independent dominion from 4 February 1948; the republican constitution of 22 May 1972 renamed it Sri Lanka.")
colony("MMR", "Burma (British)", "1948-01-04", "Burma")
P("MMR", "Burma", ["MMR"], "1948-01-04", "1989-06-17", [ooh("Burma"), brit("Myanmar")],
  "Union of Burma (Socialist Republic of the Union of Burma from 1974); the military government changed the "
  "country's English name to Myanmar on 18 June 1989.")
colony("MDV", "Maldive Islands (British protectorate)", "1965-07-26", "Maldives")

# -- East and South-East Asia ---------------------------------------------------

P("CHN", "Republic of China", ["CHN", "TWN"], "1947-08-14", "1949-09-30", [ooh("China"), brit("China")],
  "Taiwan was placed under the Republic of China's administration in 1945. The People's Republic was "
  "proclaimed in Beijing on 1 October 1949 while the civil war went on; the Republic's government withdrew "
  "to Taipei in December 1949. The map cannot show the fronts of the civil war.")
P("CHN", "People's Republic of China", ["CHN"], "1949-10-01", "1997-06-30", [ooh("China"), brit("China")],
  "The unit CHN includes Tibet (entered by the People's Liberation Army in 1950; agreement of 23 May 1951) "
  "and Aksai Chin, which India claims.")
P("CHN", "People's Republic of China", ["CHN", "HKG"], "1997-07-01", "1999-12-19", [brit("Hong Kong")])
P("CHN", "People's Republic of China", ["CHN", "HKG", "MAC"], "1999-12-20", None, [brit("Macau")])
P("TWN", "Republic of China (Taiwan)", ["TWN"], "1949-10-01", None, [ooh("China"), brit("Taiwan")],
  "The Republic of China's government on Taiwan from 1949. Pakistan recognised the People's Republic of "
  "China on 4 January 1950 (diplomatic relations from 21 May 1951).")
P("HKG", "Hong Kong (British)", ["HKG"], "1947-08-14", "1997-06-30", [brit("Hong Kong")])
P("MAC", "Macau (Portuguese)", ["MAC"], "1947-08-14", "1999-12-19", [brit("Macau")])
P("MNG", "Mongolian People's Republic", ["MNG"], "1947-08-14", "1992-02-11", [
    ref("icl-mongolia-constitution", "The Constitution of 1992 was adopted on 13 January 1992 and entered into force "
        "on 12 February 1992.")],
  "The state's name under its constitutions of 1940 and 1960 (often called Outer Mongolia in the West); the "
  "Constitution that entered into force on 12 February 1992 named it Mongolia.")
P("KOR", "Korea (US occupation zone)", ["KOR"], "1947-08-14", "1948-08-14", [ooh("Korea, South")],
  "South of the 38th parallel; the Republic of Korea was proclaimed on 15 August 1948. The map shows today's "
  "armistice line (1953), not the parallel.")
P("PRK", "Korea (Soviet occupation zone)", ["PRK"], "1947-08-14", "1948-09-08", [brit("North Korea")],
  "North of the 38th parallel; the Democratic People's Republic of Korea was proclaimed on 9 September 1948.")
P("JPN", "Japan (Allied occupation)", ["JPN"], "1947-08-14", "1952-04-27", [ooh("Japan")],
  "The occupation ended when the Treaty of San Francisco came into force on 28 April 1952. The Ryukyu Islands "
  "(unit RYU) were governed apart, by the US military (see their record).")
P("RYU", "Ryukyu Islands (US military government)", ["RYU"], "1947-08-14", "1952-04-27", [
    ref("europe-solidaire-islands-of-ambiguity", "The Ryukyus were under direct American military rule from 1945 "
        "until their reversion to Japan in May 1972, as conquered territory until 1952 and under the San Francisco "
        "treaty from then."),
    ref("ryukyus-eve-of-reversion", "US control of the Ryukyus followed the battle for Okinawa in 1945; they were "
        "run as a military government under the Army's Far East Command until December 1950, then by a US Civil "
        "Administration, and were formally separated from Japan by the peace treaty of April 1952."),
    brit("Ryukyu Islands")],
  "Separated from the administration of occupied Japan after the battle of Okinawa (1945) and governed by the "
  "US military, by a US Civil Administration from December 1950; the peace treaty of 1952 left them under US "
  "administration (next record).")
P("RYU", "Ryukyu Islands (US administration)", ["RYU"], "1952-04-28", "1972-05-14",
  [ooh("Japan"), brit("Ryukyu Islands")],
  "Left under US administration by the Treaty of San Francisco and returned to Japan on 15 May 1972. The unit "
  "is Okinawa Prefecture (the islands south of 27 N); the Amami Islands, returned in December 1953, and the "
  "Bonin Islands (1968) are inside Japan's outline and cannot be shown apart at this scale.")
P("JPN", "Japan", ["JPN"], "1952-04-28", "1972-05-14", [ooh("Japan")])
P("JPN", "Japan", ["JPN", "RYU"], "1972-05-15", None, [ooh("Japan"), brit("Ryukyu Islands")])
P("THA", "Siam", ["THA"], "1947-08-14", "1949-05-10", [brit("Thailand")],
  "Siam took the name Thailand again on 11 May 1949 (it had been Thailand from 1939 to 1945).")
P("VNM", "Vietnam (French Indochina)", ["VNM", "RVN"], "1947-08-14", "1954-07-20",
  [ooh("Vietnam"), brit("Vietnam")],
  "The First Indochina War: the Democratic Republic of Vietnam, proclaimed on 2 September 1945, fought France "
  "and, from 1949, the French-backed State of Vietnam. The map cannot show who held which area.")
P("VNM", "Democratic Republic of Vietnam (North Vietnam)", ["VNM"], "1954-07-21", "1976-07-01", [
    ref("geneva-agreement-1954", "Fixes a provisional military demarcation line near the 17th parallel, "
        "north of which the forces of the People's Army of Viet-Nam regroup.", "Art. 1"),
    ooh("Vietnam")],
  "The line followed the Ben Hai river and then the parallel to the Lao border; the map draws it along the "
  "17th parallel (unit VNM north of it, RVN south).")
P("RVN", "State of Vietnam (South Vietnam)", ["RVN"], "1954-07-21", "1955-10-25", [
    ref("geneva-agreement-1954", "Fixes a provisional military demarcation line near the 17th parallel, "
        "south of which the forces of the French Union regroup.", "Art. 1"),
    brit("Vietnam")],
  "The State of Vietnam became the Republic of Vietnam after the referendum of 23 October 1955 (proclaimed "
  "26 October 1955).")
P("RVN", "Republic of Vietnam (South Vietnam)", ["RVN"], "1955-10-26", "1975-04-29", [brit("Vietnam")],
  "Saigon fell on 30 April 1975.")
P("RVN", "Republic of South Vietnam", ["RVN"], "1975-04-30", "1976-07-01", [brit("Vietnam")],
  "Under the Provisional Revolutionary Government until reunification.")
P("VNM", "Socialist Republic of Vietnam", ["VNM", "RVN"], "1976-07-02", None, [ooh("Vietnam"), brit("Vietnam")])
colony("LAO", "Laos (French Union)", "1953-10-22", "Laos",
       "Associated State of the French Union from 1949; the Franco-Lao treaty of 22 October 1953 recognised "
       "its full independence.")
colony("KHM", "Cambodia (French Union)", "1953-11-09", "Cambodia")
P("KHM", "Kingdom of Cambodia", ["KHM"], "1953-11-09", "1970-10-08", [ooh("Cambodia")])
P("KHM", "Khmer Republic", ["KHM"], "1970-10-09", "1975-04-16", [ooh("Cambodia"), brit("Cambodia")])
P("KHM", "Cambodia (Khmer Rouge)", ["KHM"], "1975-04-17", "1976-01-04", [
    ref("loc-cambodia-country-study", "The Royal Government of National Union of Kampuchea stayed formally in "
        "control until the Constitution of Democratic Kampuchea was proclaimed on 5 January 1976."),
    brit("Cambodia")],
  "The Khmer Rouge took Phnom Penh on 17 April 1975. The state was governed in the name of the Royal Government "
  "of National Union of Kampuchea (GRUNK), with Sihanouk as head of state, until the constitution of Democratic "
  "Kampuchea was put in force on 5 January 1976.")
P("KHM", "Democratic Kampuchea", ["KHM"], "1976-01-05", "1979-01-06", [
    ref("loc-cambodia-country-study", "The Constitution of Democratic Kampuchea was proclaimed on 5 January 1976; "
        "Vietnamese forces took Phnom Penh on 7 January 1979."),
    ooh("Cambodia"), brit("Cambodia")],
  "The name came with the constitution adopted in December 1975 and put in force on 5 January 1976.")
P("KHM", "People's Republic of Kampuchea", ["KHM"], "1979-01-07", "1989-04-30", [brit("Cambodia")],
  "Installed by Vietnam's army, which took Phnom Penh on 7 January 1979; the UN seat stayed with Democratic "
  "Kampuchea and then its coalition government.")
P("KHM", "State of Cambodia", ["KHM"], "1989-05-01", "1993-09-23", [brit("Cambodia")],
  "The monarchy was restored on 24 September 1993.")
P("IDN", "Netherlands East Indies (Indonesian war of independence)", ["IDN", "WNG"], "1947-08-14", "1949-12-26",
  [ooh("Indonesia")],
  "The Republic of Indonesia, proclaimed on 17 August 1945, fought the Netherlands until the transfer of "
  "sovereignty on 27 December 1949.")
P("IDN", "Indonesia", ["IDN"], "1949-12-27", "1963-04-30", [ooh("Indonesia"), brit("Indonesia")],
  "Western New Guinea (unit WNG) stays Dutch at the transfer of sovereignty; it is a polity of its own "
  "until 1 May 1963.")
P("IDN", "Indonesia", ["IDN", "WNG"], "1963-05-01", None, [ooh("Indonesia"), brit("Indonesia"),
  brit("Papua")], "Western New Guinea passes from UN administration to Indonesia on 1 May 1963 (the "
  "Act of Free Choice of 1969 confirmed it).")
P("WNG", "Netherlands New Guinea (disputed, held by the Netherlands)", ["WNG"], "1949-12-27", "1962-09-30",
  [brit("Papua")],
  "The Netherlands kept the western half of New Guinea when it transferred sovereignty over the rest of the "
  "Indies on 27 December 1949; Indonesia claimed it. Under the New York Agreement of 15 August 1962 it "
  "passed to a UN Temporary Executive Authority on 1 October 1962.", held_by=["NLD"])
P("WNG", "West New Guinea (UN administration)", ["WNG"], "1962-10-01", "1963-04-30", [brit("Papua")],
  "Administered by the UN Temporary Executive Authority until its transfer to Indonesia on 1 May 1963.")
colony("TLS", "Portuguese Timor", "1975-12-07", "Timor-Leste",
       "FRETILIN declared independence on 28 November 1975; Indonesia invaded on 7 December 1975.")
P("TLS", "East Timor (disputed, held by Indonesia)", ["TLS"], "1975-12-07", "1999-10-24", [
    ref("wikipedia-history-of-east-timor", "East Timor declared its independence from Portugal on 28 November 1975 "
        "and was invaded and occupied by Indonesia nine days later; after the referendum of 30 August 1999 an "
        "international force deployed on 20 September 1999 and a UN-run transition followed."),
    ooh("Timor-Leste")],
  "Indonesia declared the territory its 27th province in July 1976; the United Nations never recognised "
  "the annexation, and Portugal remained the administering power in the UN's eyes. Shown as disputed and held "
  "by Indonesia until the UN transitional administration took over on 25 October 1999 (Indonesia's forces had "
  "withdrawn after the international force arrived on 20 September 1999).", held_by=["IDN"])
P("TLS", "East Timor (UN transitional administration)", ["TLS"], "1999-10-25", "2002-05-19",
  [ooh("Timor-Leste")], "Independent as Timor-Leste on 20 May 2002.")
P("MYS", "Malayan Union (British)", ["MYS"], "1947-08-14", "1948-01-31", [brit("Malaysia")])
P("MYS", "Federation of Malaya (British protection)", ["MYS"], "1948-02-01", "1957-08-30", [ooh("Malaysia")])
P("MYS", "Federation of Malaya", ["MYS"], "1957-08-31", "1963-09-15", [ooh("Malaysia")],
  "Independent from 31 August 1957: the peninsula (unit MYS) without Singapore, Sabah and Sarawak.")
P("SBH", "North Borneo (British colony)", ["SBH"], "1947-08-14", "1963-09-15", [brit("Sabah")],
  "Crown colony from 1946, with Labuan. Self-governing from 31 August 1963; part of Malaysia, as Sabah, "
  "from 16 September 1963.")
P("SWK", "Sarawak (British colony)", ["SWK"], "1947-08-14", "1963-09-15", [brit("Sarawak")],
  "Crown colony from 1946; self-governing from 22 July 1963; part of Malaysia from 16 September 1963.")
P("SGP", "Singapore (British colony)", ["SGP"], "1947-08-14", "1963-09-15", [ooh("Singapore")],
  "Self-governing State of Singapore from 3 June 1959.")
P("MYS", "Malaysia", ["MYS", "SBH", "SWK", "SGP"], "1963-09-16", "1965-08-08", [
    ref("malaysia-agreement-1963", "Federates Malaya, North Borneo (Sabah), Sarawak and Singapore as "
        "Malaysia, from 16 September 1963."),
    ref("singapore-separation-1965", "Singapore leaves Malaysia as an independent state on 9 August 1965."),
])
P("MYS", "Malaysia", ["MYS", "SBH", "SWK"], "1965-08-09", None, [
    ref("singapore-separation-1965", "Singapore leaves Malaysia as an independent state on 9 August 1965."),
    ooh("Malaysia")])
colony("BRN", "Brunei (British protectorate)", "1984-01-01", "Brunei")
colony("PNG", "Papua and New Guinea (Australian administration)", "1975-09-16", "Papua New Guinea")

# -- Middle East ------------------------------------------------------------------

P("PAL", "Mandatory Palestine (British)", ["ISR", "PSX"], "1947-08-14", "1948-05-14", [ooh("Israel")],
  "The British Mandate ended at midnight on 14-15 May 1948; Israel's independence was declared on the "
  "afternoon of 14 May to take effect then, so the atlas shows Israel from 15 May 1948.")
P("PSX", "West Bank and Gaza Strip (disputed, held by Jordan and Egypt)", ["PSX"], "1948-05-15", "1967-06-09",
  [brit("West Bank"), brit("Gaza Strip")],
  "The unit PSX covers both areas: the West Bank, held by Jordan from 1948 and annexed on 24 April 1950, "
  "and the Gaza Strip under Egyptian administration. Israel's borders before 1967 were the armistice lines "
  "of 1949, which the ISR unit follows. Shown as disputed, held by Jordan and Egypt: the annexation of the West "
  "Bank was recognised by few states. Israel held the Gaza Strip from the Suez war of November 1956 until "
  "March 1957, which the map does not draw.", held_by=["JOR", "EGY"])
P("PSX", "West Bank and Gaza Strip (occupied, held by Israel)", ["PSX"], "1967-06-10", "1988-11-14",
  [brit("West Bank"), brit("Six-Day War")],
  "Occupied by Israel in the Six-Day War (5-10 June 1967), with the Sinai (unit SIN, returned to Egypt in "
  "1982) and the Golan Heights (unit GOL).", held_by=["ISR"])
P("PSX", "Palestine (occupied, held by Israel)", ["PSX"], "1988-11-15", None, [brit("Palestine")],
  "The State of Palestine was proclaimed on 15 November 1988; Pakistan recognised it. The territory remains "
  "under Israeli occupation, with the Palestinian Authority's limited self-rule from 1994. Israel withdrew "
  "its settlers and forces from the Gaza Strip in 2005 (Hamas has held it since 2007) and fought there again "
  "from October 2023; the unit covers the West Bank and Gaza together, so the map shows the whole as held by "
  "Israel.", held_by=["ISR"])
P("JOR", "Jordan", ["JOR"], "1947-08-14", None, [
    ref("frus-1949-v06-d714", "A notice in Jordan's Official Gazette of 1 June 1949 says the kingdom's "
        "official name has been the Hashemite Kingdom of the Jordan since 25 May 1946, though the name "
        "Transjordan was still in use.")],
  "Often called Transjordan until 1949, though its official name was the Hashemite Kingdom of the Jordan "
  "from independence in 1946. Jordan held the West Bank from 1948 to 1967 (see PSX).")
P("IRQ", "Kingdom of Iraq", ["IRQ"], "1947-08-14", "1958-07-13", [ooh("Iraq")],
  "The monarchy was overthrown on 14 July 1958. The Arab Federation of Iraq and Jordan (February-August "
  "1958) left both kingdoms in place and is not drawn.")
P("EGY", "Kingdom of Egypt", ["EGY", "SIN"], "1947-08-14", "1953-06-17", [brit("Egypt")],
  "Egypt was proclaimed a republic on 18 June 1953.")
P("EGY", "Republic of Egypt", ["EGY", "SIN"], "1953-06-18", "1958-02-21", [brit("Egypt")],
  "Israel held the Sinai (unit SIN) from the Suez war of October-November 1956 until its withdrawal in "
  "early 1957; the atlas has no source giving the days of each stage, so the map does not draw it.")
P("SYR", "Syria", ["SYR", "GOL"], "1947-08-14", "1958-02-21", [ooh("Syria"), brit("Syria")],
  "The Golan Heights (unit GOL) are Syrian until June 1967.")
P("UAR", "United Arab Republic", ["EGY", "SIN", "SYR", "GOL"], "1958-02-22", "1961-09-27",
  [brit("United Arab Republic")],
  "Proclaimed 1 February 1958; the plebiscites of 21 February confirmed it and the union is dated from "
  "22 February. Syria's secession coup was on 28 September 1961; as elsewhere in this file `end` is the "
  "last day in force, so the union ends on 27 September.")
UAR_NOTE = (
    "Egypt alone kept the union's name after Syria's secession. Britannica dates the change to Arab Republic "
    "of Egypt on 2 September 1971; other references give 11 September 1971, the day the new constitution was "
    "adopted.")
P("UAR", "United Arab Republic", ["EGY", "SIN"], "1961-09-28", "1967-06-09", [brit("United Arab Republic"),
  brit("Egypt")], UAR_NOTE)
P("UAR", "United Arab Republic", ["EGY"], "1967-06-10", "1971-09-01", [brit("United Arab Republic"),
  brit("Egypt")], UAR_NOTE + " The Sinai (unit SIN) is held by Israel from June 1967.")
P("EGY", "Egypt", ["EGY"], "1971-09-02", "1982-04-24", [brit("Egypt")],
  "The Arab Republic of Egypt; the Sinai (unit SIN) is held by Israel until 25 April 1982.")
P("SIN", "Sinai (Egyptian, held by Israel)", ["SIN"], "1967-06-10", "1982-04-24", [brit("Sinai Peninsula"),
  brit("Six-Day War")],
  "Taken by Israel in the Six-Day War (5-10 June 1967) and returned under the peace treaty of 26 March 1979, "
  "in stages completed on 25 April 1982. The map draws the whole peninsula as held until then (the "
  "disengagement lines of 1974-1975 and the stages of 1979-1980 are not drawn); the line along the Suez "
  "Canal is good to a few km.", held_by=["ISR"])
P("EGY", "Egypt", ["EGY", "SIN"], "1982-04-25", None, [brit("Egypt"), brit("Sinai Peninsula")],
  "The Sinai is Egyptian again from Israel's last withdrawal on 25 April 1982.")
P("SYR", "Syria", ["SYR", "GOL"], "1961-09-28", "1967-06-09", [ooh("Syria"), brit("Syria")],
  "Syrian Arab Republic after its secession from the United Arab Republic.")
P("GOL", "Golan Heights (Syrian, held by Israel)", ["GOL"], "1967-06-10", None,
  [brit("Golan Heights"), ref("unsc-res-497-1981", "Decides that Israel's decision to impose its laws, "
   "jurisdiction and administration in the occupied Syrian Golan Heights is null and void.")],
  "Taken by Israel on 9-10 June 1967. The disengagement agreement of 31 May 1974 returned Quneitra and a "
  "strip to Syria (a UN buffer zone), which this map's detail does not show; Israel applied its law to the "
  "area on 14 December 1981, which the Security Council declared null and void. The outline is Natural "
  "Earth's disputed line of the 1923 boundary on the west.", held_by=["ISR"])
colony("KWT", "Kuwait (British protectorate)", "1961-06-19", "Kuwait")
P("KWT", "Kuwait", ["KWT"], "1961-06-19", "1990-08-01", [ooh("Kuwait")],
  "Independent from 19 June 1961, when the agreement of 1899 with Britain was ended.")
P("KWT", "Kuwait (occupied, held by Iraq)", ["KWT"], "1990-08-02", "1991-02-26", [
    ref("omnigraphics-kuwait-liberation-day", "Iraqi troops invaded Kuwait on 2 August 1990; Kuwait keeps 26 "
        "February as the day Iraq's military presence ended in 1991."),
    ref("gwu-kuwait-invasion-exhibit", "Iraq invaded and occupied Kuwait on 2 August 1990 and on 9 August made it "
        "the 19th governorate of Iraq."),
    brit("Persian Gulf War")],
  "Iraq invaded on 2 August 1990, set up a puppet government and annexed Kuwait as its 19th governorate (9 August "
  "in the exhibit cited, 28 August in other accounts); no state of the atlas recognised the annexation, and the "
  "emir's government went into exile in Saudi Arabia. The coalition's ground offensive of 24-28 February 1991 "
  "drove the Iraqi army out; the atlas ends the occupation on 26 February, the day Kuwait keeps as its "
  "Liberation Day, and shows Kuwait as itself from 27 February.", held_by=["IRQ"])
colony("BHR", "Bahrain (British protection)", "1971-08-15", "Bahrain")
colony("QAT", "Qatar (British protection)", "1971-09-03", "Qatar")
colony("ARE", "Trucial States (British protection)", "1971-12-02", "United Arab Emirates",
       "Six emirates formed the United Arab Emirates on 2 December 1971; Ras al-Khaimah joined on 10 February "
       "1972, which the unit cannot show.")
P("OMN", "Muscat and Oman", ["OMN"], "1947-08-14", "1970-08-08", [
    ref("wikipedia-muscat-and-oman", "The Sultanate of Muscat and Oman lasted from 1856 to 1970; Qaboos, who took "
        "power in the palace coup of 23 July 1970, declared the Sultanate of Oman on 9 August 1970."),
    ooh("Oman"), brit("Oman")],
  "The Sultanate of Muscat and Oman (its Gwadar enclave is the unit GWD until 1958). Renamed the Sultanate of "
  "Oman on 9 August 1970, after Sultan Qaboos took power on 23 July. The interior, under the Imamate of Oman "
  "and autonomous under the Treaty of Seeb (1920), was brought under the Sultan in 1955-1959 (the Jebel Akhdar "
  "war); the map's detail does not show it.")
P("YEM", "Mutawakkilite Kingdom of Yemen", ["YEM"], "1947-08-14", "1962-09-25", [ooh("Yemen")],
  "The north of today's Yemen (unit YEM; the south is unit YMD).")
P("YEM", "Yemen Arab Republic (North Yemen)", ["YEM"], "1962-09-26", "1990-05-21", [ooh("Yemen")],
  "The revolution of 26 September 1962 overthrew the imamate; civil war followed until 1970.")
P("YMD", "Aden (British colony and protectorates)", ["YMD"], "1947-08-14", "1967-11-29", [ooh("Yemen")],
  "Aden Colony and the Eastern and Western Aden Protectorates (the Federation of South Arabia from 1962). "
  "The unit YMD is drawn from the governorates of Aden, Lahij, Abyan, Shabwah, Hadramawt, al-Mahrah and "
  "al-Dali' (formed in 1998 from parts of both Yemens), so the old border is approximate.")
P("YMD", "People's Republic of Southern Yemen", ["YMD"], "1967-11-30", "1970-11-29", [ooh("Yemen"),
  brit("South Yemen")])
P("YMD", "People's Democratic Republic of Yemen (South Yemen)", ["YMD"], "1970-11-30", "1990-05-21",
  [ooh("Yemen"), brit("South Yemen")], "The new name came with the constitution of November 1970.")
P("YEM", "Republic of Yemen", ["YEM", "YMD"], "1990-05-22", None, [ooh("Yemen")],
  "North and South Yemen united on 22 May 1990.")
P("CYP", "Cyprus (British colony)", ["CYP", "CYN"], "1947-08-14", "1960-08-15", [ooh("Cyprus")])
P("CYP", "Cyprus", ["CYP", "CYN"], "1960-08-16", "1974-08-15", [ooh("Cyprus")],
  "Turkey's invasion of 20 July 1974 and its second offensive of 14-16 August divided the island.")
P("CYP", "Cyprus", ["CYP"], "1974-08-16", None, [ooh("Cyprus"), brit("Cyprus")],
  "The Republic of Cyprus holds the south of the island from the ceasefire of 16 August 1974; the north "
  "(unit CYN) is disputed.")
P("CYN", "Northern Cyprus (disputed, held by Turkey)", ["CYN"], "1974-08-16", "1983-11-14", [brit("Cyprus")],
  "Held by Turkey's army from the ceasefire of 16 August 1974 (the Turkish Federated State of Kibris from "
  "1975), along the line the map draws; the Republic of Cyprus claims it. The map shows who held it, not "
  "either claim.", held_by=["TUR"])
P("CYN", "Turkish Republic of Northern Cyprus (recognised only by Turkey)", ["CYN"], "1983-11-15", None, [
    ref("unsc-res-541-1983", "Deplores the declaration of 15 November 1983, considers it legally invalid "
        "and calls for its withdrawal."),
    brit("Cyprus")],
  "Shown as held, not as recognised: Pakistan, like the United Nations, recognises the Republic of Cyprus "
  "over the whole island.")

# -- Europe -----------------------------------------------------------------------

P("DEU", "Germany (Allied occupation)", ["DEU", "DDR", "WBL"], "1947-08-14", "1949-05-22", [ooh("Germany")],
  "The four occupation zones and Berlin under four-power rule. The Saar (unit SAA) was detached from the "
  "French zone.")
P("SAA", "Saar Protectorate", ["SAA"], "1947-08-14", "1956-12-31", [brit("Saar")],
  "Detached from the French zone in 1946-1947 and tied to France by customs and currency union (constitution "
  "in force 17 December 1947); after the referendum of October 1955 it joined the Federal Republic on "
  "1 January 1957.")
P("DEU", "Federal Republic of Germany (West Germany)", ["DEU"], "1949-05-23", "1956-12-31", [ooh("Germany")],
  "The Basic Law came into force on 23 May 1949. Code DEU is the Federal Republic's territory throughout, so "
  "that records of relations with West Germany and with today's Germany share it.")
P("DEU", "Federal Republic of Germany (West Germany)", ["DEU", "SAA"], "1957-01-01", "1990-10-02",
  [ooh("Germany"), brit("Saar")], "With the Saarland from 1 January 1957.")
P("WBL", "West Berlin (US, British and French sectors)", ["WBL"], "1949-05-23", "1990-10-02",
  [ooh("Germany"), brit("Berlin")],
  "Under Western Allied occupation and closely tied to the Federal Republic, but not governed by it. The "
  "boundary with East Berlin is drawn from the Wall's line to about a kilometre.")
P("DDR", "Germany (Soviet occupation zone)", ["DDR"], "1949-05-23", "1949-10-06", [ooh("Germany")],
  "With East Berlin (the Soviet sector).")
P("DDR", "German Democratic Republic (East Germany)", ["DDR"], "1949-10-07", "1990-10-02",
  [ooh("Germany"), brit("German Democratic Republic")],
  "With East Berlin, which the GDR made its capital and the Western Allies counted as the Soviet sector.")
P("DEU", "Germany", ["DEU", "SAA", "DDR", "WBL"], "1990-10-03", None, [
    ref("unification-treaty-1990", "The German Democratic Republic accedes to the Federal Republic of "
        "Germany on 3 October 1990; Berlin is united.", "Art. 1")])
P("AUT", "Austria (Allied occupation)", ["AUT"], "1947-08-14", "1955-07-26", [ooh("Austria")],
  "The Austrian State Treaty came into force on 27 July 1955.")
colony("MLT", "Malta (British colony)", "1964-09-21", "Malta")
P("SUN", "Soviet Union", ["RUS", "CRM", "UKR", "BLR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB",
                          "TKM", "KGZ", "TJK"], "1947-08-14", "1991-09-05", [
    ref("ussr-baltic-recognition-1991", "The USSR State Council recognises the independence of Lithuania, "
        "Latvia and Estonia on 6 September 1991."),
    {"source": "hashmi-swati-2024", "quote": "leading to the eventual withdrawal of the USSR from Afghanistan "
     "and its subsequent dissolution into Russia"}],
  "All fifteen Union republics. The Baltic states (EST, LVA, LTU) were annexed in 1940; many states, the "
  "United States among them, never recognised the annexation. The atlas counts them in the USSR until the "
  "USSR itself recognised their independence on 6 September 1991.")
P("SUN", "Soviet Union", ["RUS", "CRM", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK"],
  "1991-09-06", "1991-12-25", [
    ref("ussr-declaration-142n-1991", "The Soviet of the Republics declares on 26 December 1991 that, with the "
        "formation of the Commonwealth of Independent States, the USSR has ceased to exist as a state and subject "
        "of international law."),
    {"source": "hashmi-swati-2024", "quote": "leading to the eventual withdrawal of the USSR from Afghanistan "
     "and its subsequent dissolution into Russia", "disagrees": True}],
  "Seed hashmi-swati-2024 speaks of the USSR's 'dissolution into Russia'; it dissolved into fifteen states, "
  "Russia (RUS) being its continuator, which the atlas's relations use for the Soviet Union. Most republics "
  "declared independence between August and December 1991; the atlas keeps them in the USSR until its "
  "formal end.")
P("UKR", "Ukraine", ["UKR", "CRM"], "1991-12-26", "2014-03-17", [ooh("Ukraine"), brit("Crimea")],
  "Crimea (unit CRM) is part of independent Ukraine from the end of the Soviet Union (the Crimean oblast "
  "had been transferred from the Russian to the Ukrainian republic in 1954).")
P("CRM", "Crimea (Ukrainian, held by Russia)", ["CRM"], "2014-03-18", None,
  [brit("Crimea"), ref("unga-res-68-262", "Affirms the territorial integrity of Ukraine within its "
   "internationally recognised borders and calls on states not to recognise any change of the status of "
   "Crimea.")],
  "Russian forces took control of the peninsula from late February 2014; Russia annexed it by the treaty "
  "of 18 March 2014, which most states do not recognise.", held_by=["RUS"])
P("CSK", "Czechoslovakia", ["CZE", "SVK"], "1947-08-14", "1992-12-31", [
    ref("csfr-dissolution-act-1992", "The Czech and Slovak Federative Republic ceases to exist on "
        "31 December 1992.", "Art. 1")],
  "Czechoslovak Republic, Czechoslovak Socialist Republic from 1960, Czech and Slovak Federative Republic "
  "from 1990. The Czech Republic and Slovakia are independent from 1 January 1993.")
P("YUG", "Yugoslavia", ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE", "KOS"], "1947-08-14", "1991-06-24",
  [ooh("Slovenia"), ooh("Croatia")],
  "Federal People's Republic of Yugoslavia, Socialist Federal Republic of Yugoslavia from 1963. KOS was an "
  "autonomous province of Serbia. Slovenia and Croatia declared independence on 25 June 1991.")
P("YUG", "Yugoslavia", ["SRB", "BIH", "MKD", "MNE", "KOS"], "1991-06-25", "1991-09-07",
  [ooh("Slovenia"), ooh("Croatia"), ooh("North Macedonia")],
  "After Slovenia and Croatia left. The Brioni Declaration (7 July 1991) suspended their declarations for "
  "three months; they took effect on 8 October 1991. The atlas uses the declarations' date, 25 June 1991.")
P("YUG", "Yugoslavia", ["SRB", "BIH", "MNE", "KOS"], "1991-09-08", "1992-03-02",
  [ooh("North Macedonia"), ooh("Bosnia and Herzegovina")],
  "After Macedonia's independence referendum of 8 September 1991 (its Independence Day); its parliament "
  "declared the result on 17-18 September 1991 and sources differ on which date marks independence.")
P("YUG", "Yugoslavia", ["SRB", "MNE", "KOS"], "1992-03-03", "1992-04-26", [ooh("Bosnia and Herzegovina")],
  "The remnant of the Socialist Federal Republic after Bosnia and Herzegovina's declaration of independence "
  "of 3 March 1992 (recognised by the EC and the United States on 6-7 April 1992).")
P("YUG", "Federal Republic of Yugoslavia", ["SRB", "MNE", "KOS"], "1992-04-27", "2003-02-03",
  [ooh("Serbia"), brit("Yugoslavia")],
  "Proclaimed on 27 April 1992 by Serbia and Montenegro. KOS was under UN administration from June 1999 "
  "(Security Council resolution 1244) while remaining part of the FRY in law.")
P("SCG", "Serbia and Montenegro", ["SRB", "MNE", "KOS"], "2003-02-04", "2006-06-02", [ooh("Serbia"),
  ooh("Montenegro")],
  "The State Union's Constitutional Charter was promulgated on 4 February 2003. It ends the day before "
  "Montenegro's declaration of independence (3 June 2006); Serbia declared itself the union's successor on "
  "5 June 2006.")
P("SRB", "Serbia", ["SRB", "KOS"], "2006-06-03", "2008-02-16", [ooh("Serbia"), ooh("Kosovo"),
  ref("express-tribune-kosovo-2012", "Pakistan formally recognises the Republic of Kosovo.")],
  "From Kosovo's declaration of independence (17 February 2008) KOS is shown as itself. Serbia does not "
  "recognise Kosovo; Pakistan recognised it on 24 December 2012.")
P("MKD", "Macedonia", ["MKD"], "1991-09-08", "2019-02-11", [ooh("North Macedonia")],
  "The Republic of Macedonia declared independence on 8 September 1991; it was admitted to the United "
  "Nations in 1993 under the provisional name of the former Yugoslav Republic of Macedonia.")
P("MKD", "North Macedonia", ["MKD"], "2019-02-12", None, [ooh("North Macedonia")],
  "The Republic of Macedonia took the name North Macedonia on 12 February 2019 under the Prespa agreement.")

# -- Africa -----------------------------------------------------------------------

colony("LBY", "Libya (British and French administration)", "1951-12-24", "Libya")
P("LBY", "Kingdom of Libya", ["LBY"], "1951-12-24", "1969-08-31", [ooh("Libya"), brit("Libya")],
  "United Kingdom of Libya until 1963. The monarchy was overthrown on 1 September 1969.")
colony("MAR", "Morocco (French and Spanish protectorates)", "1956-03-02", "Morocco",
       "France recognised Morocco's independence on 2 March 1956 and Spain on 7 April 1956. The unit cannot "
       "show the Tangier international zone (until October 1956), the Tarfaya strip (1958) or Ifni (1969).")
colony("TUN", "Tunisia (French protectorate)", "1956-03-20", "Tunisia")
colony("DZA", "Algeria (French)", "1962-07-03", "Algeria",
       "France recognised Algeria's independence on 3 July 1962, after the referendum of 1 July, as the Office of "
       "the Historian's guide says; the provisional government proclaimed it on 5 July 1962, Algeria's "
       "Independence Day. The atlas follows the recognition.")
P("SAH", "Spanish Sahara", ["SAH", "SWB"], TIMELINE_START, "1976-02-26", [brit("Western Sahara")],
  "Spain left on 26 February 1976. Natural Earth draws the territory as two units: SWB, west of the "
  "Moroccan berm (inside its Morocco), and SAH east of it. The Tarfaya strip north of 27 40' N, Spanish "
  "until 1958, is inside the MAR unit and cannot be shown apart.")
SAHARA_NOTE = (
    "After Spain left, Morocco and Mauritania divided the territory (Madrid Accords of November 1975); the "
    "Polisario Front proclaimed the Sahrawi Arab Democratic Republic on 27 February 1976. Mauritania "
    "renounced its part on 5 August 1979 and Morocco took it on 14 August. No state of the atlas holds the "
    "area east of the berm Morocco built in 1980-1987 (unit SAH), held by the Polisario Front. The map "
    "shows who held each part, not either claim.")
P("SWB", "Western Sahara (disputed, held by Morocco and Mauritania)", ["SWB"], "1976-02-27", "1979-08-13",
  [brit("Western Sahara")], SAHARA_NOTE, held_by=["MAR", "MRT"])
P("SWB", "Western Sahara (disputed, held by Morocco)", ["SWB"], "1979-08-14", None, [brit("Western Sahara")],
  SAHARA_NOTE, held_by=["MAR"])
P("SAH", "Western Sahara (disputed)", ["SAH"], "1976-02-27", None, [brit("Western Sahara")], SAHARA_NOTE,
  held_by=[])
P("SDN", "Anglo-Egyptian Sudan", ["SDN", "SDS"], "1947-08-14", "1955-12-31", [ooh("Sudan")],
  "Condominium under British and Egyptian rule, ending with independence on 1 January 1956.")
P("SDN", "Sudan", ["SDN", "SDS"], "1956-01-01", "2011-07-08", [ooh("Sudan"), ooh("South Sudan")],
  "Natural Earth's code for South Sudan is SDS. The units are split along the 2011 border; the Abyei area "
  "between them remains disputed. South Sudan became independent on 9 July 2011.")
P("ERI", "Eritrea (British administration)", ["ERI"], "1947-08-14", "1952-09-14", [ooh("Eritrea")])
P("ETH", "Ethiopia", ["ETH", "ERI"], "1952-09-15", "1993-05-23", [
    ref("unga-res-390-1950", "Federates Eritrea with Ethiopia under the Ethiopian Crown."),
    ooh("Eritrea")],
  "Federation until Ethiopia annexed Eritrea in November 1962; Eritrea was de facto separate from May 1991, "
  "when the EPLF took Asmara, and formally independent from 24 May 1993.")
colony("DJI", "French Somaliland", "1967-07-05", "Djibouti")
P("DJI", "French Territory of the Afars and the Issas", ["DJI"], "1967-07-05", "1977-06-26", [ooh("Djibouti")])
P("SOM", "Somalia (British, then Italian trust administration)", ["SOM"], "1947-08-14", "1960-06-30",
  [ooh("Somalia")], "Under British military administration until 1 April 1950, then the Italian-administered "
  "UN Trust Territory of Somaliland.")
P("SOL", "British Somaliland", ["SOL"], "1947-08-14", "1960-06-25", [ooh("Somalia")])
P("SOL", "State of Somaliland", ["SOL"], "1960-06-26", "1960-06-30", [ooh("Somalia")],
  "Independent for five days before uniting with the former trust territory.")
P("SOM", "Somalia", ["SOM", "SOL"], "1960-07-01", "1991-05-17", [ooh("Somalia"), brit("Somaliland")],
  "The Somali Republic (Somali Democratic Republic from 1969).")
P("SOL", "Somaliland (self-declared, unrecognised)", ["SOL"], "1991-05-18", None, [brit("Somaliland")],
  "Declared its independence on 18 May 1991 and holds the former British Somaliland; no state recognises "
  "it and Pakistan counts it part of Somalia. Shown, as Northern Cyprus is, as held.")
colony("GHA", "Gold Coast (British)", "1957-03-06", "Ghana",
       "With British Togoland, joined by plebiscite in 1956, which the unit cannot show.")
colony("NGA", "Nigeria (British)", "1960-10-01", "Nigeria",
       "The Northern Cameroons joined Nigeria on 1 June 1961, which the units cannot show.")
colony("SLE", "Sierra Leone (British)", "1961-04-27", "Sierra Leone")
colony("GMB", "Gambia (British)", "1965-02-18", "The Gambia")
colony("KEN", "Kenya (British)", "1963-12-12", "Kenya")
colony("UGA", "Uganda (British)", "1962-10-09", "Uganda")
colony("TZA", "Tanganyika (British trust territory)", "1961-12-09", "Tanzania")
P("TZA", "Tanganyika", ["TZA"], "1961-12-09", "1964-04-25", [ooh("Tanzania")],
  "Tanganyika and Zanzibar united on 26 April 1964.")
P("ZAN", "Zanzibar (British protectorate)", ["ZAN"], "1947-08-14", "1963-12-09", [ooh("Tanzania"),
  brit("Zanzibar")], "The islands of Unguja (Zanzibar) and Pemba, independent on 10 December 1963.")
P("ZAN", "Sultanate of Zanzibar", ["ZAN"], "1963-12-10", "1964-01-11", [ooh("Tanzania"), brit("Zanzibar")],
  "The revolution of 12 January 1964 overthrew the sultan.")
P("ZAN", "People's Republic of Zanzibar", ["ZAN"], "1964-01-12", "1964-04-25", [ooh("Tanzania"),
  brit("Zanzibar")])
P("TZA", "United Republic of Tanganyika and Zanzibar", ["TZA", "ZAN"], "1964-04-26", "1964-10-28",
  [ooh("Tanzania"), brit("Tanzania")], "Named the United Republic of Tanzania from 29 October 1964.")
P("TZA", "Tanzania", ["TZA", "ZAN"], "1964-10-29", None, [ooh("Tanzania"), brit("Tanzania")])
P("ZMB", "Northern Rhodesia (British)", ["ZMB"], "1947-08-14", "1953-07-31", [ooh("Zambia")])
P("MWI", "Nyasaland (British)", ["MWI"], "1947-08-14", "1953-07-31", [ooh("Malawi")])
P("ZWE", "Southern Rhodesia (British)", ["ZWE"], "1947-08-14", "1953-07-31", [ooh("Zimbabwe")],
  "A self-governing colony since 1923.")
P("RNY", "Federation of Rhodesia and Nyasaland", ["ZWE", "ZMB", "MWI"], "1953-08-01", "1963-12-31",
  [brit("Federation of Rhodesia and Nyasaland")],
  "A federation of the three British territories (also called the Central African Federation), dissolved on "
  "31 December 1963.")
P("ZMB", "Northern Rhodesia (British)", ["ZMB"], "1964-01-01", "1964-10-23", [ooh("Zambia")])
P("MWI", "Nyasaland (British)", ["MWI"], "1964-01-01", "1964-07-05", [ooh("Malawi")])
P("ZWE", "Southern Rhodesia (British)", ["ZWE"], "1964-01-01", "1965-11-10", [ooh("Zimbabwe")])
P("ZWE", "Rhodesia (unrecognised)", ["ZWE"], "1965-11-11", "1979-05-31", [ooh("Zimbabwe"), brit("Rhodesia")],
  "The white minority government's unilateral declaration of independence of 11 November 1965; no state "
  "recognised it, and the UN imposed sanctions.")
P("ZWE", "Zimbabwe Rhodesia (unrecognised)", ["ZWE"], "1979-06-01", "1979-12-11", [brit("Zimbabwe")])
P("ZWE", "Southern Rhodesia (British)", ["ZWE"], "1979-12-12", "1980-04-17", [ooh("Zimbabwe")],
  "Back under a British governor after the Lancaster House agreement, until independence on 18 April 1980.")
colony("BWA", "Bechuanaland (British protectorate)", "1966-09-30", "Botswana")
colony("LSO", "Basutoland (British)", "1966-10-04", "Lesotho")
colony("SWZ", "Swaziland (British protectorate)", "1968-09-06", "Eswatini")
P("SWZ", "Swaziland", ["SWZ"], "1968-09-06", "2018-04-18", [ooh("Eswatini")],
  "The Kingdom of Swaziland, independent on 6 September 1968.")
P("SWZ", "Eswatini", ["SWZ"], "2018-04-19", None, [ooh("Eswatini")],
  "King Mswati III renamed the Kingdom of Swaziland Eswatini on 19 April 2018.")
P("NAM", "South West Africa (South African administration)", ["NAM"], "1947-08-14", "1990-03-20",
  [ooh("Namibia"), ref("sahistory-walvis-bay-1994", "South Africa handed Walvis Bay and the offshore islands "
   "to Namibia on 1 March 1994.")],
  "The UN ended South Africa's mandate in 1966; South Africa held the territory until "
  "Namibia's independence on 21 March 1990. Walvis Bay, a South African enclave of about 1,100 square km on the "
  "coast (administered with South West Africa from 1922 to 1977, then with the Cape Province), stayed South "
  "African until 1 March 1994; it is drawn inside the NAM unit, which the map's detail cannot split.")
P("ZAF", "Union of South Africa", ["ZAF"], "1947-08-14", "1961-05-30", [ooh("South Africa")],
  "A republic from 31 May 1961.")
P("MUS", "Mauritius (British)", ["MUS"], TIMELINE_START, "1968-03-11", [
    ooh("Mauritius"),
    ref("nationsencyclopedia-biot", "The Chagos Archipelago, a dependency of Mauritius, went to the new British "
        "Indian Ocean Territory in November 1965.")],
  "The Chagos Archipelago (unit IOT) was a dependency of the colony until it was made part of the British Indian "
  "Ocean Territory on 8 November 1965; this record does not claim the IOT unit, whose chain belongs to the audit "
  "of units A-L.")
P("SYC", "Seychelles (British)", ["SYC"], TIMELINE_START, "1976-06-28", [
    ooh("Seychelles"),
    ref("nationsencyclopedia-biot", "Aldabra, Farquhar and Des Roches went to the British Indian Ocean Territory "
        "in November 1965 and became part of independent Seychelles in 1976.")],
  "Aldabra, Farquhar and Desroches were detached to the British Indian Ocean Territory on 8 November 1965 and "
  "returned to Seychelles at independence in June 1976; the islands are too small for the map.")
colony("MDG", "Madagascar (French)", "1960-06-26", "Madagascar",
       "The Malagasy Republic, proclaimed on 14 October 1958, was autonomous within the French Community until "
       "independence on 26 June 1960.")
P("MDG", "Malagasy Republic", ["MDG"], "1960-06-26", "1975-12-29", [
    ooh("Madagascar"),
    ref("wikipedia-democratic-republic-of-madagascar", "The Democratic Republic of Madagascar, which followed the "
        "Malagasy Republic, was established on 30 December 1975.")],
  "The name of the state from independence; the Democratic Republic of Madagascar was established on 30 "
  "December 1975, after the referendum of 21 December that confirmed Didier Ratsiraka and the new constitution.")
colony("COM", "Comoros (French)", "1975-07-06", "Comoros",
       "Mayotte voted to stay French, which the map shows as it is today.")
colony("MRT", "Mauritania (French West Africa)", "1960-11-28", "Mauritania")
colony("SEN", "Senegal (French West Africa)", "1960-06-20", "Senegal")
colony("MLI", "French Sudan (French West Africa)", "1960-06-20", "Mali",
       "The Sudanese Republic, autonomous within the French Community from November 1958.")
P("MLF", "Mali Federation", ["MLI", "SEN"], "1960-06-20", "1960-08-19", [ooh("Mali"), ooh("Senegal")],
  "The Mali Federation of Senegal and the Sudanese Republic became independent on 20 June 1960 and broke up "
  "when Senegal withdrew on 20 August 1960.")
P("MLI", "Sudanese Republic", ["MLI"], "1960-08-20", "1960-09-21", [ooh("Mali")],
  "Took the name Republic of Mali on 22 September 1960.")
colony("GIN", "Guinea (French West Africa)", "1958-10-02", "Guinea")
colony("CIV", "Ivory Coast (French West Africa)", "1960-08-07", "Cote d'Ivoire")
P("CIV", "Ivory Coast", ["CIV"], "1960-08-07", "1986-03-31", [
    ref("wikipedia-ivory-coast-names", "The country kept the name through independence in 1960; in April 1986 the "
        "government declared Cote d'Ivoire its formal name and refused translations."),
    ooh("Cote d'Ivoire")],
  "Ivory Coast was the English name in use from independence. The government asked that the French name be used "
  "in every language: accounts date the request to October 1985 or the declaration to April 1986, without a "
  "day; the atlas shows Cote d'Ivoire from 1 April 1986, to within a few months.")
colony("BFA", "Upper Volta (French West Africa)", "1960-08-05", "Burkina Faso")
P("BFA", "Upper Volta", ["BFA"], "1960-08-05", "1984-08-03", [ooh("Burkina Faso")],
  "Renamed Burkina Faso on 4 August 1984.")
colony("BEN", "Dahomey (French West Africa)", "1960-08-01", "Benin")
P("BEN", "Dahomey", ["BEN"], "1960-08-01", "1975-11-29", [ooh("Benin")],
  "Renamed the People's Republic of Benin on 30 November 1975.")
colony("NER", "Niger (French West Africa)", "1960-08-03", "Niger")
colony("TGO", "French Togoland (UN trust territory)", "1960-04-27", "Togo")
colony("CMR", "French Cameroons (UN trust territory)", "1960-01-01", "Cameroon",
       "The British Southern Cameroons joined Cameroon on 1 October 1961, which the unit cannot show.")
colony("TCD", "Chad (French Equatorial Africa)", "1960-08-11", "Chad")
colony("CAF", "Ubangi-Shari (French Equatorial Africa)", "1960-08-13", "Central African Republic",
       "The territory took the name Central African Republic, autonomous within the French Community, on 1 "
       "December 1958; the map keeps the colonial name until independence.")
P("CAF", "Central African Republic", ["CAF"], "1960-08-13", "1976-12-03", [ooh("Central African Republic"),
  ref("wikipedia-central-african-empire", "The Central African Empire replaced the republic on 4 December 1976.")])
P("CAF", "Central African Empire", ["CAF"], "1976-12-04", "1979-09-20", [
    ref("wikipedia-central-african-empire", "Bokassa declared himself emperor on 4 December 1976; the monarchy was "
        "abolished and the name Central African Republic restored on 21 September 1979."),
    brit("Central African Republic")],
  "Jean-Bedel Bokassa, president since the coup of 1 January 1966, proclaimed the empire on 4 December 1976 and "
  "was crowned a year later. French troops backed the coup of the night of 20-21 September 1979 that overthrew "
  "him; the atlas ends the empire on 20 September and shows the Central African Republic from 21 September.")
colony("COG", "Middle Congo (French Equatorial Africa)", "1960-08-15", "Republic of the Congo")
colony("GAB", "Gabon (French Equatorial Africa)", "1960-08-17", "Gabon")
colony("COD", "Belgian Congo", "1960-06-30", "Democratic Republic of the Congo")
P("COD", "Republic of the Congo (Léopoldville)", ["COD"], "1960-06-30", "1964-07-31",
  [ooh("Democratic Republic of the Congo"), brit("Democratic Republic of the Congo")],
  "The secessions of Katanga (July 1960 to January 1963) and South Kasai (1960-1962) are not drawn: the map has "
  "no unit for them.")
P("COD", "Democratic Republic of the Congo", ["COD"], "1964-08-01", "1971-10-26",
  [brit("Democratic Republic of the Congo")])
P("COD", "Zaire", ["COD"], "1971-10-27", "1997-05-16", [ooh("Democratic Republic of the Congo"),
  brit("Democratic Republic of the Congo")],
  "Mobutu renamed the country Zaire on 27 October 1971; Laurent-Désiré Kabila restored the name Democratic "
  "Republic of the Congo on 17 May 1997.")
P("RUB", "Ruanda-Urundi (Belgian UN trust territory)", ["RWA", "BDI"], "1947-08-14", "1962-06-30",
  [ooh("Rwanda"), ooh("Burundi")], "Rwanda and Burundi became independent on 1 July 1962.")
colony("GNB", "Portuguese Guinea", "1973-09-24", "Guinea-Bissau",
       "Independence was declared on 24 September 1973; Portugal recognised it on 10 September 1974.")
colony("CPV", "Cape Verde (Portuguese)", "1975-07-05", "Cabo Verde")
P("CPV", "Cape Verde", ["CPV"], "1975-07-05", "2013-10-24", [
    ref("polgeonow-cape-verde-2013", "The country changed its official English name at the United Nations from Cape "
        "Verde to Cabo Verde on 25 October 2013."),
    ooh("Cabo Verde")],
  "Independent from 5 July 1975 under the English name Cape Verde; the government asked the United Nations in "
  "October 2013 that the Portuguese name Cabo Verde be used in every language, which the atlas follows from "
  "25 October 2013 (the United States adopted it in December 2013).")
colony("STP", "Sao Tome and Principe (Portuguese)", "1975-07-12", "Sao Tome and Principe")
colony("MOZ", "Mozambique (Portuguese)", "1975-06-25", "Mozambique")
colony("AGO", "Angola (Portuguese)", "1975-11-11", "Angola")
colony("GNQ", "Spanish Guinea", "1968-10-12", "Equatorial Guinea")

# -- the Americas and the Pacific --------------------------------------------------

WEST_INDIES = {  # unit: (colonial name, independence or None, guide page)
    "JAM": ("Jamaica (British)", "1962-08-06", "Jamaica"),
    "TTO": ("Trinidad and Tobago (British)", "1962-08-31", "Trinidad and Tobago"),
    "BRB": ("Barbados (British)", "1966-11-30", "Barbados"),
    "GRD": ("Grenada (British)", "1974-02-07", "Grenada"),
    "DMA": ("Dominica (British)", "1978-11-03", "Dominica"),
    "LCA": ("Saint Lucia (British)", "1979-02-22", "Saint Lucia"),
    "VCT": ("Saint Vincent (British)", "1979-10-27", "Saint Vincent and the Grenadines"),
    "ATG": ("Antigua (British)", "1981-11-01", "Antigua and Barbuda"),
    "KNA": ("Saint Kitts-Nevis-Anguilla (British)", "1983-09-19", "Saint Kitts and Nevis"),
}
for unit, (name, independence, page) in WEST_INDIES.items():
    if unit == "KNA":  # with Anguilla: below
        continue
    P(unit, name, [unit], TIMELINE_START, "1958-01-02", [ooh(page)])
    P(unit, name, [unit], "1962-06-01", day_before(independence), [ooh(page)])
ANGUILLA_NOTE = (
    "Anguilla (unit AIA) was part of the colony, and from 27 February 1967 of the associated state, of Saint "
    "Kitts-Nevis-Anguilla until its people expelled the St Kitts police on 30 May 1967; it declared its "
    "independence in July 1967 and again in February 1969, Britain took control on 19 March 1969, and the formal "
    "separation came on 19 December 1980. From 19 March 1969 the map shows Anguilla as itself, a British "
    "territory, as it is today.")
P("KNA", "Saint Kitts-Nevis-Anguilla (British)", ["KNA", "AIA"], TIMELINE_START, "1958-01-02", [
    ooh("Saint Kitts and Nevis"),
    ref("wikipedia-republic-of-anguilla", "Anguilla belonged to the territory of Saint Christopher-Nevis-Anguilla "
        "until its secession in 1967.")], ANGUILLA_NOTE)
P("KNA", "Saint Kitts-Nevis-Anguilla (British)", ["KNA", "AIA"], "1962-06-01", "1967-05-29", [
    ref("theanguillian-separation-day", "Anguilla threw out the St. Kitts constabulary and took over its own "
        "affairs on 30 May 1967."),
    ooh("Saint Kitts and Nevis")],
  "A British colony after the West Indies Federation, an associated state of the United Kingdom from 27 February "
  "1967. " + ANGUILLA_NOTE)
P("KNA", "Saint Kitts-Nevis-Anguilla (British)", ["KNA"], "1967-05-30", "1980-12-18", [
    ref("theanguillian-separation-day", "Anguilla took over its own affairs on 30 May 1967 and was formally "
        "separated from the associated state on 19 December."),
    ooh("Saint Kitts and Nevis")],
  "The associated state kept its name, and in law Anguilla, until the separation of 19 December 1980. "
  + ANGUILLA_NOTE)
P("KNA", "Saint Christopher and Nevis (British)", ["KNA"], "1980-12-19", "1983-09-18", [
    ref("theanguillian-separation-day", "Anguilla was formally separated from the Associated State of St. "
        "Kitts-Nevis-Anguilla on 19 December."),
    ooh("Saint Kitts and Nevis")],
  "The associated state without Anguilla, independent on 19 September 1983 as Saint Kitts and Nevis (also "
  "Saint Christopher and Nevis).")
P("AIA", "Anguilla (disputed, seceded from Saint Kitts-Nevis-Anguilla)", ["AIA"], "1967-05-30", "1969-03-18", [
    ref("wikipedia-republic-of-anguilla", "The St Kitts police were evicted on 30 May 1967; Anguilla declared "
        "independence in July 1967 and February 1969; British control was re-established on 19 March 1969."),
    ref("theanguillian-separation-day", "Anguilla threw out the St. Kitts constabulary on 30 May 1967.")],
  "Held by its own island council, which declared independence (a republic in 1969) that no state recognised; "
  "the associated state of Saint Kitts-Nevis-Anguilla and Britain still counted the island part of it. Shown as "
  "disputed and held by none of the atlas's states. " + ANGUILLA_NOTE, held_by=[])
P("WIF", "West Indies Federation", [*WEST_INDIES, "MSR", "AIA", "TCA", "CYM"], "1958-01-03", "1962-05-31",
  [brit("West Indies Federation"),
   ref("wikipedia-west-indies-federation", "The federation existed from 3 January 1958 to 31 May 1962; among "
       "its territories, Anguilla, Montserrat, the Cayman Islands and the Turks and Caicos Islands became "
       "British overseas territories.")],
  "A federation of ten British colonies (Anguilla as part of Saint Kitts-Nevis-Anguilla; Montserrat and "
  "Anguilla remain British today), dissolved on 31 May 1962. The Turks and Caicos Islands (unit TCA), a "
  "dependency of Jamaica, were in it with Jamaica, and so were the Cayman Islands (unit CYM), another "
  "dependency of Jamaica.")
colony("GUY", "British Guiana", "1966-05-26", "Guyana")
colony("BHS", "Bahamas (British)", "1973-07-10", "The Bahamas")
colony("SUR", "Surinam (Dutch)", "1975-11-25", "Suriname")
P("BLZ", "British Honduras", ["BLZ"], TIMELINE_START, "1973-05-31", [ooh("Belize")],
  "Renamed Belize on 1 June 1973.")
P("BLZ", "Belize (British)", ["BLZ"], "1973-06-01", "1981-09-20", [ooh("Belize")])
colony("FJI", "Fiji (British)", "1970-10-10", "Fiji")
colony("SLB", "British Solomon Islands", "1978-07-07", "Solomon Islands")
colony("VUT", "New Hebrides (British-French condominium)", "1980-07-30", "Vanuatu")
colony("WSM", "Western Samoa (New Zealand trust territory)", "1962-01-01", "Samoa")
P("WSM", "Western Samoa", ["WSM"], "1962-01-01", "1997-07-03", [ooh("Samoa")], "Renamed Samoa in July 1997.")
colony("TON", "Tonga (British protected state)", "1970-06-04", "Tonga")
GEI_NOTE = ("The unit KIR is today's Kiribati; the Ellice Islands (Tuvalu) are too small to be a unit of the map. "
            "Kiribati's Phoenix and Line Islands, some claimed by the United States until the Treaty of Tarawa "
            "(1979), are below the map's detail.")
P("KIR", "Gilbert and Ellice Islands (British)", ["KIR"], TIMELINE_START, "1975-12-31", [
    ref("wikipedia-gilbert-ellice-islands", "A British colony from 1916 until 1 January 1976, when it was separated "
        "into the Gilbert Islands and Tuvalu; the division was made in law in October 1975."),
    ooh("Kiribati")],
  "The Gilbert and Ellice Islands Colony. The Ellice Islands were divided from it in law in October 1975 and "
  "separated on 1 January 1976, the day the atlas takes. " + GEI_NOTE)
P("KIR", "Gilbert Islands (British)", ["KIR"], "1976-01-01", "1979-07-11", [
    ooh("Kiribati"),
    ref("wikipedia-gilbert-ellice-islands", "The Gilbert Islands were a colony of their own from 1 January 1976 "
        "and became independent as Kiribati in 1979.")],
  "Independent as Kiribati on 12 July 1979. " + GEI_NOTE)
colony("NRU", "Nauru (Australian trust territory)", "1968-01-31", "Nauru")
P("TTPI", "Trust Territory of the Pacific Islands (US)", ["FSM", "MHL", "PLW", "MNP"], TIMELINE_START,
  "1986-10-20", [ooh("Micronesia"), ooh("Marshall Islands"), ooh("Palau")],
  "The UN trust territory under US administration. The Marshall Islands' compact of free association took "
  "effect on 21 October 1986, the Federated States of Micronesia's on 3 November 1986, when the Northern "
  "Mariana Islands became a US commonwealth; Palau's on 1 October 1994.")
P("TTPI", "Trust Territory of the Pacific Islands (US)", ["FSM", "PLW", "MNP"], "1986-10-21", "1986-11-02",
  [ooh("Micronesia")])
P("TTPI", "Trust Territory of the Pacific Islands (US)", ["PLW"], "1986-11-03", "1994-09-30", [ooh("Palau")])

SGS_NOTE = (
    "South Georgia and the South Sandwich Islands were governed from Stanley as the Falkland Islands Dependencies "
    "(which also took in the British Antarctic claims until 1962) until they became a territory of their own on 3 "
    "October 1985. Argentina kept a naval station on Thule Island in the South Sandwich Islands from 1976 to 1982, "
    "which the map's detail does not show.")
P("SGS", "South Georgia (Falkland Islands Dependencies, British)", ["SGS"], "1947-08-14", "1982-04-02", [
    ref("wikipedia-south-georgia-and-the-south-sandwich-islands", "The territory was governed as part of the "
        "Falkland Islands Dependencies until its separation from the Falkland Islands on 3 October 1985.")],
  SGS_NOTE)
P("SGS", "South Georgia (British, held by Argentina)", ["SGS"], "1982-04-03", "1982-04-25", [
    ref("wikipedia-invasion-of-south-georgia", "Argentine naval forces took the east coast of South Georgia on 3 "
        "April 1982 after the Royal Marines at Grytviken surrendered."),
    ref("guardian-south-georgia-recaptured-1982", "British forces retook Grytviken on 25 April 1982, the Argentine "
        "garrison hoisting a white flag.")],
  "Taken by Argentina on 3 April 1982, the day after it invaded the Falkland Islands, and retaken by British "
  "forces at Grytviken on 25 April 1982 (the Argentine party at Leith Harbour surrendered the next day); the map "
  "shows it as disputed and held by Argentina for those days. Argentina claims the islands. " + SGS_NOTE,
  held_by=["ARG"])
P("SGS", "South Georgia (Falkland Islands Dependencies, British)", ["SGS"], "1982-04-26", "1985-10-02", [
    ref("wikipedia-south-georgia-and-the-south-sandwich-islands", "The territory was governed as part of the "
        "Falkland Islands Dependencies until its separation from the Falkland Islands on 3 October 1985."),
    ref("guardian-south-georgia-recaptured-1982", "British forces retook Grytviken on 25 April 1982.")],
  SGS_NOTE)


P("FLK", "Falkland Islands (British)", ["FLK"], TIMELINE_START, "1982-04-01", [
    ref("todayshistory-falklands-1982", "Argentina invaded the Falkland Islands on 2 April 1982.")],
  "A British colony, claimed by Argentina.")
P("FLK", "Falkland Islands (British, held by Argentina)", ["FLK"], "1982-04-02", "1982-06-14", [
    ref("todayshistory-falklands-1982", "The war lasted from the Argentine invasion of 2 April 1982 to the "
        "Argentine surrender of 14 June 1982."),
    brit("Falkland Islands War")],
  "Argentina, which claims the islands as the Malvinas, invaded them on 2 April 1982 and held them until its "
  "forces surrendered at Stanley on 14 June 1982. The map shows who held them, not either claim. South Georgia "
  "(unit SGS), taken by Argentina on 3 April and retaken on 25 April 1982, is outside this record.",
  held_by=["ARG"])

# -- Dutch, British and Australian dependencies ------------------------------------

ANT_NOTE = ("Sint Maarten (unit SXM) was part of the Netherlands Antilles too and Bonaire, Saba and Sint Eustatius, "
            "inside Natural Earth's Netherlands, as well; they are not in this record.")
P("ANT", "Curaçao and Dependencies (Dutch colony)", ["ABW", "CUW"], TIMELINE_START, "1954-12-14", [
    ref("wikipedia-netherlands-antilles", "The Netherlands Antilles came into being on 15 December 1954 as the "
        "successor of the colony of Curacao and Dependencies.")],
  "The Dutch islands of the Caribbean, governed from Willemstad, until the country of the Netherlands Antilles "
  "within the Kingdom was made on 15 December 1954. " + ANT_NOTE)
P("ANT", "Netherlands Antilles (Dutch)", ["ABW", "CUW"], "1954-12-15", "1985-12-31", [
    ref("wikipedia-netherlands-antilles", "The country was made on 15 December 1954; Aruba seceded on 1 January "
        "1986."),
    ref("stvb-dutch-caribbean-law", "The Netherlands Antilles comprised Curacao, Aruba and the other islands until "
        "Aruba took a separate status in the Kingdom in 1986.")],
  "A country within the Kingdom of the Netherlands from 15 December 1954. Aruba left it on 1 January 1986. "
  + ANT_NOTE)
P("ANT", "Netherlands Antilles (Dutch)", ["CUW"], "1986-01-01", "2010-10-09", [
    ref("stvb-dutch-caribbean-law", "The Netherlands Antilles ceased to exist on 10 October 2010, when Curacao "
        "became a country within the Kingdom.")],
  "Without Aruba, a country of its own within the Kingdom from 1 January 1986. Dissolved on 10 October 2010, when "
  "Curacao and Sint Maarten became countries within the Kingdom. " + ANT_NOTE)
P("IOT", "Chagos Archipelago (British, a dependency of Mauritius)", ["IOT"], TIMELINE_START, "1965-11-07", [
    ref("britannica-biot-revision", "The territory was established on 8 November 1965 from the Chagos "
        "Archipelago, formerly a dependency of Mauritius."),
    brit("British Indian Ocean Territory")],
  "Governed from Mauritius until Britain detached it to form the British Indian Ocean Territory on 8 November "
  "1965. Mauritius claims the archipelago; the International Court of Justice advised in February 2019 that it "
  "should be returned. The atlas's sources seen give no day of a transfer to Mauritius, and none is drawn.")
P("IOA", "Christmas Island and the Cocos Islands (British, Colony of Singapore)", ["IOA"], TIMELINE_START,
  "1955-11-22", [
    ref("nlb-cocos-handover-1955", "Christmas Island and the Cocos Islands were part of the Colony of Singapore "
        "from 1946; the Cocos (Keeling) Islands passed to Australia on 23 November 1955.")],
  "The unit IOA is Australia's Indian Ocean Territories: Christmas Island and the Cocos (Keeling) Islands.")
P("IOA", "Christmas Island (British, Colony of Singapore) and the Cocos Islands (Australian)", ["IOA"],
  "1955-11-23", "1957-12-31", [
    ref("nlb-cocos-handover-1955", "Administrative responsibility for the Cocos (Keeling) Islands passed from "
        "the Colony of Singapore to Australia on 23 November 1955."),
    ref("hansard-christmas-island-1977", "Christmas Island was separated from the Colony of Singapore on 31 "
        "December 1957.")],
  "One unit on the map for two island groups under two governments.")
P("IOA", "Christmas Island (British colony) and the Cocos Islands (Australian)", ["IOA"], "1958-01-01",
  "1958-09-30", [
    ref("hansard-christmas-island-1977", "Christmas Island was a Crown Colony of the United Kingdom from 1 "
        "January to 30 September 1958 and was then transferred to Australia."),
    ref("nlb-cocos-handover-1955", "The Cocos (Keeling) Islands were Australian from 23 November 1955.")],
  "From 1 October 1958 both island groups are Australian, as the unit is today.")
P("HMD", "Heard Island and McDonald Islands (British)", ["HMD"], TIMELINE_START, "1947-12-25", [
    ref("dfat-heard-island-declaration-1947", "On 26 December 1947 an Australian expedition declared at Heard "
        "Island that Australia would administer the islands as Australian territories.")],
  "British since the claim of 1910; Australian from 26 December 1947, the transfer being confirmed later in law.")

P("NFL", "Newfoundland (British dominion)", ["NFL"], "1947-08-14", "1949-03-30",
  [brit("Newfoundland and Labrador")],
  "Governed by a commission from London since 1934; it joined Canada on 31 March 1949. The unit is the "
  "island of Newfoundland: Labrador, part of the dominion too, is inside Natural Earth's Canada, and the "
  "atlas's sources have no outline of its 1927 boundary.")
P("CAN", "Canada", ["CAN", "NFL"], "1949-03-31", None, [ooh("Canada"), brit("Newfoundland and Labrador")])


# -- output and checks ----------------------------------------------------------------

def features() -> list[dict]:
    return [{"type": "Feature", "properties": dict(r), "geometry": None} for r in RECORDS]


def write(path: Path) -> None:
    fc = {"type": "FeatureCollection", "features": features()}
    path.write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    catalogue_path = path.with_name("sources.json")
    catalogue = json.loads(catalogue_path.read_text(encoding="utf-8"))
    known = {entry["id"] for entry in catalogue}
    added = [entry for entry in SOURCES if entry["id"] not in known]
    if added:  # the catalogue is shared with the other records: only what it lacks is added
        catalogue_path.write_text(json.dumps(catalogue + added, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def check(path: Path, unit_codes: set[str]) -> list[str]:
    """What is wrong with the written polities: unknown units or sources, bad spans, clashes."""
    problems = []
    records = [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    catalogue = path.with_name("sources.json")
    known = {s["id"] for s in SOURCES} | SEED_IDS | (
        {s["id"] for s in json.loads(catalogue.read_text(encoding="utf-8"))} if catalogue.exists() else set())
    spans: dict[str, list] = {}
    for n, r in enumerate(records, 1):
        label = f"record {n} ({r['id']} {r['start']})"
        unknown = set(r["units"]) - unit_codes
        if unknown:
            problems.append(f"{label}: unknown units {sorted(unknown)}")
        if r["end"] and r["end"] < r["start"]:
            problems.append(f"{label}: ends before it starts")
        if not r["sources"]:
            problems.append(f"{label}: no sources")
        for s in r["sources"]:
            if s["source"] not in known:
                problems.append(f"{label}: unknown source {s['source']}")
            if "quote" in s and s["source"] not in SEED_IDS:
                problems.append(f"{label}: a quote of a reference ({s['source']}) must be a paraphrase")
        if r["sources"] and r["sources"][0].get("disagrees"):
            problems.append(f"{label}: the first source disagrees")
        for u in r["units"]:
            for other_n, start, end in spans.get(u, ()):
                if r["start"] <= (end or "9999") and start <= (r["end"] or "9999"):
                    problems.append(f"{label}: unit {u} also belongs to record {other_n} then")
            spans.setdefault(u, []).append((n, r["start"], r["end"]))
    return problems
