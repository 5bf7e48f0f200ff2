package bib

import "strings"

// placeList holds the places of publication real lists print, with their
// GOST 7.0.12 abbreviations: the capitals and university cities of Russia,
// Kazakhstan, Ukraine, Belarus and Central Asia, in Cyrillic and in Latin,
// and the cities of the English-language publishers. "Washington, D.C.,
// 2009" names a place, not a publisher; "Статті. Київ : Либідь" starts an
// imprint at "Київ".
const placeList = `
м. м х. спб. спб с.-пб. с.-пб с-пб. с-пб с-петербург с.-петербург санкт-петербург петербург л. ленинград к. киев київ
мн. минск мінск москва пг. петроград свердловск горький куйбышев
новосибирск екатеринбург казань нижний новгород н. новгород самара омск томск ростов-на-дону
ростов н/д уфа челябинск красноярск пермь воронеж волгоград саратов краснодар тюмень иркутск
владивосток хабаровск барнаул ярославль калининград архангельск мурманск петрозаводск
сыктывкар ижевск киров ульяновск пенза оренбург астрахань махачкала нальчик владикавказ
ставрополь белгород курск орел орёл тула рязань калуга тверь смоленск брянск липецк тамбов
иваново кострома вологда владимир чебоксары йошкар-ола саранск улан-удэ чита якутск
псков новгород великий новгород тобольск бийск пятигорск сочи тольятти магнитогорск
нижний тагил череповец подольск жуковский фрязино протвино саров снежинск апатиты ухта
магадан кемерово новокузнецк абакан кызыл горно-алтайск курган сургут томь симферополь
севастополь ялта шахты таганрог элиста грозный майкоп черкесск обнинск дубна долгопрудный
королёв королев пущино черноголовка троицк зеленоград мытищи балашиха химки красногорск
а. а.-а. алматы алма-ата астана нур-султан акмола целиноград караганда шымкент чимкент павлодар
усть-каменогорск өскемен семей семипалатинск актобе ақтөбе атырау актау ақтау уральск орал
костанай қостанай кокшетау көкшетау петропавловск тараз жамбыл кызылорда қызылорда
талдыкорган талдықорған туркестан түркістан экибастуз жезказган жезқазған темиртау
балхаш байконур талгар каскелен риддер рудный сатпаев конаев қонаев степногорск щучинск
харків харьков львів львов одеса одесса дніпро днепр дніпропетровськ днепропетровск
запоріжжя запорожье донецьк донецк луганськ луганск вінниця винница полтава чернігів
чернигов суми сумы житомир черкаси черкассы чернівці черновцы тернопіль тернополь
івано-франківськ ужгород луцьк рівне хмельницький кропивницький кіровоград миколаїв
николаев херсон ніжин острог біла церква кривий ріг кременчук мелітополь бердянськ маріуполь умань
дрогобич мукачево кам'янець-подільський переяслав глухів кременець слов'янськ краматорськ старобільськ
гомель гомель гродна гродно брест брэст віцебск витебск магілёў могилев мінск
бабруйск бобруйск барысаў борисов баранавічы барановичи мазыр мозырь орша полоцк наваполацк новополоцк
маладзечна молодечно ліда лида слуцк салігорск солигорск
ташкент тошкент самарканд бухара бишкек фрунзе ош душанбе сталинабад худжанд ашхабад
ашгабат баку тбилиси ереван кишинев кишинёв рига вильнюс таллин таллинн улан-батор
вильна вільня вільнюс менск мінск-літоўскі рыга коўна каўнас гародня полацак пінск наваградак
варшава прага парыж париж берлин берлін лондон лондан вена відень нью-йорк нью-ёрк мюнхен
краків кракаў краков белград софия софія ужгород чикаго торонто вінніпег
москва–ленинград м.–л. м.; л.
moscow st. petersburg saint petersburg leningrad kiev kyiv minsk almaty alma-ata astana
nur-sultan tashkent bishkek novosibirsk kazan yekaterinburg ekaterinburg tomsk
dushanbe ashgabat ashkhabad samarkand samarqand bukhara osh frunze khujand nukus namangan andijan
fergana termez urgench tehran teheran aktobe atyrau aktau uralsk oral kostanay taraz kyzylorda
semey oskemen turkistan kokshetau petropavl tbilisi baku yerevan chisinau ulaanbaatar ulan bator
нукус наманган андижан фергана термез ургенч тегеран
spb. n. novgorod nizhny novgorod nizhnii novgorod rostov-on-don samara voronezh krasnoyarsk
chelyabinsk perm ufa omsk irkutsk vladivostok khabarovsk obninsk dubna cheboksary saratov
kharkov kharkiv lviv odessa dnipro karaganda shymkent pavlodar ust-kamenogorsk gomel grodno
london new york washington washington, d.c. oxford cambridge paris berlin boston chicago
princeton new haven stanford tokyo singapore abingdon basingstoke thousand oaks los angeles
san francisco beijing shanghai wuhan ithaca baltimore berkeley philadelphia hoboken amsterdam
leiden heidelberg dordrecht cham new york, ny durham edinburgh glasgow manchester
bristol leeds sheffield toronto montreal ottawa vancouver sydney melbourne canberra delhi
new delhi mumbai bombay calcutta kolkata madras chennai hong kong seoul istanbul ankara
frankfurt munich münchen hamburg leipzig stuttgart vienna wien zurich zürich geneva genève
bern basel rome roma milan milano madrid barcelona lisbon prague praha warsaw warszawa
krakow kraków budapest bucharest sofia belgrade stockholm oslo copenhagen helsinki brussels
rotterdam the hague utrecht westport santa barbara santa monica armonk upper saddle river
englewood cliffs reading menlo park redwood city sebastopol indianapolis bloomington
minneapolis ann arbor madison columbus pittsburgh evanston atlanta austin houston dallas
seattle portland denver tucson albany newbury park beverly hills lanham boulder norwood
hillsdale mahwah malden cambridge, ma cambridge, mass.
`

// translitPlaces are the abbreviations of Moscow and Leningrad
// transliterated letter for letter ("M., 2004", "M.; L., 1962"), as
// transliterated GOST descriptions print them. They are places to the GOST
// reader only: in an English style "M." is an initial.
var translitPlaces = map[string]bool{"m.": true, "l.": true, "m.; l.": true, "m.;l.": true}

// placeWords are the places of placeList, folded as foldKey folds them.
var placeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(placeList, "\n") {
		for _, p := range placeTokens(line) {
			m[foldKey(p)] = true
		}
	}
	return m
}()

// placeTokens splits a line of placeList into places: words, except that a
// place of several words is kept whole when its first word is no place
// alone ("new york", "san francisco", "нижний новгород").
func placeTokens(line string) []string {
	multi := []string{
		"нижний новгород", "н. новгород", "біла церква", "кривий ріг", "великий новгород", "нижний тагил", "ростов н/д", "м.; л.", "new york, ny", "new york", "st. petersburg",
		"saint petersburg", "washington, d.c.", "new haven", "thousand oaks", "los angeles", "san francisco",
		"new delhi", "hong kong", "the hague", "santa barbara", "santa monica", "upper saddle river",
		"englewood cliffs", "menlo park", "redwood city", "ann arbor", "newbury park", "beverly hills",
		"cambridge, ma", "cambridge, mass.", "n. novgorod", "nizhny novgorod", "nizhnii novgorod",
	}
	var out []string
	for _, m := range multi {
		if strings.Contains(line, m) {
			out = append(out, m)
			line = strings.ReplaceAll(line, m, " ")
		}
	}
	return append(out, strings.Fields(line)...)
}

// placeInPublisher splits a known place of publication off the front of a
// publisher read without one, as catalogue exports print the imprint with
// no colon and no comma: "— Тернопіль Економічна думка 1999 —".
func placeInPublisher(it *Item) {
	if it.PublisherPlace != "" || it.Publisher == "" {
		return
	}
	w, rest, ok := strings.Cut(it.Publisher, " ")
	if ok && startsUpper(rest) && len(strings.Fields(rest)) <= 4 && hasCyrillic(w) && isPlace(w) {
		// (Cyrillic only: "Stanford InfoLab", "Oxford University Press"
		// are publishers named after their towns.)
		it.PublisherPlace, it.Publisher = w, rest
	}
}
