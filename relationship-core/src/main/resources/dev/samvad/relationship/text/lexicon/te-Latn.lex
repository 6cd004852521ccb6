# Telugu in Latin letters. Written for Samvad.
@promise 0.75
kadatanu | kadathanu | kattesthanu | pampistanu | pampisthanu | pamputhanu | istanu | isthanu | ichestanu | ichesthanu | chestanu | chesthanu | payment chestanu | payment chesthanu | clear chestanu | transfer chestanu | vastundi | kadatham | pampistam | istam | chestam
@promise 0.55
chuddam | chuddaam | choostanu | chustanu | try chestanu | prayatnistanu | avutundi | aipotundi
@hedge
chuddam | chuddaam | choostanu | chustanu | try chestanu | prayatnistanu | avutundi | aipotundi
@firm
khachitanga | kachitanga | tappakunda | pakka
@paid 0.8
kattesanu | kattanu | pampanu | pampesanu | pampinchanu | ichanu | ichesanu | chesanu | chesesanu | payment chesanu | payment aipoyindi | transfer chesanu | cheque ichanu
@paid 0.4
aipoyindi
@partial 0.75
sagam amount | konchem konchem | konta amount | installments lo | vaayidalu | migatha tarvata | migathadi tarvata
@part
sagam | migatha | migilina | konta | konchem
@full
motham | purthiga | okesari
@extension 0.75
time kavali | konchem time | samayam kavali | konni rojulu | konchem aagandi | wait cheyyandi | ippudu kudaradu | ippudu avvadu | late avutundi
@dispute wrong_amount 0.8
amount tappu | tappu amount | rate tappu | ekkuva vesaru | ekkuva vesharu | bill tappu | lekka tappu | lekka saripoledu
@dispute goods_or_service 0.8
saruku baledu | saruku paadaindi | damage ayyindi | pagilipoyindi | pani cheyatledu | work avvatledu | quality baledu | service baledu | tappu item
@dispute not_received 0.85
saruku raledu | delivery kaaledu | delivery kaledu | inka raledu | andaledu | inka andaledu | order raledu
@dispute duplicate 0.85
rendu sarlu | munde kattanu
@dispute tax_error 0.85
gst tappu | tax tappu
@dispute 0.65
tappu | sarikaadu | enduku kattali
@invoice 0.8
bill pampandi | invoice pampandi | bill copy pampandi | copy pampandi | bill raledu | bill andaledu | ledger pampandi | statement pampandi | ye bill
@callback 0.8
call cheyandi | call cheyyandi | phone cheyandi | phone cheyyandi | matladdam | maatladdam | matladandi | naku call | naaku call
@hardship 0.75
dabbulu levu | dabbu ledu | dabbu ibbandi | ibbandi lo unnanu | ibbandi | business baledu | nashtam | loss vachindi | hospital lo | health baledu | onti lo baledu | shop moosesam | payment aagipoyindi
@wrong_contact 0.85
tappu number | nenu kaadu | naadi kaadu | meeru evaru | evaru matladutunnaru | company vadilesanu | job manesanu | order cheyaledu
@opt_out 0.9
aapandi | aapeyandi | message pampakandi | messages aapandi | message vaddu | ibbandi pettakandi | visiginchakandi | call cheyakandi | number teeseyandi | block chestanu | chaalu
@ack 0.6
sare | sarenandi | alage | avunu | dhanyavadalu | thanks andi | ardhamaindi | andindi | chusanu
@question 0.4
entha | enta | eppudu | enduku | emiti | enti | ela | ekkada | cheppandi | entha baaki
@abusive 0.9
donga | mosagadu | mosam | vedhava | pichi | buddhi ledu | siggu ledu | kukka
@emotion frustration 0.6
malli malli | prathi roju | enni sarlu | visugu | chiraku
@emotion urgency 0.6
tondaraga | ventane | eerojey | twaraga
@emotion confusion 0.6
ardham kaledu | ardham kavatledu | ye bill | idi emiti | teliyatledu
@emotion trust 0.4
nammakam | nammandi | tension padakandi | old customer
@valence 0.5
dhanyavadalu | bagundi | chala bagundi | manchi | santosham
@valence -0.6
baledu | chiraku | kopam | samasya | ibbandi | tappu | nashtam | badha
@intens
chala | baaga | mari
@dimin
konchem | kaasta | koddiga
@neg
ledu | kaadu | vaddu | levu | kudaradu
@contrast
kaani | kani | aina | ayithe
@polite
dayachesi | meeru | andi | garu | namaskaram
@payword
dabbu | dabbulu | baaki
@currency
rupayalu
@day 0
eeroju | ivala | eerojey
@day 1
repu | repatiki | repu morning
@day 2
ellundi
@weekday 1
somavaram
@weekday 2
mangalavaram
@weekday 3
budhavaram
@weekday 4
guruvaram
@weekday 5
sukravaram | shukravaram
@weekday 6
sanivaram
@weekday 7
aadivaram
@next
vache | vachhe | tarvati
@dom
tedi | tedhi | tediki
@monthend
nela chivara | nelakharu | nelaakharu | month end ki | nela chivariki
@period week
vache vaaram | vache week
@period thisweek
ee vaaram | ee week
@period month
vache nela | vache month
@after
tarvata | tarvaatha | taruvata | ayyaka
@before
mundu
@days
rojulu | rojullo | rojulo
@numword 2
rendu
@numword 3
moodu
@numword 5
aidu
@numword 10
padi
@mult 1000
velu | veyyi
@mult 100000
lakshalu | laksha
@festival ganesh-chaturthi
vinayaka chavithi
@daypart MORNING
udayam | poddunna
@daypart AFTERNOON
madhyaanam
@daypart EVENING
sayantram
@daypart NIGHT
raatri
@oclock
gantalaku | gantaki
