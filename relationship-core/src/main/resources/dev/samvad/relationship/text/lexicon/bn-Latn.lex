# Bengali in Latin letters. The bare negator "na" is left out on purpose: Hinglish uses it as a
# tag ("bhej dunga na"); Bengali negated verbs are listed as phrases instead. Written for Samvad.
@promise 0.75
diye debo | debo | dibo | pathiye debo | pathabo | kore debo | korbo | payment kore debo | payment korbo | taka diye debo | transfer kore debo | peye jaben | mitiye debo | diye dichhi
@promise 0.55
dekhchi | dekhbo | cheshta korbo | chesta korbo | try korbo | hoye jabe | dekha jak
@hedge
dekhchi | dekhbo | cheshta | chesta | try korbo | hoye jabe | dekha jak
@firm
nishchoi | obosshoi | obossoi | pakka | kotha dichhi
@paid 0.8
diye diyechi | diyechi | pathiye diyechi | pathiyechi | kore diyechi | korechi | payment hoye geche | payment korechi | payment kore diyechi | taka diye diyechi | transfer korechi | cheque diyechi
@paid 0.4
hoye geche
@partial 0.75
kichu taka | kichuta debo | kisti | kistite | bhage bhage | bakita pore | baki taka pore | ardhek taka | adhek taka
@part
ardhek | adhek | baki | bakita | kichu
@full
puro | purota | sob taka | ekshathe
@extension 0.75
somoy lagbe | ektu somoy | kichu somoy | somoy din | somoy chai | kichudin | kodin | opekkha korun | ektu wait | ekhon sombhob na | ekhon hobe na | deri hobe | late hobe | dite parbo na
@dispute wrong_amount 0.8
amount bhul | bhul amount | rate bhul | beshi taka | beshi dhorechen | bill bhul | hisab bhul | hisab milche na | milche na
@dispute goods_or_service 0.8
maal kharap | kharap maal | bhanga | nosto | kaj korche na | cholche na | bhul maal | maal ferot | maal kom | service kharap | quality kharap
@dispute not_received 0.85
maal paini | maal asheni | delivery hoyni | ekhono paini | pouchayni | order paini
@dispute duplicate 0.85
dubar | agei diyechi
@dispute tax_error 0.85
gst bhul | tax bhul
@dispute 0.65
bhul | thik na | thik noy | obhijog | keno debo
@invoice 0.8
bill pathan | bill pathao | invoice pathan | bill er copy | copy pathan | bill paini | ledger pathan | statement pathan | hisab pathan | kon bill
@callback 0.8
phone korun | phone koro | call korun | call koro | call din | kotha bolbo | kotha boli | amake phone | amake call
@hardship 0.75
taka nei | hate taka nei | takar somossa | arthik somossa | tanatani | byabsa kharap | business kharap | bajar kharap | loss hoyeche | lokshan | khoti | hospital e | osustho | shorir kharap | dokan bondho | payment atke ache | taka atke
@wrong_contact 0.85
bhul number | ami noi | amar na | amar noy | apni ke | ke bolchen | chini na | company chere diyechi | chakri chere diyechi | kichu order korini
@opt_out 0.9
bondho korun | bondho koro | message pathaben na | message deben na | message bondho | ar pathaben na | birokto korben na | phone korben na | number muche din | block kore debo
@ack 0.6
thik ache | achha | dhonnobad | dhanyabad | bujhechi | bujhlam | peyechi
@question 0.4
koto | kon | konta | kobe | keno | kivabe | kothay | bolun | jante chai | koto baki
@abusive 0.9
chor | protarok | jochor | baje kotha | faltu | boka | pagol | shoytan | shala
@emotion frustration 0.6
barbar | bar bar | roj roj | protidin | kotobar | birokto | jalaton | otishto
@emotion urgency 0.6
taratari | ekhuni | joruri | ajkei
@emotion confusion 0.6
bujhte parchi na | bujhlam na | kon bill | eta ki | jani na
@emotion trust 0.4
bhorsa | biswas | chinta korben na | chinta nei | purono customer
@valence 0.5
dhonnobad | dhanyabad | bhalo | khub bhalo | khushi | darun | santushto
@valence -0.6
kharap | baje | birokto | rag | osantushto | somossa | jhamela | bhul | lokshan | kosto | dukkho
@intens
khub | onek | bhishon | ekdom | khubi
@dimin
ektu | samanno | olpo
@neg
noy | nei | kokhono na
@contrast
kintu | tobe | tobuo
@polite
doya kore | apni | apnar | dada | nomoskar | dhonnobad
@payword
taka | baki
@currency
taka | takar
@day 0
aajke | ajke | aajkei
@day 1
kalke | agamikal | kal sokale
@day 2
porshu | porshudin | porsu
@weekday 1
sombar
@weekday 2
mongolbar
@weekday 3
budhbar
@weekday 4
brihospotibar
@weekday 5
shukrobar
@weekday 6
shonibar
@weekday 7
robibar
@next
agami | porer | samner
@dom
tarikhe | tarikher moddhe
@monthend
maser shesh | maser sheshe | mas sheshe | month end e
@period week
porer soptahe | agami soptahe | next week e
@period thisweek
ei soptahe
@period month
porer mase | agami mase
@after
pore | porei
@before
agei
@days
diner moddhe | dine
@numword 2
dui
@numword 3
tin
@numword 5
panch
@numword 10
dosh
@numword 1.5
der
@numword 2.5
arai
@mult 1000
hajar
@mult 10000000
koti
@festival diwali
kali puja | kalipujo
@daypart MORNING
sokale
@daypart AFTERNOON
dupure | bikele
@daypart EVENING
sondhyay | sondhe
@daypart NIGHT
rate
@oclock
tay | tar somoy
