# Marathi in Latin letters. Written for Samvad.
@promise 0.75
deto | dein | denar | pathavto | pathaven | pathavu | karto | karen | karnar | payment karto | paise pathavto | bharto | bharen | bharu | jama karto | transfer karto | houn jail | milel
@promise 0.55
baghto | baghu | baghuya | prayatna karto | prayatna karu | try karto | hoil | jamel tase
@hedge
baghto | baghu | baghuya | prayatna | try karto | hoil | jamel tase | kadachit
@firm
nakki | nakkich | pakka | khatrine
@paid 0.8
dile | dilet | dile ahe | pathavle | pathavle ahe | kele | kela | kelay | payment zale | payment zhala | payment kele | paise pathavle | bharle | bharle ahet | jama kele | transfer kele | cheque dila
@paid 0.4
zale | zhale | zala
@partial 0.75
ardhi rakkam | thode thode | kahi rakkam | kahi paise | hapte | haptyat | baki nantar
@part
ardhe | ardha | urlele | kahi | hapta
@full
purna | poorna | sagle | sagli rakkam
@extension 0.75
vel lagel | thoda vel | vel dya | mudat | kahi divas | thode divas | thamba | atta shakya nahi | atta jamnar nahi | ushir hoil
@dispute wrong_amount 0.8
rakkam chukichi | chukichi rakkam | rate chukicha | jast lavle | jasta lavle | bill chukiche | hishob chukicha | hishob julat nahi
@dispute goods_or_service 0.8
tutlela | tutle | chalat nahi | kaam karat nahi | chukicha maal | maal parat | maal kami
@dispute not_received 0.85
maal milala nahi | maal aala nahi | delivery zali nahi | ajun milala nahi | ajun aala nahi | pohochla nahi
@dispute duplicate 0.85
donda | don vela | adhich dile
@dispute tax_error 0.85
gst chukicha | tax chukicha
@dispute 0.65
chukiche | chukicha | chuk | barobar nahi | takrar | ka deu
@invoice 0.8
bill pathva | invoice pathva | bill chi copy | copy pathva | bill milale nahi | ledger pathva | hishob pathva | statement pathva | konte bill | kontha bill
@callback 0.8
phone kara | call kara | mala phone | mala call | boluya | phone var bolu
@hardship 0.75
paise nahit | paishanchi adchan | adchan aahe | adchanit aahe | dhanda manda | bazaar manda | tota | davakhanyat | aajari | tabyet bari nahi | apghat | paise adakle | payment adakle
@wrong_contact 0.85
chukicha number | mi nahi | maze nahi | maza nahi | aapan kon | kon boltay | olakhat nahi | company sodli | naukri sodli
@opt_out 0.9
band kara | message pathvu naka | message band kara | parat pathvu naka | tras deu naka | phone karu naka | number kadhun taka
@ack 0.6
theek aahe | bara | hoy | samajle | samajla | milale | milala
@question 0.4
kiti | konte | kevha | kadhi | kay | kase | kuthe | sanga | kiti baki
@abusive 0.9
fasavnuk | labad | murkha | veda | gadhav | haramkhor | nirlajja
@emotion frustration 0.6
punha punha | varamvar | dararoj | kiti vela | tras | vaitag | kantala
@emotion urgency 0.6
lavkar | tabadtob | lagech | aatach | aajach
@emotion confusion 0.6
samajat nahi | samajle nahi | kalat nahi | kalle nahi | konte bill | he kay | mahit nahi
@emotion trust 0.4
vishwas theva | kalji karu naka | chinta karu naka | june grahak
@valence 0.5
chan | changle | khup chan | anand | samadhani | abhar
@valence -0.6
vait | tras | raag | adchan | samasya | chuk | tota | dukh | vaitag
@intens
khup | phar | agdi | jast
@dimin
thode | jara | kami
@neg
naka | nahit
@contrast
pan | parantu | tari | matra
@polite
krupaya | aapan | aapla | saheb | namaskar | maaf kara
@payword
rakkam | thakbaki
@day 0
aajch | aaj sandhyakali
@day 1
udya | udyaparyant | udya sakali
@day 2
parva | parvaparyant
@weekday 1
somvari
@weekday 2
mangalvari
@weekday 3
budhvari
@weekday 4
guruvari
@weekday 5
shukravari
@weekday 6
shanivari
@weekday 7
ravivari
@next
pudhchya | pudhil | yetya
@dom
tarkhela | tarkhe paryant | la
@monthend
mahinyachya shevti | mahina akher | mahinaakher | mahinyaakher
@period week
pudhchya aathavdyat | pudhil aathavdyat | yetya aathavdyat
@period thisweek
ya aathavdyat
@period month
pudhchya mahinyat | pudhil mahinyat
@after
nantar | zalyavar
@before
aadhi | purvi
@days
divas | divsat | divasat
@numword 2
don
@numword 5
pach
@numword 10
daha
@numword 1.5
did
@numword 2.5
adich
@mult 1000
hajar
@mult 10000000
koti
@festival dussehra
dasra
@daypart MORNING
sakali
@daypart AFTERNOON
dupari
@daypart EVENING
sandhyakali
@daypart NIGHT
ratri
@oclock
vajta | vajeparyant
