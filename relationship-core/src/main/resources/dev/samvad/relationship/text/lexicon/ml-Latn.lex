# Malayalam in Latin letters (Manglish). Written for Samvad.
@promise 0.75
adakkam | adachekkam | ayakkam | ayachutharam | tharam | thannekkam | kodukkam | cheyyam | cheythekkam | payment cheyyam | transfer cheyyam | clear cheyyam | sheriyakkam | adakkum | tharum
@promise 0.55
nokkam | nokkatte | sremikkam | shramikkam | try cheyyam | nokkit parayam | aakum
@hedge
nokkam | nokkatte | sremikkam | shramikkam | try cheyyam | nokkit parayam | aakum
@firm
theerchayayum | urappayum | urappu | pakka
@paid 0.8
adachu | adachittund | adachittundu | ayachu | ayachittund | ayachittundu | thannu | koduthu | cheythu | cheythittund | payment cheythu | payment aayi | transfer cheythu | cheque koduthu
@paid 0.4
aayi
@partial 0.75
pakuthi amount | kurachu kurachayi | kurach amount | thavanakalayi | baaki pinne | baki pinne
@part
pakuthi | kurachu | kurach
@full
muzhuvan | aake | ottathavana
@extension 0.75
samayam venam | time venam | kurachu time | kurach time | kurachu divasam | kurach divasam | wait cheyyu | ippol pattilla | ippo pattilla | vaikum | late aakum
@dispute wrong_amount 0.8
amount thettu | thettaya amount | rate thettu | kooduthal ittu | kooduthalanu | bill thettu | bill thettanu | kanakku thettu | kanakku sheriyalla
@dispute goods_or_service 0.8
saadhanam mosham | saadhanam sheriyalla | kedayi | pottiyi | damage aayi | work cheyyunnilla | quality mosham | service mosham | thettaya saadhanam
@dispute not_received 0.85
saadhanam kittiyilla | saadhanam vannilla | delivery aayilla | ithuvare kittiyilla | ithuvare vannilla | kittiyittilla | order kittiyilla
@dispute duplicate 0.85
randu thavana | nerathe adachu
@dispute tax_error 0.85
gst thettu | tax thettu
@dispute 0.65
thettu | thettanu | sheriyalla | sariyalla | paraathi | enthina adakkunne
@invoice 0.8
bill ayakku | bill ayachu tharu | invoice ayakku | bill copy ayakku | copy ayakku | bill kittiyilla | ledger ayakku | statement ayakku | eth bill | ethu bill
@callback 0.8
vilikku | vilikkamo | call cheyyu | phone cheyyu | enne vilikku | samsarikkam | samsarikkaam | thirichu vilikku
@hardship 0.75
paisa illa | kaash illa | kaashilla | paisayilla | buddhimuttu | budhimuttu | buddhimuttilanu | kashtappadu | business mosham | kachavadam mosham | nashtam | hospitalil | sukhamilla | kada adachu | vellappokkam | payment vannilla
@wrong_contact 0.85
thettaya number | njanalla | enteyalla | ningal aaranu | company vittu | joli vittu | order cheythittilla
@opt_out 0.9
nirthu | nirthuka | message ayakkaruthu | message venda | shalyappeduthharuthu | shalyam cheyyaruthu | vilikkaruthu | number maattu | block cheyyum | mathi
@ack 0.6
sheri | shari | athe | uvvu | nanni | manassilaayi | kitti | kandu
@question 0.4
ethra | eth | ethu | eppol | enthina | enthu | engane | evide | parayu | ethra baaki
@abusive 0.9
kallan | thattippu | mandan | pottan | patti | naanamilla
@emotion frustration 0.6
veendum veendum | divasavum | ethra thavana | shalyam | deshyam | maduthu
@emotion urgency 0.6
vegam | udane | ippol thanne | innu thanne
@emotion confusion 0.6
manassilayilla | manassilaakunnilla | eth bill | ithentha | ariyilla
@emotion trust 0.4
viswasam | vishwasikku | tension venda | pedikkenda | pazhaya customer
@valence 0.5
nanni | valare nanni | nallathu | santhosham | kollam
@valence -0.6
mosham | shalyam | deshyam | prashnam | buddhimuttu | thettu | nashtam | vishamam | sankadam
@intens
valare | orupad | bhayankara | kooduthal
@dimin
kurachu | kurach | alpam
@neg
illa | alla | venda | pattilla
@contrast
pakshe | ennal | enkilum | ennalum
@polite
dayavayi | ningal | thaankal | namaskaram | chetta | chettan
@payword
paisa | panam | kaash | thuka
@currency
roopa | rupa
@day 0
innu | innu thanne
@day 1
naale | naale thanne | naalekkullil
@day 2
mattannal
@weekday 1
thinkal | thinkalazhcha
@weekday 2
chovva | chovvazhcha
@weekday 3
budhanazhcha
@weekday 4
vyazham | vyazhazhcha
@weekday 5
velliyazhcha
@weekday 6
shaniyazhcha
@weekday 7
njayar | njayarazhcha
@next
adutha | varunna
@dom
theeyathi | thiyathi
@monthend
maasavasanam | masavasanam | maasam avasaanam | month end il | maasathinte avasaanam
@period week
adutha aazhcha | adutha week
@period thisweek
ee aazhcha
@period month
adutha maasam | adutha month
@after
kazhinju | shesham | kazhinjittu
@before
munpu | mumbu | munne
@days
divasam | divasathinullil | divasangal
@numword 2
randu
@numword 3
moonnu
@numword 5
anchu
@mult 1000
aayiram
@mult 100000
laksham
@festival eid-al-fitr,eid-al-adha
perunnal
@daypart MORNING
raavile
@daypart AFTERNOON
uchakku
@daypart EVENING
vaikunneram | vaikittu
@daypart NIGHT
raathri
@oclock
manikku
