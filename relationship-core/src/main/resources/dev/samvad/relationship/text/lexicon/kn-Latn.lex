# Kannada in Latin letters. Written for Samvad.
@promise 0.75
kattini | katteeni | kalistini | kalisteeni | kodtini | kodteeni | maadtini | maadteeni | payment maadteeni | payment maadtini | clear maadteeni | transfer maadteeni | bartide | katteevi | kodteevi | maadteevi
@promise 0.55
nodona | nodtini | nodteeni | try maadteeni | try maadtini | aagutte
@hedge
nodona | nodtini | nodteeni | try maadteeni | try maadtini | aagutte
@firm
khandita | khanditha | pakka | guarantee
@paid 0.8
kattidini | kattideeni | kattiddini | kalisidini | kalisiddeeni | kottidini | kottideeni | maadidini | maadideeni | payment aagide | payment maadidini | transfer maadidini | cheque kottidini
@paid 0.4
aagide
@partial 0.75
ardha amount | swalpa swalpa | swalpa amount | installment alli | kantu | ulididdu amele
@part
ardha | ulida | uliddu | swalpa
@full
poorti | purti | ella amount | ondhe sala
@extension 0.75
time beku | swalpa time | samaya beku | kelavu dina | swalpa dina | wait maadi | iga aagalla | iga saadhya illa | late aagutte
@dispute wrong_amount 0.8
amount tappu | tappu amount | rate tappu | jaasti haakidira | jaasti haakidiri | bill tappu | lekka tappu | lekka sari illa
@dispute goods_or_service 0.8
maalu sari illa | saamaanu sari illa | haalagide | odedide | damage aagide | kelsa maadtilla | work aagtilla | quality sari illa | service sari illa
@dispute not_received 0.85
maalu bandilla | saamaanu bandilla | delivery aagilla | innu bandilla | sikkilla | innu sikkilla | order bandilla
@dispute duplicate 0.85
eradu sala | modle kattidini
@dispute tax_error 0.85
gst tappu | tax tappu
@dispute 0.65
tappu | sari illa | yaake kattbeku
@invoice 0.8
bill kalsi | bill kalisi | invoice kalisi | bill copy kalisi | copy kalisi | bill bandilla | bill sikkilla | ledger kalisi | statement kalisi | yaava bill
@callback 0.8
call maadi | phone maadi | nange call | nanage call | nange phone | maatadona | maathadona | maatadi
@hardship 0.75
duddu illa | hana illa | duddilla | kashta | kashtadalli iddini | tondare | vyapara sari illa | nashta | loss aagide | hospital alli | husharilla | arogya sari illa | angadi muchide | payment bandilla
@wrong_contact 0.85
tappu number | naanalla | nandalla | neevu yaaru | yaaru maatadtirodu | company bittidini | kelsa bittidini | order maadilla
@opt_out 0.9
nillisi | message kalisbedi | message beda | message maadbedi | tondare kodbedi | call maadbedi | number tegedu haaki | block maadteeni | saaku
@ack 0.6
aaytu | aitu | houdu | dhanyavada | artha aaytu | siktu | nodide
@question 0.4
eshtu | yaava | yavaga | yaake | enu | hege | elli | heli | eshtu baaki
@abusive 0.9
kalla | mosagaara | mosa | murkha | huccha | naayi | naachike illa
@emotion frustration 0.6
matte matte | pade pade | pratidina | eshtu sala | kirikiri | talenovu | bejaaru
@emotion urgency 0.6
bega | takshana | igale | ivatte
@emotion confusion 0.6
artha aagtilla | artha aagalilla | yaava bill | idenu | gottagtilla
@emotion trust 0.4
nambike | tension beda | chinte beda | hale customer
@valence 0.5
dhanyavada | chennagide | olle | olleyadu | khushi | santosha
@valence -0.6
ketta | kirikiri | kopa | samasye | tondare | tappu | nashta | bejaaru
@intens
tumba | bahala | jaasti | sikkapatte
@dimin
swalpa | koncha
@neg
illa | beda | aagalla | alla
@contrast
aadre | adre | aadaru | aadru
@polite
dayavittu | neevu | nimma | namaskara
@payword
hana | duddu | motta
@currency
rupayi
@day 0
ivattu | indu | ivatte
@day 1
naale | naalege | naale olage
@day 2
naadiddu
@weekday 1
somavara
@weekday 2
mangalavara
@weekday 3
budhavara
@weekday 4
guruvara
@weekday 5
shukravara
@weekday 6
shanivara
@weekday 7
bhanuvara
@next
mundina | baruva
@dom
tareekhu | taareekhu | dinanka
@monthend
tingala kone | tingala konege | month end alli | tingala koneyalli
@period week
mundina vaara | mundina week
@period thisweek
ee vaara
@period month
mundina tingalu | mundina month
@after
nantara | amele | aada mele
@before
munche | modalu | olage
@days
dina | dinagalalli | dinadalli
@numword 2
eradu
@numword 3
mooru
@numword 5
aidu
@numword 10
hattu
@mult 1000
saavira | saavra
@mult 100000
laksha | lakha
@festival ganesh-chaturthi
ganesha habba | gowri ganesha
@daypart MORNING
beligge | belagge
@daypart AFTERNOON
madhyaana
@daypart EVENING
sanje
@daypart NIGHT
ratri
@oclock
gantege | gante
