# English as Indian businesses write it on WhatsApp and e-mail. Written for Samvad.
@promise 0.7
will pay | will make the payment | will transfer | will send | will clear | will release | i'll pay | i will pay | we will pay | we'll pay | will do the payment | will do payment | shall pay | shall release | shall clear | will be paid | will be done | will be cleared | will be released | will be transferred | going to pay | gonna pay | will arrange | will process | will settle | can pay | payment will be made | payment will be done | will be credited | i'll transfer | i'll send | will send the payment | will deposit | i'll clear | we'll clear | we'll release | will do it | will do | by tomorrow | by monday | i'll do it | payment on | expect payment | you will get | you'll get | you will receive | will receive it
@promise 0.55
will try | i'll try | we'll try | try to pay | trying to arrange | will see | let's see | we will see | hopefully | should be done | should be possible | may be able | soon | asap | at the earliest | shortly
@hedge
will try | i'll try | we'll try | try to pay | trying to arrange | will see | let's see | we will see | hopefully | should be done | should be possible | may be able | maybe | probably | if possible | try my best | trying my best
@firm
sure | surely | definitely | confirm | confirmed | for sure | 100% | without fail | positively | certainly | promise | guaranteed | committed
@paid 0.75
paid | have paid | has been paid | already paid | i paid | we paid | payment done | payment made | payment is done | payment has been made | payment completed | payment sent | sent the payment | transferred | have transferred | amount transferred | money transferred | deposited | cleared | payment cleared | already cleared | already transferred | done the payment | did the payment | made the payment | remitted | credited | paid already | settled | paid in full | cheque given | cheque handed over | gave the cheque | handed over cheque | cheque deposited | cheque sent | sent the cheque
@paid 0.4
done | sent it | sent
@partial 0.75
part payment | partial payment | half payment | pay half | half now | half amount | some amount | pay some | installment | installments | instalment | instalments | in parts | part by part | emi | pay in two | pay in 2 | pay partly | pay part
@part
half | part | partial | some | remaining | balance | rest | rest of the | remaining amount | balance amount | partly | installment | instalment | advance
@full
full | full payment | full amount | entire | entire amount | complete payment | total amount | whole amount | in full | full and final
@extension 0.75
need more time | need some time | more days | few more days | some more days | more weeks | need time | give me time | give us time | some more time | more time | extension | extend | few more days | few days | couple of days | some days | bit more time | little more time | grace period | give some time | allow some time | wait for | please wait | kindly wait | hold on | bear with | postpone | delay | defer
@dispute wrong_amount 0.8
wrong amount | amount is wrong | amount wrong | incorrect amount | amount is incorrect | wrong rate | rate is wrong | rate difference | overcharged | over charged | excess amount | extra amount | charged extra | charged more | price is wrong | wrong price | quantity is wrong | wrong quantity | not as agreed | discount not given | discount missing | mismatch | does not match | doesn't match | amount mismatch
@dispute goods_or_service 0.8
damaged | defective | broken | faulty | poor quality | bad quality | quality issue | quality problem | not working | stopped working | expired | leaking | wrong item | wrong material | wrong goods | short supply | short quantity | shortage | service was poor | poor service | not satisfied | unsatisfied | returned the goods | return the goods | replacement | replace
@dispute not_received 0.85
not received | never received | didn't receive | did not receive | haven't received | have not received | not delivered | never delivered | no delivery | delivery pending | goods not received | material not received | not yet delivered | still waiting for delivery | yet to receive | yet to be delivered
@dispute duplicate 0.85
duplicate | double billed | billed twice | charged twice | paid twice | twice | same invoice again | double entry | double payment
@dispute tax_error 0.85
gst wrong | wrong gst | gst is wrong | gst rate | gst number wrong | wrong gstin | gstin wrong | gst not | tax wrong | wrong tax | tax is wrong | igst | cgst | sgst | tds | input credit | gst mismatch | gst amount
@dispute 0.65
dispute | disputed | disagree | not agreed | don't agree | do not agree | not correct | incorrect | wrong | complaint | issue with | problem with | objection | not acceptable | cannot accept | why should i pay | not liable | not our liability
@invoice 0.8
send invoice | send the invoice | invoice copy | copy of invoice | copy of the invoice | send bill | send the bill | bill copy | send me the invoice | share invoice | share the invoice | resend invoice | resend the invoice | statement | account statement | ledger | send ledger | soa | pdf | invoice not received | didn't get the invoice | did not get invoice | share the bill | invoice again | proforma | e invoice | send details | send the details | invoice details | invoice number | which invoice
@callback 0.8
call me | please call | pls call | call back | callback | call later | give me a call | give a call | call tomorrow | call in the evening | call after | call at | call on | can you call | could you call | talk on phone | speak to me | discuss on call | ring me | phone me | contact me | reach me | call my number | let's talk | lets talk | talk to me
@hardship 0.75
financial problem | financial crisis | financial difficulty | cash crunch | cash flow problem | cash flow issue | cash flow | tight | funds are tight | no funds | no money | low on funds | shortage of funds | business is down | business is slow | business slow | market is down | market is slow | slow market | loss | heavy loss | in loss | losses | hospital | hospitalised | hospitalized | admitted | surgery | illness | sick | ill | passed away | death in the family | demise | accident | flood | lockdown | not paid by my customer | my payments are stuck | payment stuck | stuck payments | our customer has not paid | waiting for my payment | salary not received | job loss | lost my job | shop closed | factory closed | medical emergency | emergency
@wrong_contact 0.85
wrong number | wrong person | not me | i am not | who is this | who are you | don't know you | do not know you | not my invoice | not my company | no longer with | left the company | not working there | don't work there | i don't work | wrong contact | not the right person | not related | never ordered | never bought | not our company | you have the wrong
@opt_out 0.9
stop | unsubscribe | stop messaging | stop sending | don't message | do not message | don't send | do not send | stop these messages | no more messages | stop calling | don't call | do not call | remove my number | delete my number | block | opt out | optout | leave me alone | stop spamming | spam | stop texting
@ack 0.6
ok | okay | okk | noted | received | got it | sure | fine | alright | all right | thanks | thank you | thanks for reminding | thank you for the reminder | will check | checking | acknowledged | understood | yes | yep | k | hmm | cool | seen
@question 0.4
how much | what is | what's | which | why | when | where | how | is it | can you | could you | do you | what amount | total due | outstanding | due date | bank details | account details | account number | ifsc | upi id | qr code | how to pay | where to pay | pending amount | what is pending | balance due | details please | kindly clarify | clarify
@abusive 0.9
idiot | stupid | fool | nonsense | bloody | bastard | shut up | cheat | cheater | cheaters | fraud | frauds | scam | scammer | liar | rubbish | useless | shameless | go to hell | get lost | damn | harass | harassment | harassing | i will complain to police | police complaint | see you in court | legal action against you
@emotion frustration 0.6
again and again | every day | daily | how many times | so many times | fed up | irritating | irritated | annoying | annoyed | disturbing | harass | frustrated | tired of | enough | pestering | keep calling | keep messaging
@emotion urgency 0.6
urgent | urgently | asap | immediately | right now | today itself | at once | quick | quickly | emergency | priority
@emotion confusion 0.6
confused | confusing | don't understand | do not understand | not clear | unclear | what is this | which invoice | which bill | no idea | not sure what | what are you talking | what payment | which payment
@emotion trust 0.4
trust | trust me | rest assured | don't worry | do not worry | relationship | long relationship | regular customer | always paid | never defaulted | you know me
@emotion satisfaction 0.5
thanks | thank you | great | good service | happy | appreciate | appreciated | grateful
@valence 0.5
thanks | thank you | good | great | happy | glad | appreciate | appreciated | grateful | nice | excellent | wonderful | helpful | kind | pleasure | welcome | best | perfect | satisfied | fine | 
@valence -0.6
bad | worst | poor | angry | upset | disappointed | disappointing | unhappy | pathetic | terrible | horrible | rude | irritating | annoying | frustrated | fed up | harass | harassment | problem | issue | wrong | damaged | defective | loss | sad | worried | tension | stress | unfortunately
@intens
very | so | too | extremely | really | highly | totally | completely | absolutely | much | most | super
@dimin
slightly | little | bit | a bit | somewhat | kind of | sort of | barely | hardly | only
@neg
not | no | never | don't | dont | didn't | doesn't | haven't | hasn't | won't | can't | cannot | couldn't | wouldn't | isn't | wasn't | aren't | weren't | nothing | neither | nor | unable | without
@contrast
but | however | though | although | yet | still | whereas | except
@polite
please | pls | kindly | sir | madam | ma'am | dear | regards | thanks | thank you | respected | sorry
@payword
payment | pay | amount | dues | due | balance | outstanding | money | funds | invoice | bill | transfer | remit | clear | cheque | release | settle | settlement
@day 0
today | today itself | tonight | this evening | by evening | eod | end of day | by eod
@day 1
tomorrow | tomorrow morning | tomorrow evening | by tomorrow | tomorrow itself
@day 2
day after tomorrow | day after
@weekday 1
monday | mon
@weekday 2
tuesday | tue | tues
@weekday 3
wednesday | wed
@weekday 4
thursday | thu | thurs
@weekday 5
friday | fri
@weekday 6
saturday | sat
@weekday 7
sunday | sun
@next
next | coming | this | upcoming
@dom
th | date | of this month | of the month | st | nd | rd
@month 1
january | jan
@month 2
february | feb
@month 3
march | mar
@month 4
april | apr
@month 5
may
@month 6
june | jun
@month 7
july | jul
@month 8
august | aug
@month 9
september | sep | sept
@month 10
october | oct
@month 11
november | nov
@month 12
december | dec
@monthend
month end | end of month | end of the month | month-end | monthend | end of this month | last week of the month | by month end | month closing
@period week
next week | coming week | following week | early next week
@period thisweek
this week | within this week | by this week | by weekend | this weekend
@period month
next month | coming month | following month | early next month
@after
after | post | once
@before
before | prior to | ahead of
@days
days | day | working days | business days
@weeks
weeks | week
@numword 1
one | a
@numword 2
two | couple of
@numword 3
three
@numword 4
four
@numword 5
five
@numword 7
seven
@numword 10
ten
@numword 15
fifteen
@numword 20
twenty
@numword 25
twenty five
@numword 50
fifty
@daypart MORNING
morning | in the morning
@daypart AFTERNOON
afternoon | noon | lunch | after lunch
@daypart EVENING
evening | in the evening
@daypart NIGHT
night | tonight
@oclock
o'clock | oclock | hrs | hours
