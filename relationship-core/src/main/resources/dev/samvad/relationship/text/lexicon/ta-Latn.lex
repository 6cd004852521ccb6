# Tamil in Latin letters (Tanglish). Written for Samvad.
@promise 0.75
kattiduren | katturen | kattiruven | kattuven | anupuren | anuppuren | anupiduren | anuppiduren | anupuven | kuduthuduren | kudukuren | tharen | thaaren | panniduren | pannuren | pay panren | pay panniduren | payment panniduren | payment panren | transfer panniduren | transfer panren | clear panniduren | vandhudum | kidaikum | kattidurom | anupidurom | panniduvom | pannidurom | anupiduvom | kattiduvom | tharom | tharuvom | kudukurom | clear panrom | clear pannidurom
@promise 0.55
paakalam | paarkalam | paakuren | paarkuren | try panren | try panuren | muyarchi panren | aagum | paapom | aayidum
@hedge
paakalam | paarkalam | paakuren | paarkuren | try panren | try panuren | muyarchi | aagum | paapom | aayidum
@firm
kandippa | kandipa | nichayama | uruthiya | sathiyama | confirm ah
@paid 0.8
kattiten | kattitten | katiten | anupiten | anuppitten | anupitten | kuduthuten | kuduthitten | panniten | pannitten | payment panniten | payment aachu | payment aayiduchu | anupiyachu | kattiyachu | transfer panniten | cheque kuduthuten | pannitom | pannittom | anupitom | anupittom | kattitom | kattittom | kuduthutom | payment pannitom
@paid 0.4
aachu | mudinjathu
@partial 0.75
konjam konjama | konjam amount | installment la | thavanai | meedhi apram | meethi apram | paadhi amount | paathi amount
@part
paadhi | paathi | meedhi | meethi | konjam | advance
@full
muzhusa | fulla | mothama
@extension 0.75
time venum | konjam time | time kudunga | konja naal | wait pannunga | ippo mudiyathu | ippo mudiyadhu | late aagum | delay aagum
@dispute wrong_amount 0.8
amount thappu | thappu amount | rate thappu | adhigama potrukeenga | athigama potrukeenga | bill thappu | kanakku thappu | kanakku sariyilla | match aagala | thappa irukku | thappa pottirukeenga | thappa potrukeenga | rate thappa | amount thappa | bill thappa
@dispute goods_or_service 0.8
saraku sariyilla | porul sariyilla | damage aagiduchu | udanjiduchu | work aagala | velai seiyala | quality sariyilla | service sariyilla | thappu item | return panren | kammiya vandhuchu | kammiya vanthuchu | kammiya vandhadhu | kammiya irukku | quantity kammi
@dispute not_received 0.85
saraku varala | porul varala | delivery aagala | innum varala | innum kidaikala | kidaikala | order varala
@dispute duplicate 0.85
rendu thadava | munnadiye kattiten
@dispute tax_error 0.85
gst thappu | tax thappu | gst sariyilla
@dispute 0.65
thappu | sariyilla | sari illa | en kattanum | credit note
@invoice 0.8
bill anupunga | bill anuppunga | invoice anupunga | bill copy anupunga | copy anupunga | bill varala | bill kidaikala | ledger anupunga | statement anupunga | endha bill | entha bill
@callback 0.8
call pannunga | phone pannunga | koopdunga | kooptunga | pesalam | pesunga | ennai koopdunga | call panunga
@hardship 0.75
panam illa | kaasu illa | kasu illa | cash illa | kashtam | kashtama irukku | business dull | business sariyilla | market dull | nashtam | loss aagiduchu | hospital la | udambu sariyilla | kadai moodiyachu | payment varala | panam maatikichu
@wrong_contact 0.85
thappu number | naan illa | ennodathu illa | neenga yaaru | yaaru pesurathu | company vittuten | velai vittuten | order pannala
@opt_out 0.9
niruthunga | message anupathinga | message anuppatheenga | message venam | thondharavu pannatheenga | call pannatheenga | number remove pannunga | block panniduven | pothum | message pannatheenga | message panna vendam | anupatheenga
@ack 0.6
sari | saringa | seri | aama | aamam | nandri | purinjathu | kidaichuthu | paathen
@question 0.4
evvalavu | evlo | endha | entha | eppo | yen | enna | eppadi | enga | sollunga | evlo baaki | evlo balance
@abusive 0.9
thirudan | muttal | loosu | paithiyam | naaye | porukki | vekkam illa
@emotion frustration 0.6
thirumba thirumba | dhinamum | dinamum | ethana thadava | erichal | thollai | torture
@emotion urgency 0.6
seekiram | udane | innaikke | avasaram
@emotion confusion 0.6
puriyala | puriyalai | endha bill | idhu enna | theriyala
@emotion trust 0.4
nambikkai | nambunga | kavalai padatheenga | pazhaya customer
@valence 0.5
nandri | romba nandri | nalla | santhosham | magizhchi
@valence -0.6
mosam | erichal | kovam | prachanai | kashtam | thappu | nashtam | varutham
@intens
romba | rombave | neraya | adhigama | semma
@dimin
konjam | lesa
@neg
illa | illai | venam | venaam | mudiyathu | mudiyadhu | koodathu
@contrast
aana | aanaa | aanal | irundhalum
@polite
anna | nandri | neenga | unga | vanakkam | nga
@payword
panam | kaasu | kasu | baaki
@currency
rupai | rubai
@day 0
innaiku | inniku | indru
@day 1
naalaiku | naalaikku | naalai | nalaiku | naalaikulla
@day 2
naalanaiku | nalanaiku
@weekday 1
thingal | thingakizhamai
@weekday 2
sevvai | sevvaikizhamai
@weekday 3
budhan | budhankizhamai
@weekday 4
vyazhan | vyazhakizhamai
@weekday 5
velli | vellikizhamai
@weekday 6
sani | sanikizhamai
@weekday 7
nyayiru | gnayiru
@next
adutha | varra
@dom
thethi | thedhi | thethikulla | aam thethi
@monthend
masam kadaisi | maasam kadaisi | month end la | masa kadaisila | month kadaisi
@period week
adutha vaaram | adutha week | next week la
@period thisweek
indha vaaram | indha week
@period month
adutha maasam | adutha month
@after
apram | appuram | piragu | mudinjathum | aprom
@before
munnadi
@days
naal | naalla | days la
@numword 2
rendu
@numword 3
moonu
@numword 5
anju
@numword 10
pathu
@mult 1000
aayiram
@mult 100000
latcham | latsam
@daypart MORNING
kaalaila | kaalai
@daypart AFTERNOON
madhiyam
@daypart EVENING
saayangalam | saayantharam
@daypart NIGHT
raathiri
@oclock
manikku | mani
