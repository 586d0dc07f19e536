/// The built-in general stance cue lexicon: an exact copy of `Config/stance/cues.tsv` (a test checks that they are
/// equal), compiled in so that configs work from any folder. Edit the TSV, then copy it here verbatim.
enum CueLexiconBuiltin {
    /// The text of `Config/stance/cues.tsv`.
    static let tsv = #"""
# General English stance cues for stance.cues.v1 (compiled into the stage as CueLexiconBuiltin.swift).
# phrase<TAB>polarity (+1 favour / -1 against)<TAB>weight (0, 3]<TAB>kind
# A word ending in * matches every token starting with the part before it (at least 3 characters).
# Cues count only where the sentence, quote or clause mentions the target (see the stage's details).
welcome*	+1	1	verb
hail*	+1	1	verb
prais*	+1	1	verb
applaud*	+1	1	verb
laud*	+1	1	verb
commend*	+1	1	verb
endors*	+1	1	verb
support*	+1	1	verb
backed	+1	0.8	verb
backs	+1	0.8	verb
backing	+1	0.8	verb
champion*	+1	0.8	verb
celebrat*	+1	0.8	verb
embrac*	+1	0.8	verb
approv*	+1	0.8	verb
favour*	+1	0.8	verb
favor*	+1	0.8	verb
follow suit	+1	0.8	phrase
follow its example	+1	0.8	phrase
follow the example	+1	0.8	phrase
serve as an example	+1	0.8	phrase
set an example	+1	0.8	phrase
courageous	+1	1	adj
brave	+1	1	adj
bold	+1	0.6	adj
wise	+1	0.8	adj
historic	+1	0.6	adj
landmark	+1	0.6	adj
milestone	+1	0.6	noun
breakthrough	+1	0.8	noun
positive	+1	0.8	adj
constructive	+1	0.8	adj
productive	+1	0.8	adj
pragmatic	+1	0.6	adj
sensible	+1	0.8	adj
important step	+1	0.8	phrase
step forward	+1	1	phrase
right decision	+1	1	phrase
right direction	+1	0.8	phrase
right thing	+1	0.8	phrase
good news	+1	0.8	phrase
benefit*	+1	0.8	verb
beneficial	+1	0.8	adj
boost*	+1	0.6	verb
strengthen*	+1	0.6	verb
foster*	+1	0.6	verb
give impetus	+1	1	phrase
impetus	+1	0.8	noun
pave the way	+1	0.6	phrase
opportunit*	+1	0.6	noun
promising	+1	0.8	adj
encourag*	+1	0.6	verb
grateful	+1	0.8	adj
gratitude	+1	0.8	noun
thank*	+1	0.6	verb
value	+1	0.6	verb
appreciat*	+1	0.8	verb
deserv*	+1	0.6	verb
justified	+1	0.8	adj
legitimate	+1	0.6	adj
necessary	+1	0.6	adj
overdue	+1	0.8	adj
long overdue	+1	1	phrase
success*	+1	0.8	noun
achievement	+1	0.8	noun
victory	+1	0.8	noun
stability	+1	0.4	noun
cooperation	+1	0.4	noun
progress	+1	0.6	noun
condemn*	-1	1	verb
criticis*	-1	1	verb
criticiz*	-1	1	verb
denounc*	-1	1	verb
slam*	-1	1	verb
blast*	-1	0.8	verb
reject*	-1	1	verb
oppos*	-1	1	verb
deplor*	-1	1	verb
protest*	-1	0.8	verb
lament*	-1	0.8	verb
regret*	-1	0.8	verb
warn*	-1	0.6	verb
caution*	-1	0.5	verb
fear*	-1	0.6	verb
concern*	-1	0.6	noun
worr*	-1	0.6	verb
alarm*	-1	0.8	noun
dismay*	-1	0.8	noun
outrag*	-1	1	noun
disappoint*	-1	0.8	noun
betray*	-1	1	verb
undermin*	-1	1	verb
legitimis*	-1	0.8	verb
legitimiz*	-1	0.8	verb
reward*	-1	0.6	verb
embolden*	-1	1	verb
normalis*	-1	0.6	verb
normaliz*	-1	0.6	verb
whitewash*	-1	1	verb
risk*	-1	0.6	noun
risky	-1	0.8	adj
danger*	-1	0.8	adj
threat*	-1	0.8	noun
mistake	-1	1	noun
misguided	-1	1	adj
reckless	-1	1	adj
irresponsible	-1	1	adj
shameful	-1	1	adj
disgrace*	-1	1	noun
unacceptable	-1	1	adj
wrong	-1	0.8	adj
premature	-1	0.8	adj
cynical	-1	0.8	adj
gamble	-1	0.6	noun
damag*	-1	0.8	verb
setback	-1	0.8	noun
blow	-1	0.6	noun
violat*	-1	0.8	verb
abuse*	-1	0.6	noun
repress*	-1	0.6	noun
restrictive	-1	0.6	adj
human rights	-1	0.3	phrase
women's rights	-1	0.5	phrase
women’s rights	-1	0.5	phrase
rights of women	-1	0.5	phrase
at the expense of	-1	0.8	phrase
turn a blind eye	-1	1	phrase
blind eye	-1	0.8	phrase
illegitimate	-1	1	adj
unlawful	-1	1	adj
illegal	-1	1	adj
controversial	-1	0.6	adj
questionable	-1	0.8	adj
skeptic*	-1	0.6	adj
sceptic*	-1	0.6	adj
doubt*	-1	0.6	noun
reverse	-1	0.8	verb
reconsider	-1	0.8	verb
backlash	-1	0.8	noun
objected	-1	0.8	verb
object to	-1	0.8	phrase
decried	-1	1	verb
decry	-1	1	verb
decries	-1	1	verb
harm	-1	0.8	verb
harms	-1	0.8	verb
harmed	-1	0.8	verb
harmful	-1	1	adj
ally	+1	0.6	noun
allies	+1	0.6	noun
partnership	+1	0.4	noun
unfair	-1	1	adj
hurt	-1	0.8	verb
hurts	-1	0.8	verb
hurting	-1	0.8	verb
stronger	+1	0.5	adj
better	+1	0.4	adj
fair	+1	0.5	adj
sceptical of	-1	0.8	phrase
skeptical of	-1	0.8	phrase
waste	-1	0.8	noun
costly	-1	0.6	adj
destroy*	-1	0.8	verb
great	+1	0.6	adj
excellent	+1	0.8	adj
wonderful	+1	0.8	adj
terrific	+1	0.8	adj
fantastic	+1	0.8	adj
good idea	+1	0.8	phrase
good	+1	0.4	adj
smart	+1	0.6	adj
visionary	+1	0.8	adj
bad	-1	0.5	adj
bad idea	-1	0.8	phrase
terrible	-1	0.8	adj
awful	-1	0.8	adj
disastrous	-1	1	adj
disaster	-1	0.8	noun
foolish	-1	0.8	adj
absurd	-1	0.8	adj
ridiculous	-1	0.8	adj
outrageous	-1	1	adj
scandal*	-1	0.8	noun
failure	-1	0.8	noun
flawed	-1	0.8	adj
short-sighted	-1	0.8	adj
unjust	-1	1	adj
furious	-1	1	adj
angry	-1	1	adj
delighted	+1	1	adj
pleased	+1	0.8	adj
happy	+1	0.6	adj
unhappy	-1	0.8	adj
upset	-1	0.8	adj
supportive	+1	1	adj
critical of	-1	1	phrase
enthusiastic	+1	1	adj
wary	-1	0.6	adj
poorly	-1	0.8	adv
badly	-1	0.6	adv
robbery	-1	0.8	noun
punish*	-1	0.8	verb
scrap	-1	0.8	verb
scrapped	-1	0.8	verb
should be scrapped	-1	1	phrase
"""#
}
