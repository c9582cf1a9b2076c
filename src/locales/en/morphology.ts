import type { MorphologyLocale, VerbForms } from "../types.js";

/**
 * English verb forms the attribution stage reads: "lemma present-3sg past participle -ing", one verb a
 * line. English has no subjunctive that marks reported speech.
 */
const TABLE = `
say says said said saying
tell tells told told telling
add adds added added adding
warn warns warned warned warning
claim claims claimed claimed claiming
state states stated stated stating
announce announces announced announced announcing
explain explains explained explained explaining
note notes noted noted noting
argue argues argued argued arguing
insist insists insisted insisted insisting
confirm confirms confirmed confirmed confirming
deny denies denied denied denying
acknowledge acknowledges acknowledged acknowledged acknowledging
admit admits admitted admitted admitting
report reports reported reported reporting
write writes wrote written writing
tweet tweets tweeted tweeted tweeting
post posts posted posted posting
suggest suggests suggested suggested suggesting
believe believes believed believed believing
think thinks thought thought thinking
fear fears feared feared fearing
hope hopes hoped hoped hoping
expect expects expected expected expecting
estimate estimates estimated estimated estimating
predict predicts predicted predicted predicting
accuse accuses accused accused accusing
allege alleges alleged alleged alleging
assert asserts asserted asserted asserting
contend contends contended contended contending
maintain maintains maintained maintained maintaining
stress stresses stressed stressed stressing
emphasize emphasizes emphasized emphasized emphasizing
emphasise emphasises emphasised emphasised emphasising
point points pointed pointed pointing
reveal reveals revealed revealed revealing
disclose discloses disclosed disclosed disclosing
declare declares declared declared declaring
describe describes described described describing
call calls called called calling
urge urges urged urged urging
demand demands demanded demanded demanding
ask asks asked asked asking
reply replies replied replied replying
respond responds responded responded responding
answer answers answered answered answering
recall recalls recalled recalled recalling
complain complains complained complained complaining
concede concedes conceded conceded conceding
promise promises promised promised promising
vow vows vowed vowed vowing
pledge pledges pledged pledged pledging
threaten threatens threatened threatened threatening
reiterate reiterates reiterated reiterated reiterating
testify testifies testified testified testifying
indicate indicates indicated indicated indicating
show shows showed shown showing
find finds found found finding
conclude concludes concluded concluded concluding
observe observes observed observed observing
remark remarks remarked remarked remarking
comment comments commented commented commenting
counter counters countered countered countering
object objects objected objected objecting
caution cautions cautioned cautioned cautioning
signal signals signaled signaled signaling
speculate speculates speculated speculated speculating
suspect suspects suspected suspected suspecting
doubt doubts doubted doubted doubting
assure assures assured assured assuring
criticize criticizes criticized criticized criticizing
criticise criticises criticised criticised criticising
praise praises praised praised praising
welcome welcomes welcomed welcomed welcoming
condemn condemns condemned condemned condemning
reject rejects rejected rejected rejecting
dismiss dismisses dismissed dismissed dismissing
refuse refuses refused refused refusing
decline declines declined declined declining
agree agrees agreed agreed agreeing
recommend recommends recommended recommended recommending
propose proposes proposed proposed proposing
order orders ordered ordered ordering
rule rules ruled ruled ruling
know knows knew known knowing
read reads read read reading
quote quotes quoted quoted quoting
cite cites cited cited citing
quip quips quipped quipped quipping
joke jokes joked joked joking
tease teases teased teased teasing
scoff scoffs scoffed scoffed scoffing
boast boasts boasted boasted boasting
brag brags bragged bragged bragging
apologize apologizes apologized apologized apologizing
apologise apologises apologised apologised apologising
compare compares compared compared comparing
blame blames blamed blamed blaming
defend defends defended defended defending
slam slams slammed slammed slamming
blast blasts blasted blasted blasting
mock mocks mocked mocked mocking
denounce denounces denounced denounced denouncing
decry decries decried decried decrying
lament laments lamented lamented lamenting
question questions questioned questioned questioning
echo echoes echoed echoed echoing
repeat repeats repeated repeated repeating
shout shouts shouted shouted shouting
chant chants chanted chanted chanting
recount recounts recounted recounted recounting
mention mentions mentioned mentioned mentioning
express expresses expressed expressed expressing
endorse endorses endorsed endorsed endorsing
discuss discusses discussed discussed discussing
congratulate congratulates congratulated congratulated congratulating
tout touts touted touted touting
outline outlines outlined outlined outlining
remind reminds reminded reminded reminding
inform informs informed informed informing
advise advises advised advised advising
proclaim proclaims proclaimed proclaimed proclaiming
retort retorts retorted retorted retorting
muse muses mused mused musing
swear swears swore sworn swearing
rebut rebuts rebutted rebutted rebutting
refute refutes refuted refuted refuting
retweet retweets retweeted retweeted retweeting
worry worries worried worried worrying
wonder wonders wondered wondered wondering
feel feels felt felt feeling
realize realizes realized realized realizing
talk talks talked talked talking
speak speaks spoke spoken speaking
refer refers referred referred referring
highlight highlights highlighted highlighted highlighting
detail details detailed detailed detailing
dispute disputes disputed disputed disputing
charge charges charged charged charging
want wants wanted wanted wanting
plan plans planned planned planning
seek seeks sought sought seeking
intend intends intended intended intending
oppose opposes opposed opposed opposing
prefer prefers preferred preferred preferring
push pushes pushed pushed pushing
view views viewed viewed viewing
see sees saw seen seeing
regard regards regarded regarded regarding
learn learns learned learned learning
recognize recognizes recognized recognized recognizing
recognise recognises recognised recognised recognising
imply implies implied implied implying
insinuate insinuates insinuated insinuated insinuating
hint hints hinted hinted hinting
yell yells yelled yelled yelling
scream screams screamed screamed screaming
whisper whispers whispered whispered whispering
assail assails assailed assailed assailing
lambaste lambastes lambasted lambasted lambasting
chide chides chided chided chiding
rebuke rebukes rebuked rebuked rebuking
scold scolds scolded scolded scolding
berate berates berated berated berating
castigate castigates castigated castigated castigating
ridicule ridicules ridiculed ridiculed ridiculing
deride derides derided derided deriding
laud lauds lauded lauded lauding
commend commends commended commended commending
reaffirm reaffirms reaffirmed reaffirmed reaffirming
affirm affirms affirmed affirmed affirming
confess confesses confessed confessed confessing
reassure reassures reassured reassured reassuring
portray portrays portrayed portrayed portraying
characterize characterizes characterized characterized characterizing
characterise characterises characterised characterised characterising
be is was been being
have has had had having
do does did done doing
can can could could -
will will would would -
may may might might -
shall shall should should -
must must must must -
`;

const ARE = ["are", "were", "am"];

let cache: Map<string, VerbForms> | null = null;

function parse(): Map<string, VerbForms> {
  const verbs = TABLE.trim()
    .split("\n")
    .map((line): VerbForms => {
      const [lemma, pres, past, participle, ing] = line.trim().split(/\s+/) as [string, string, string, string, string];
      return {
        lemma,
        particle: "",
        indicative: [...new Set([lemma, pres, past, ...(lemma === "be" ? ARE : [])])],
        subjunctive: [],
        conditional: [],
        participles: [participle],
        nonFinite: ing === "-" ? [] : [lemma, ing],
      };
    });
  return new Map(verbs.map((v) => [v.lemma, v]));
}

function load(): Map<string, VerbForms> {
  cache ??= parse();
  return cache;
}

const lowerSet = (pick: (v: VerbForms) => readonly string[]) => new Set([...load().values()].flatMap((v) => pick(v).map((f) => f.toLowerCase())));
const EMPTY: ReadonlySet<string> = new Set();

let finite: ReadonlySet<string> | null = null;
let lemmas: Map<string, string[]> | null = null;

/** Every form of the table with its lemmas ("said" → say, "is" → be). */
function lemmaIndex(): Map<string, string[]> {
  if (lemmas) return lemmas;
  const index = new Map<string, string[]>();
  for (const v of load().values()) {
    for (const f of [...v.indicative, ...v.participles, ...v.nonFinite]) {
      const list = index.get(f) ?? [];
      if (!list.includes(v.lemma)) list.push(v.lemma);
      index.set(f, list);
    }
  }
  lemmas = index;
  return index;
}
const NO_LEMMAS: readonly string[] = [];
let participles: ReadonlySet<string> | null = null;

export const morphology: MorphologyLocale = {
  verb: (lemma) => load().get(lemma),
  finiteForms: () => (finite ??= lowerSet((v) => v.indicative)),
  participles: () => (participles ??= lowerSet((v) => v.participles)),
  subjunctiveForms: () => EMPTY,
  conditionalForms: () => EMPTY,
  markedInfinitives: () => EMPTY,
  presentParticiples: () => EMPTY,
  particles: () => EMPTY,
  lemmasOf: (form) => lemmaIndex().get(form) ?? NO_LEMMAS,
  notSubjunctive: [],
};
