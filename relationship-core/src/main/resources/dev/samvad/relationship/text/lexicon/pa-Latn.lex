# Punjabi in Latin letters. Written for Samvad.
@promise 0.75
de dayanga | de devanga | devanga | dayanga | de dyange | devange | bhej dayanga | bhej devanga | bhejanga | bhejange | kar dayanga | kar devanga | karanga | karange | payment kar dayanga | paise bhej dayanga | jama karwa dayanga | ho jauga | ho javega | mil jauga | mil javega
@promise 0.55
dekhde haan | vekhde haan | dekhange | koshish karanga | koshish karange
@hedge
dekhde haan | vekhde haan | dekhange | koshish karanga | koshish karange | ho jauga
@firm
pakka | zaroor | bilkul
@paid 0.8
de dita | de dite | dite ne | bhej dita | bhej dite | kar dita | kar diti | payment ho gayi | payment kar diti | paise bhej dite | jama karwa dite | transfer kar dite | cheque de dita
@paid 0.4
ho gayi
@partial 0.75
thode thode | kuj paise | kishtan | baki baad ch | addhe paise
@part
addhe | addha | kuj | kisht
@full
poore | saare | poori rakam | ikathe
@extension 0.75
time chahida | thoda time | samaa chahida | time deo | kuj din | thode din | intezaar karo | hun nahi ho sakda | der hovegi
@dispute wrong_amount 0.8
rakam galat | galat rakam | zyada laye | vadh paise | hisab nahi milda
@dispute goods_or_service 0.8
tutteya | tutta | nahi chalda | kamm nahi karda | maal ghatt
@dispute not_received 0.85
maal nahi mileya | delivery nahi hoyi | aje tak nahi mileya | nahi pahunchya
@dispute duplicate 0.85
do vaar | pehlan hi de dite
@dispute 0.65
kyon deyan
@invoice 0.8
bill bhej deo | bill di copy | bill nahi mileya | kehda bill
@callback 0.8
mainu phone | mainu call | gal karde haan | gal karo | phone te gal
@hardship 0.75
paise nahi hage | kamm manda | karobar manda | haadsa | paise fase | payment fasi | mushkil vich
@wrong_contact 0.85
tusi kaun | kaun bol reha | nahi janda | company chhad diti | naukri chhad diti | galat banda
@opt_out 0.9
message na bhejo | hor na bhejo | tang na karo | pareshan na karo | phone na karo | number hata deo
@ack 0.6
haanji | dhanwad | dhanvaad
@question 0.4
kinna | kinne | kehda | kado | kyon | kiven | kithe | dasso | kinna baki
@abusive 0.9
dhokhebaaz | thag | moorakh | kameena
@emotion frustration 0.6
vaar vaar | roz roz | har roz | kinni vaar
@emotion urgency 0.6
hune | ajj hi
@emotion confusion 0.6
samajh nahi aayi | kehda bill | eh ki hai
@emotion trust 0.4
fikar na karo | purana gahak
@valence 0.5
dhanwad | vadhiya | bahut vadhiya | changa
@valence -0.6
maada | dukhi
@intens
bada
@neg
nahi
@contrast
phir vi
@polite
kirpa karke | tusi | tuhada | dhanwad | sat sri akal | veer ji | paaji | paji
@day 0
ajj | ajj hi
@day 1
kall | kal tak
@day 2
parso
@weekday 1
somvaar
@weekday 2
mangalvaar
@weekday 3
budhvaar
@weekday 4
veervaar
@weekday 5
shukarvaar
@weekday 6
shanivaar
@weekday 7
aitvaar
@dom
tareek | tareek nu | tareek tak | nu
@monthend
mahine de akhir | mahine de ant | mahine de aakhir | mahine de akhir tak
@period week
agle hafte
@period thisweek
is hafte
@period month
agle mahine
@after
ton baad | de baad
@before
pehlan | ton pehlan
@days
dinan | dinan vich
@numword 1
ikk | ik
@numword 3
tinn
@numword 5
panj
@mult 1000
hazaar
@daypart MORNING
savere
@daypart AFTERNOON
dupehar
@oclock
vaje
