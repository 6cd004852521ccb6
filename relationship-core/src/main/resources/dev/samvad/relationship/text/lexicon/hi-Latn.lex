# Hindi in Latin letters and Hinglish, as typed on WhatsApp. Spellings are folded by
# variants.txt first (nhi/nai → nahi, kl → kal, pese → paisa). Written for Samvad.
@promise 0.75
bhej dunga | bhej denge | bhej dungi | bhejunga | bhejenge | bhej doonga | kar dunga | kar denge | kar dungi | karunga | karenge | kar doonga | de dunga | de denge | de dungi | dunga | denge | dungi | dedunga | kardunga | bhejdunga | kar deta hoon | kar deta hu | kar dete hain | bhej deta hoon | bhej deta hu | bhej dete hain | de deta hoon | de dete hain | ho jayega payment | payment ho jayega | payment kar dunga | payment kar denge | payment karunga | payment karenge | payment bhej dunga | payment bhejta hoon | clear kar dunga | clear kar denge | clear karunga | clear karenge | transfer kar dunga | transfer kar denge | transfer karunga | transfer karenge | release kar denge | release kar dunga | release karenge | jama kar dunga | jama karenge | jama kar denge | daal dunga | daal denge | dal dunga | dal denge | mil jayega | mil jayenge | aa jayega | aa jayenge | pahunch jayega | kar dena | chuka dunga | chuka denge | pay kar dunga | pay kar denge | pay karunga | pay karenge | bhijwa dunga | bhijwa denge | karwa dunga | karwa denge | de paunga | kar paunga | dene ki koshish | karte hain | karta hoon | kar raha hoon | kar rahe hain | bhejta hoon | bhejte hain | de raha hoon | de rahe hain | dete hain | deta hoon | ho jaega | ho jayega
@promise 0.55
dekhte hain | dekhta hoon | dekhta hu | dekh lenge | dekh lunga | koshish karunga | koshish karenge | koshish karta hoon | try karunga | try karenge | try karta hoon | try kar raha | ho jayega | ho jaega | ho jayegi | kar lenge | kuch karte hain | intezaam karta hoon | intezaam karenge | arrange karta hoon | arrange karenge | arrange kar dunga | jaldi karta hoon | jaldi karenge | jald hi | jaldi hi | dekhiye
@hedge
dekhte hain | dekhta hoon | dekhta hu | dekh lenge | dekh lunga | koshish | koshish karunga | koshish karenge | try karunga | try karenge | try karta hoon | try kar raha | ho jayega | ho jaega | ho jayegi | shayad | shaayad | lagta hai | kuch karte hain | bhagwan ne chaha | upar wale ki marzi | dekhiye | mushkil hai | sochenge | sochta hoon
@firm
pakka | pakka se | sure | confirm | 100% | pukka | bilkul | zaroor | jarur | zarur | guaranteed | vaada | vada | promise | pakki baat | pakka promise
@paid 0.8
bhej diya | bhej diye | bhej di | bhej chuka | bhej chuke | bheja hai | bhej diya hai | kar diya | kar diye | kar di | kar chuka | kar chuke | kar diya hai | de diya | de diye | de di | de chuka | de chuke | payment ho gaya | payment ho gya | payment ho chuka | ho gaya payment | paisa bhej diya | paisa daal diya | daal diya | dal diya | daal diye | jama kar diya | jama ho gaya | transfer kar diya | transfer ho gaya | transfer kar diye | clear kar diya | clear ho gaya | chuka diya | chukta kar diya | pay kar diya | pay kar diye | paid kar diya | paid hai | payment kiya | payment kiya hai | payment kar diya | payment bhej diya | cheque de diya | cheque diya | cheque jama | cheque bhej diya | cheque laga diya | mil gaya hoga | mil gya hoga | check kar lo aa gaya hoga | aa gaya hoga | pahunch gaya hoga | credit ho gaya | credit ho gya | kar diya tha | bheja tha | diya tha | de diya tha | bhej diya tha | bhugtan kar diya | bhugtan ho gaya
@paid 0.4
ho gaya | ho gya | hogaya | done hai | done
@partial 0.75
aadha payment | aadha abhi | aadha de | aadhi payment | half payment | half abhi | thoda thoda | thoda abhi | kuch abhi | abhi kuch | kuch amount | kuch paisa | kuch payment | kisht | kishton | kist | kiston mein | installment mein | part payment | part mein | tukdon mein | do baar mein | do hisse | abhi itna | itna abhi | baaki baad mein | baki baad mein | baaki ka | baki ka | baaki wala | abhi aadha
@part
aadha | aadhi | half | baaki | baki | bacha hua | bacha | kuch | thoda | part | installment | kisht | advance | remaining | balance | abhi itna | abhi ke liye
@full
poora | pura | poori | puri | full | pura payment | poora payment | sara | saara | pura amount | poora amount | ek saath | ek baar mein | total
@extension 0.75
time chahiye | thoda time | thoda samay | samay chahiye | time do | time dijiye | time de do | mohlat | aur time | aur samay | kuch din | kuch time | thode din | kuch dino | ruk jao | rukiye | ruko | wait karo | wait kijiye | intezaar karo | thoda ruk | abhi nahi ho payega | abhi mushkil | abhi possible nahi | thodi der | extension | extend kar do | time lagega | der hogi | der ho jayegi | abhi nahi hoga | kuch mohlat
@extension 0.45
baad mein | baad me | thoda late | late hoga | abhi nahi
@dispute wrong_amount 0.8
amount galat | galat amount | rate galat | galat rate | zyada amount | jyada amount | zyada lagaya | jyada lagaya | zyada charge | extra charge | extra lagaya | rate zyada | rate jyada | bill galat | galat bill | hisab galat | hisaab galat | galat hisab | hisab nahi mil raha | hisaab match nahi | match nahi | milan nahi | discount nahi diya | discount nahi mila | quantity galat | galat quantity | rate alag | baat kuch aur hui thi | tay hua tha | jo tay hua
@dispute goods_or_service 0.8
maal kharab | kharab maal | kharab tha | kharab hai | kharab nikla | toota | tuta hua | tuta | toota hua | tooti | tuti | damage | damaged | defective | quality kharab | ghatiya | ghatiya maal | quality achi nahi | kaam nahi kar raha | chal nahi raha | band pad gaya | expire | expired | leak | galat maal | galat item | maal wapas | wapas kar denge | return kar denge | return karna | replace karo | replacement | maal kam | kam maal | short maal | service achi nahi | service kharab | kaam adhura | adhura kaam | kaam theek nahi
@dispute not_received 0.85
maal nahi mila | maal nahi aaya | saman nahi mila | saamaan nahi aaya | delivery nahi hui | delivery nahi mili | delivery nahi aayi | nahi pahuncha | nahi pahunchi | abhi tak nahi mila | abhi tak nahi aaya | order nahi mila | parcel nahi mila | service nahi mili | kaam hua hi nahi | kuch mila hi nahi
@dispute duplicate 0.85
do baar | dobara bill | double bill | duplicate | pehle hi de diya | pehle hi bhej diya | do baar bill | ek hi bill do baar | same bill dobara | double payment | dobara kyu
@dispute tax_error 0.85
gst galat | galat gst | gst number galat | gst zyada | gst jyada | gst nahi | gst kyu | tax galat | galat tax | gst ka issue | gst mismatch | igst | cgst | sgst | tds | tds kaata | tds kata | input credit | gst rate
@dispute 0.65
galat | sahi nahi | theek nahi | shikayat | complaint | dispute | nahi manenge | nahi maanta | kyu du | kyu dena | kis baat ka | kis cheez ka | mera nahi banta | nahi banta | faltu ka bill | jhooth | jhoota bill
@invoice 0.8
bill bhejo | bill bhej do | bill bhejiye | bill bhejna | invoice bhejo | invoice bhej do | invoice bhejiye | invoice bhejna | bill ki copy | invoice ki copy | bill copy | invoice copy | copy bhejo | copy bhej do | bill nahi mila | invoice nahi mila | bill dikhao | invoice dikhao | bill share karo | invoice share karo | ledger bhejo | ledger bhej do | statement bhejo | statement bhej do | hisab bhejo | hisaab bhejo | hisab bhej do | details bhejo | detail bhejo | pdf bhejo | bill dubara | invoice dubara | kaunsa bill | kaun sa bill | kaunsa invoice | konsa bill | konsa invoice | bill number | invoice number
@callback 0.8
call karo | call kariye | call kijiye | call karna | call kar lena | call kar dena | phone karo | phone kijiye | phone kariye | phone karna | phone kar lena | baat karte hain | baat karo | baat kijiye | baat karni hai | baat kar lete hain | call pe baat | phone pe baat | mujhe call | mujhe phone | call back karo | call back | callback | milke baat | mil ke baat | ghanti | ring karo | call me
@hardship 0.75
paisa nahi hai | paise nahi hai | paisa nahi | funds nahi | fund nahi | haath tang | hath tang | tangi | tight hai | tight chal raha | paisa phasa | paise phase | payment phasi | payment phansi | payment ruki | payment atki | party ne payment nahi | party ne nahi diya | market down | market slow | mandi | mandi chal rahi | dhandha manda | dhandha nahi | business down | business slow | kaam nahi chal raha | kaam kam | nuksan | nuksaan | ghata | loss ho gaya | loss mein | hospital | bimar | bimaar | beemar | tabiyat kharab | tabiyat theek nahi | operation | accident | death ho gayi | guzar gaye | dehant | shaadi hai ghar mein | ghar mein shaadi | dukan band | factory band | kaam band | lockdown | baadh | salary nahi aayi | naukri chali gayi | mushkil mein | pareshani mein | pareshaan hoon | sankat | majboori | majburi | halat kharab | halat theek nahi
@wrong_contact 0.85
galat number | wrong number | rong number | main nahi hoon | mai nahi hu | mera nahi hai | mera bill nahi | humara nahi | kaun ho | kaun bol raha | aap kaun | kaun hai | pehchana nahi | jaanta nahi | nahi jaanta | company chhod di | job chhod di | naukri chhod di | ab wahan nahi | ab yahan nahi | wo yahan nahi | galat aadmi | galat insaan | galat bande | galat jagah | maine kuch order nahi | kuch nahi manga | kabhi order nahi | humne kuch nahi liya | maine kuch nahi liya
@opt_out 0.9
band karo | band kar do | band kijiye | band kariye | message mat bhejo | message band | message mat karo | msg mat bhejo | msg band | mat bhejo | mat bhejna | mat karo message | message na bheje | message na bhejo | call mat karo | call band | phone mat karo | tang mat karo | pareshan mat karo | pareshaan mat karo | mujhe mat bhejo | number hata do | number delete karo | block kar dunga | block kar raha | bas karo | bas kijiye | ab bas
@ack 0.6
theek hai | thik hai | accha | accha ji | ok ji | haan | haan ji | ji | ji haan | ji sir | ji madam | samajh gaya | samajh gaye | samjha | dekh liya | mil gaya | mil gya | sahi hai | noted ji | shukriya | dhanyavad | dhanyawad | thanks ji | ok sir | bilkul | thik h | theek | chalo | chaliye | haanji | jee
@question 0.4
kitna | kitne | kitni | kaunsa | kaun sa | konsa | kon sa | kab tak | kab | kyun | kyu | kya | kaise | kahan | kidhar | batao | bataiye | bata do | batayein | kitna baaki | kitna pending | kitna dena | kis cheez | account number | bank details | upi id | qr bhejo | scanner bhejo | kahan bhejun | kis account | kitna hua | total kitna
@abusive 0.9
chor | chor ho | chor log | dhokebaaz | dhokhebaz | dhokha | fraud ho | bakwas | bakwaas | bewakoof | bevkoof | pagal | gadha | ullu | kamina | kamine | harami | haramkhor | saala | saale | sala | kutta | kutte | kuttey | badtameez | besharam | nalayak | ghatiya log | dimag kharab | bhaad mein jao | nikal | chal nikal | police complaint | court mein milte | case kar dunga | dekh lunga tujhe | aukat
@emotion frustration 0.6
baar baar | roz roz | har din | rozana | kitni baar | kitni bar | pareshan | pareshaan | tang aa gaya | tang aa gaye | tang kar diya | dimag mat khao | sar dard | irritate | bore | thak gaya | hadd hai | had hai | hadd ho gayi | kya tamasha
@emotion urgency 0.6
jaldi | turant | abhi ke abhi | fauran | foran | urgent | jald | abhi chahiye | aaj hi | isi waqt
@emotion confusion 0.6
samajh nahi | samjha nahi | samajh nahi aaya | kuch samajh nahi | kaunsa bill | kaun sa bill | kis cheez ka | kya hai ye | ye kya hai | kya matlab | matlab kya | pata nahi | kuch pata nahi | kaunsi payment | confuse
@emotion trust 0.4
bharosa | bharosa rakho | bharosa rakhiye | vishwas | vishwas rakhiye | chinta mat karo | chinta na karein | tension mat lo | tension na lo | tension nahi | fikar mat karo | purana customer | purane customer | hamesha diya | kabhi nahi roka | rishta | apna hi hai | aapka paisa kahin nahi jayega | paisa kahin nahi jayega
@valence 0.5
shukriya | dhanyavad | dhanyawad | accha | badhiya | bahut accha | mast | shandaar | khush | khushi | meherbani | kripa | aabhar | sahi | theek | behtareen | dhanyavaad
@valence -0.6
bura | kharab | ghatiya | pareshan | pareshaan | dukhi | naraz | naraaz | gussa | galat | bakwas | bakwaas | dikkat | problem | tension | mushkil | pareshani | tang | nuksan | afsos | shikayat | bekaar | bekar
@intens
bahut | bohot | bahot | bht | boht | kaafi | kafi | ekdum | bilkul | sabse | itna | zyada | jyada | bada | badi
@dimin
thoda | thodi | zara | jara | halka | kam
@neg
nahi | mat | nahin | bina | kabhi nahi | bilkul nahi
@contrast
lekin | par | magar | parantu | lekin phir bhi | phir bhi | fir bhi | but | balki | waise
@polite
ji | ji sir | sir ji | kripya | kripaya | meherbani | aap | aapka | aapke | shukriya | dhanyavad | sahab | saheb | bhai sahab | bhaiya | madam ji | namaste | namaskar | pranam | sorry ji | maaf kijiye | maafi
@payword
payment | paisa | paisa bhej | amount | rakam | bhugtan | bill | hisab | hisaab | baaki | udhaar | udhar | due | dues | balance | jama | transfer | clear | cheque | chek | rupaye | rupay
@currency
rupaye | rupay | rupiya | rupiye | rs | ruppee | rupya | rupaiya
@day 0
aaj | aaj hi | aaj shaam | aaj raat | aaj tak | aaj shaam tak
@day 1
kal | kal tak | kal subah | kal shaam | kal pakka | kal hi | kal tak pakka
@day 2
parson | parson tak
@day 3
narson | narson tak
@weekday 1
somvar | somwar | monday ko
@weekday 2
mangalvar | mangalwar
@weekday 3
budhvar | budhwar
@weekday 4
guruvar | guruwar | brihaspativar | veervar
@weekday 5
shukravar | shukrawar
@weekday 6
shanivar | shaniwar
@weekday 7
ravivar | raviwar | itvaar | itwar
@next
agle | agla | agli | aane wale | aane wala | is | iss
@dom
tarikh | ko | tarikh ko | tarikh tak | date ko | date tak | tak
@monthend
mahina end | mahine ke end | mahine ke end tak | mahine ke aakhir | mahine ke aakhir tak | mahine ke last | mahine ke last mein | month end tak | month end pe | mahine ka aakhir | mahina khatam | mahina khatam hone | end of month tak | aakhir tak
@period week
agle hafte | agla hafta | agle week | next week tak | agle saptah | agle hafte tak | hafte bhar mein
@period thisweek
is hafte | iss hafte | is week | hafte ke end | weekend tak
@period month
agle mahine | agla mahina | next month tak | agle month | agle mahine mein | agle mahine tak
@after
baad | ke baad | baad mein | ke bad | bad | uske baad | nipat ke
@before
pehle | se pehle | ke pehle | pahle | se pahle
@days
din | dino | din mein | dino mein | din ke andar
@weeks
hafte | hafton | hafta
@numword 1
ek
@numword 2
do
@numword 3
teen
@numword 4
char | chaar
@numword 5
paanch | panch
@numword 6
chhe | che
@numword 7
saat
@numword 8
aath
@numword 10
das
@numword 15
pandrah | pandra
@numword 20
bees
@numword 25
pachees | pachis
@numword 50
pachaas | pachas
@numword 1.5
dedh | dedhh | dhedh
@numword 2.5
dhai | dhaai | adhai | adhaai
@nummod add_half
saadhe | sadhe | sade
@nummod sub_quarter
paune | pone
@nummod add_quarter
sava | savva
@mult 1000
hazaar | hazar | hajar | hajaar | hazaar rupaye
@mult 100000
lakh | lakh rupaye | lac
@mult 10000000
crore | karod | karor | cr
@mult 100
sau
@daypart MORNING
subah | savere | subah mein
@daypart AFTERNOON
dopahar | dopehar | lunch ke baad
@daypart EVENING
shaam | sham | shaam ko | sham ko
@daypart NIGHT
raat | raat ko
@oclock
baje | bje | baje ke baad | baje tak
@injection
instructions ignore karo | pichle instructions | paid mark karo | paid mark kar do | paid mark kardo | invoice ko paid | status paid karo | status paid kar do
