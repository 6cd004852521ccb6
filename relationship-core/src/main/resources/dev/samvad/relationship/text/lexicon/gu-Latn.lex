# Gujarati in Latin letters. Written for Samvad.
@promise 0.75
aapi daish | aapish | aapi daishu | aapishu | moklish | mokli daish | mokli daishu | kari daish | karish | karishu | kari daishu | payment kari daish | payment karish | paisa mokli daish | jama karavi daish | transfer kari daish | mali jashe | chukavi daish
@promise 0.55
joie chhie | jou chu | joishu | prayatna karish | koshish karish | thai jashe
@hedge
joie chhie | jou chu | joishu | prayatna karish | koshish karish | thai jashe | kadach
@firm
chokkas | pakku | nakki | jarur
@paid 0.8
aapi didha | aapi didhu | aapi didha che | aapya che | mokli didha | moklya | mokli didhu | kari didhu | kari didha | karyu che | payment thai gayu | payment kari didhu | payment karyu | paisa mokli didha | jama karavi didha | transfer kari didha | chukavi didha | cheque aapi didho
@paid 0.4
thai gayu
@partial 0.75
adadha paisa | thoda thoda | thodi rakam | hapta | haptama | baki pachi | bakina pachi
@part
adadha | adadhu | bakina | thodu | hapto
@full
pura | puru | purepura | badha paisa | aakhi rakam | eksathe
@extension 0.75
samay joie | thodo samay | thodo time | samay aapo | time aapo | thoda divas | raah juo | hamna shakya nathi | hamna nahi thay | modu thashe
@dispute wrong_amount 0.8
rakam khoti | khoti rakam | rate khoto | khoto rate | vadhare lagavya | vadhu paisa | bill khotu | khotu bill | hisab khoto | hisab malto nathi | mel nathi
@dispute goods_or_service 0.8
tutelo | tuti gayo | chaltu nathi | kaam nathi kartu | khoto maal | maal pacho | maal ocho
@dispute not_received 0.85
maal malyo nathi | maal nathi malyo | maal aavyo nathi | delivery thai nathi | haju malyo nathi | haji nathi aavyo | pahonchyo nathi
@dispute duplicate 0.85
be var | paheli aapi didha
@dispute tax_error 0.85
gst khoto | tax khoto
@dispute 0.65
khotu | khoto | barabar nathi | fariyad | vandho | kem aapu
@invoice 0.8
bill moklo | bill moklajo | invoice moklo | bill ni copy | copy moklo | bill malyu nathi | ledger moklo | hisab moklo | statement moklo | kayu bill
@callback 0.8
phone karjo | mane phone | mane call | vaat kariye | vaat karo | phone par vaat
@hardship 0.75
paisa nathi | paisani tangi | takleef ma chu | mushkeli ma chu | dhandho mando | dhandho nathi | bajar mandu | khot | hospital ma | tabiyat sari nathi | akasmat | dukan bandh | paisa fasaya | payment atkyu
@wrong_contact 0.85
khoto number | hu nathi | maru nathi | maro nathi | tame kon | kon bolo | olakhto nathi | company chhodi didhi | nokri chhodi didhi
@opt_out 0.9
bandh karo | message na moklo | message bandh karo | message moklsho nahi | heran na karo | heran karsho nahi | phone na karo | number kadhi nakho
@ack 0.6
barabar | barabar che | saru | thik che | samjai gayu | mali gayu | bhale
@question 0.4
ketla | ketlu | kayu | kayo | kyare | kem | shu | kevi rite | kaho | ketla baki
@abusive 0.9
chhetarpindi | thag | dagabaaz | murkh | gando | gadhedo
@emotion frustration 0.6
varamvar | darroj | ketli var | heran | kantali gayo | kantalo
@emotion urgency 0.6
tarat | hamna j | tatkalik | aaje j
@emotion confusion 0.6
samjatu nathi | samaj na padi | khabar nathi | kayu bill | aa shu che
@emotion trust 0.4
bharoso | chinta na karo | chinta karsho nahi | juna grahak | sambandh
@valence 0.5
aabhar | saru | saras | bahu saras | khush | maja | santosh
@valence -0.6
heran | gusso | takleef | khotu | dukh
@intens
bahu | khub | ghanu | vadhare
@dimin
thodu | ochu
@neg
nathi | kadi nahi
@contrast
parantu | chhata | toy
@polite
krupa kari ne | maherbani | aabhar | jay shree krishna | jai shri krishna | jsk
@payword
rakam | chukavani
@currency
rupiya
@day 0
aaje | aaje j
@day 1
kale | kaal | aavtikale | kal sudhi
@day 2
param divase | paramdivase | param
@weekday 1
somvare
@weekday 2
mangalvare
@weekday 3
budhvare
@weekday 4
guruvare
@weekday 5
shukravare
@weekday 6
shanivare
@weekday 7
ravivare
@next
aavta | aavti | aavte
@dom
tarikhe | tarikh sudhi | tarikh sudhima
@monthend
mahina na ante | mahinana ante | mahinana ant sudhi | mahina na ant ma | month end sudhi
@period week
aavta athvadiye | aavta week ma
@period thisweek
aa athvadiye
@period month
aavta mahine | aavta mahina ma
@after
pachi
@before
pehla | pahela
@days
divas | divas ma | divaso ma
@numword 2
be
@numword 3
tran
@numword 1.5
dodh
@numword 2.5
adhi
@nummod add_half
sada
@nummod sub_quarter
pona
@mult 1000
hajar
@mult 10000000
karod
@festival uttarayan
uttarayan | utran
@daypart MORNING
savare
@daypart AFTERNOON
bapore
@daypart EVENING
saanje | sanje
@daypart NIGHT
raatre
@oclock
vagye | vaage | vage
