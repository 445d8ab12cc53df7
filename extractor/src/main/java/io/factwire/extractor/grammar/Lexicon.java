package io.factwire.extractor.grammar;

import io.factwire.extractor.Outcome;
import io.factwire.extractor.VictimGroup;
import io.factwire.extractor.grammar.Word.Form;
import io.factwire.extractor.grammar.Word.NumberKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's English word knowledge, in one table: outcome verbs and nouns by form, person nouns by victim
 * group, number words, and the function words the grammar steps over or stops at. Built once; read-only after
 * class initialization, so it is safe to share between threads.
 */
final class Lexicon {
    private static final Map<String, Word> WORDS = new HashMap<>(2048);

    private Lexicon() {
    }

    /** An "-ly" word the table does not know: most are adverbs ("briefly detained", "was fatally"). */
    private static final Word GUESSED_ADVERB = new Word();
    private static final Set<String> NOT_ADVERBS = Set.of("family", "assembly", "supply",
            "rally", "ally", "reply", "anomaly", "monopoly", "belly", "bully", "jelly", "lily", "folly", "holly",
            "tally", "gully", "italy", "july", "emily", "kelly", "sally", "beverly", "shelly", "molly", "polly");

    /** WordNet files these under injury in their first sense; news uses them of minds, not bodies. */
    private static final Set<String> FROM_WORDNET_SKIPPED = Set.of("traumatized", "traumatised", "traumatize",
            "traumatise", "traumatizes", "traumatises", "traumatizing", "traumatising", "handicapped");

    /** Flags that say nothing of a word's own class: a table entry with only these may still take WordNet's. */
    private static final int CONTEXT_FLAGS = Word.PHRASE_START | Word.VIOLENCE | Word.WOUNDS | Word.NATURAL
            | Word.SPORT | Word.KILLING_SENSE;

    static Word lookup(String lowercase) {
        Word known = WORDS.get(lowercase);
        if (known != null) {
            return known;
        }
        return lowercase.length() > 4 && lowercase.endsWith("ly") && !NOT_ADVERBS.contains(lowercase)
                ? GUESSED_ADVERB : Word.NONE;
    }

    static {
        GUESSED_ADVERB.flags = Word.ADVERB;
        outcomes(Outcome.KILLED, Form.PAST, "killed murdered slain slew beheaded massacred assassinated "
                + "decapitated lynched drowned electrocuted incinerated");
        // "executed" only with a count after it: "executed two of them", not a court's "be executed"
        outcomes(Outcome.KILLED, Form.ACTIVE, "executed kill kills killing murder murders murdering slay slays slaying "
                + "behead beheads beheading massacre massacring assassinate assassinating");
        outcomes(Outcome.KILLED, Form.INTRANSITIVE, "died die dies dead perished perish perishes");
        outcomes(Outcome.KILLED, Form.NOUN, "death deaths fatalities killings dead bodies lives murders toll homicide "
                + "homicides slayings");
        outcomes(Outcome.INJURED, Form.PAST, "injured wounded hurt maimed hospitalized hospitalised treated");
        outcomes(Outcome.INJURED, Form.ACTIVE, "injure injures injuring wound wounds wounding hurts hurting maim "
                + "maiming");
        outcomes(Outcome.MISSING, Form.INTRANSITIVE, "missing unaccounted");
        // not "jailed": that is a sentence, after the arrest (CLAIMS.md: "Not: charged alone")
        outcomes(Outcome.ARRESTED, Form.PAST, "arrested detained apprehended captured nabbed recaptured seized");
        outcomes(Outcome.ARRESTED, Form.ACTIVE, "arrest arresting detain detains detaining apprehend "
                + "apprehends apprehending capture captures capturing nab nabs nabbing recapture recaptures "
                + "recapturing seize seizes seizing");
        outcomes(Outcome.ARRESTED, Form.INTRANSITIVE, "surrendered surrenders");
        outcomes(Outcome.ARRESTED, Form.NOUN, "arrests detentions detention");
        outcomes(Outcome.KIDNAPPED, Form.PAST, "kidnapped kidnaped abducted");
        outcomes(Outcome.KIDNAPPED, Form.ACTIVE, "kidnap kidnaps kidnapping abduct abducts abducting");

        persons(VictimGroup.SECURITY_FORCES, "police policeman policemen policewoman policewomen officer officers "
                + "cop cops trooper troopers soldier soldiers troops serviceman servicemen servicemembers "
                + "guardsman guardsmen gendarme gendarmes peacekeeper peacekeepers marine marines paratrooper "
                + "paratroopers commando commandos conscripts deputy deputies sheriff constable constables "
                + "sergeant sergeants lieutenant lieutenants captain commander commanders guard guards "
                + "agent agents ranger rangers airmen sailors");
        persons(VictimGroup.PROTESTERS, "protester protesters protestor protestors demonstrator demonstrators "
                + "rioter rioters marcher marchers activist activists");
        persons(VictimGroup.MILITANTS, "militant militants gunman gunmen attacker attackers assailant assailants "
                + "insurgent insurgents terrorist terrorists rebel rebels fighter fighters jihadist jihadists "
                + "bomber bombers shooter shooters hijacker hijackers kidnapper kidnappers extremist extremists "
                + "separatist separatists bandit bandits suspect suspects guerrilla guerrillas guerillas pirate "
                + "pirates robber robbers perpetrator perpetrators assassin assassins raider raiders");
        persons(VictimGroup.CIVILIANS, "people persons person civilian civilians resident residents villager "
                + "villagers child children kid kids boy boys girl girls baby babies infant infants toddler "
                + "toddlers teenager teenagers teen teens youth youths man men woman women adult adults student "
                + "students pupil pupils schoolchildren schoolgirls schoolboys teacher teachers worker workers "
                + "employee employees staff staffer staffers colleague colleagues partner partners manager "
                + "managers boss bosses receptionist receptionists executive executives ceo owner owners "
                + "customer customers client clients passenger passengers driver drivers motorist motorists "
                + "pedestrian pedestrians cyclist cyclists bystander bystanders shopper shoppers tourist tourists "
                + "visitor visitors pilgrim pilgrims worshipper worshippers worshiper worshipers patient patients "
                + "doctor doctors nurse nurses journalist journalists reporter reporters photographer "
                + "photographers farmer farmers miner miners fisherman fishermen crew crewmen crewmembers "
                + "relative relatives wife wives husband husbands son sons daughter daughters mother mothers "
                + "father fathers grandmother grandmothers grandfather grandfathers grandchildren brother "
                + "brothers sister sisters friend friends neighbor neighbors neighbour neighbours spectator "
                + "spectators fan fans guest guests partygoers diner diners migrant migrants refugee refugees "
                + "immigrant immigrants foreigner foreigners citizen citizens inhabitant inhabitants survivor "
                + "survivors volunteer volunteers rescuer rescuers firefighter firefighters firemen paramedic "
                + "paramedics individual individuals hostage hostages technician technicians engineer engineers "
                + "labourer labourers laborer laborers mourners churchgoers occupants locals commuters travelers "
                + "travellers holidaymakers hikers climbers lady ladies grandmother-of girlfriend boyfriend "
                + "granddaughter grandson niece nephew cousin cousins pensioner pensioners elderly monk monks "
                + "priest priests nun nuns bankers clerk clerks cashier cashiers player players athlete athletes "
                + "coach coaches pilot pilots");
        persons(VictimGroup.UNSPECIFIED, "victim victims others member members official officials prisoner "
                + "prisoners inmate inmates detainee detainees personnel casualties chief chiefs");
        persons(VictimGroup.SECURITY_FORCES, "enforcement forces");
        plural("police policemen policewomen officers cops troopers soldiers troops servicemen servicemembers "
                + "guardsmen gendarmes peacekeepers marines paratroopers commandos conscripts deputies constables "
                + "sergeants lieutenants commanders guards agents rangers airmen sailors protesters protestors "
                + "demonstrators rioters marchers activists militants gunmen attackers assailants insurgents "
                + "terrorists rebels fighters jihadists bombers shooters hijackers kidnappers extremists "
                + "separatists bandits suspects guerrillas guerillas pirates robbers perpetrators assassins raiders "
                + "people persons civilians residents villagers children kids boys girls babies infants toddlers "
                + "teenagers teens youths men women adults students pupils schoolchildren schoolgirls schoolboys "
                + "teachers workers employees staff staffers colleagues partners managers bosses receptionists "
                + "executives owners customers clients passengers drivers motorists pedestrians cyclists "
                + "bystanders shoppers tourists visitors pilgrims worshippers worshipers patients doctors nurses "
                + "journalists reporters photographers farmers miners fishermen crew crewmen crewmembers "
                + "relatives wives husbands sons daughters mothers fathers grandmothers grandfathers "
                + "grandchildren brothers sisters friends neighbors neighbours spectators fans guests partygoers "
                + "diners migrants refugees immigrants foreigners citizens inhabitants survivors volunteers "
                + "rescuers firefighters firemen paramedics individuals hostages technicians engineers labourers "
                + "laborers mourners churchgoers occupants locals commuters travelers travellers holidaymakers "
                + "hikers climbers ladies cousins pensioners elderly monks priests nuns bankers clerks cashiers "
                + "players athletes coaches pilots "
                + "victims others members officials prisoners inmates detainees personnel casualties chiefs "
                + "enforcement forces");
        flag(Word.SECURITY, "police military army security law enforcement naval navy paramilitary riot border "
                + "militia");

        numbers(NumberKind.UNIT, "zero one two three four five six seven eight nine", 0);
        numbers(NumberKind.TEEN, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10);
        number(NumberKind.TEN, "twenty", 20);
        number(NumberKind.TEN, "thirty", 30);
        number(NumberKind.TEN, "forty", 40);
        number(NumberKind.TEN, "fifty", 50);
        number(NumberKind.TEN, "sixty", 60);
        number(NumberKind.TEN, "seventy", 70);
        number(NumberKind.TEN, "eighty", 80);
        number(NumberKind.TEN, "ninety", 90);
        number(NumberKind.SCALE, "hundred", 100);
        number(NumberKind.SCALE, "thousand", 1_000);
        number(NumberKind.SCALE, "million", 1_000_000);
        number(NumberKind.SCALE, "billion", 1_000_000_000);
        number(NumberKind.DOZEN, "dozen", 12);
        number(NumberKind.VAGUE, "dozens", 24);
        number(NumberKind.VAGUE, "tens", 20);
        number(NumberKind.VAGUE, "scores", 40);
        number(NumberKind.VAGUE, "hundreds", 200);
        number(NumberKind.VAGUE, "thousands", 2_000);
        number(NumberKind.VAGUE, "millions", 2_000_000);

        flag(Word.AUX, "is are was were be been being am has have had having get gets got gotten getting do did "
                + "does isn't aren't wasn't weren't hasn't haven't hadn't didn't");
        // "nearly killed", "narrowly escaped": the outcome did not happen (before a figure "nearly" is a hedge)
        flag(Word.NEGATION, "not never no isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't don't "
                + "couldn't wouldn't none nobody neither nor nearly almost narrowly");
        flag(Word.MODAL, "could would might may can will shall should must 'll cannot couldn't wouldn't won't "
                + "feared fear fears threatened threatening threaten threatens plotted plotting plot "
                + "tried try trying attempted attempt attempting planned planning plan plans intended "
                + "if unless whether potentially possibly expected");
        flag(Word.ADVERB, "reportedly allegedly also later seriously critically slightly badly severely gravely "
                + "lightly mortally all only just already eventually finally immediately then still now "
                + "subsequently apparently initially officially previously earlier first recently tragically "
                + "reported confirmed believed found listed said left feared presumed known thought understood "
                + "since instantly together respectively each either further additionally again "
                + "seriously moderately superficially ordered taken brought placed being pronounced declared "
                + "remain remains remained currently yesterday today tonight overnight remanded kept");
        flag(Word.PREP, "in at on of from by near with during after before across inside outside into over "
                + "under between among amid around throughout within without against for to toward towards "
                + "upon via through behind beside off");
        flag(Word.CONJ, "and or but nor");
        flag(Word.DET, "the a an this that these those his her their its our my your some any every each another "
                + "several many few numerous most various multiple countless other");
        flag(Word.PRONOUN, "he she him her himself herself");
        flag(Word.SAYS, "said says say told tells reported reports report added adds stated states announced allege "
                + "alleges "
                + "announces confirmed confirms quoted quoting cited citing estimated estimates informed "
                + "wrote tweeted noted explained indicated revealed disclosed according");
        flag(Word.CALENDAR, "january february march april may june july august september october november "
                + "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday tuesday "
                + "wednesday thursday friday saturday sunday");
        flag(Word.UNIT, "year years year-old month months week weeks day days hour hours minute minutes second "
                + "seconds km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet "
                + "foot magnitude percent per cent houses homes buildings villages vehicles cars times p.m. "
                + "a.m. pm am o'clock degrees acres tons tonnes dollars euros pounds yuan rupees counts count "
                + "cases districts provinces countries cities towns schools mosques churches aftershocks shells "
                + "rounds points floors storeys stories inches cm mm mph kph cattle cows sheep goats animals dogs "
                + "birds horses livestock pigs chickens teams companies banks firms brands nations states parties "
                + "clubs shares stocks jobs flights votes seats games matches goals projects businesses stores shops "
                + "products deals plans hopes bills laws accounts websites sites computers trees crops");
        flag(Word.TITLE, "capt. captain lt. lieutenant sgt. sergeant officer trooper constable const. cst. det. "
                + "detective deputy sheriff chief insp. inspector supt. superintendent agent col. colonel gen. "
                + "general maj. major cpl. corporal pvt. private mr. mrs. ms. dr. snr. comr. gov. governor "
                + "president minister spokesman spokeswoman spokesperson");
        flag(Word.HARM, "hit struck shot stabbed beaten attacked crushed hacked burned burnt trapped buried run "
                + "injured wounded hurt killed");
        // capture and seizure take places and things as often as people: they count only the people they name
        flag(Word.ALSO_THINGS, "capture captures capturing captured recapture recaptures recapturing recaptured "
                + "seize seizes seizing seized");
        flag(Word.PHRASE_START, Triggers.PHRASE_STARTERS);
        flag(Word.VIOLENCE, ArticleContext.VIOLENCE);
        flag(Word.NATURAL, ArticleContext.NATURAL);
        flag(Word.SPORT, ArticleContext.SPORT);
        flag(Word.WOUNDS, ArticleContext.WOUNDS);
        flag(Word.CLAUSE, "when after as while because since although though where whereas before until that "
                + "which who whom whose");
        Set<String> handTable = Set.copyOf(WORDS.keySet());
        WordNetWords.derive((form, derived) -> derived(handTable, form, derived));
    }

    /** A WordNet word the table above does not know: a person noun, or an outcome verb that counts only people. */
    private static void derived(Set<String> handTable, String form, WordNetWords.Derived d) {
        if (d.killingSense()) {
            entry(form).flags |= Word.KILLING_SENSE;
            return;
        }
        if (d.thing()) {
            if (!handTable.contains(form)) {
                entry(form).flags |= Word.THING;
            }
            return;
        }
        Word known = WORDS.get(form);
        boolean onlyContextFlags = known != null && (known.flags & ~CONTEXT_FLAGS) == 0;
        if (handTable.contains(form) && !onlyContextFlags || known != null && (known.isPerson() || known.isOutcome())
                || FROM_WORDNET_SKIPPED.contains(form)) {
            return; // the table's word classes come first ("shot" is deliberately no outcome: HARM)
        }
        Word w = entry(form);
        w.flags |= Word.FROM_WORDNET;
        if (d.outcome() != null) {
            w.outcome = d.outcome();
            w.form = d.form();
            w.flags |= Word.ALSO_THINGS;
        } else {
            w.group = d.group();
            w.plural = d.plural();
        }
    }

    private static Word entry(String word) {
        return WORDS.computeIfAbsent(word, w -> new Word());
    }

    private static void outcomes(Outcome outcome, Form form, String words) {
        for (String w : words.split(" ")) {
            Word entry = entry(w);
            if (entry.outcome == null) {
                entry.outcome = outcome;
                entry.form = form;
            }
        }
    }

    private static void persons(VictimGroup group, String words) {
        for (String w : words.split(" ")) {
            entry(w).group = group;
        }
    }

    private static void plural(String words) {
        for (String w : words.split(" ")) {
            entry(w).plural = true;
        }
    }

    private static void flag(int flag, String words) {
        for (String w : words.split(" ")) {
            entry(w).flags |= flag;
        }
    }

    private static void flag(int flag, Collection<String> words) {
        for (String w : words) {
            entry(w).flags |= flag;
        }
    }

    private static void numbers(NumberKind kind, String words, long first) {
        long value = first;
        for (String w : words.split(" ")) {
            number(kind, w, value++);
        }
    }

    private static void number(NumberKind kind, String word, long value) {
        Word entry = entry(word);
        entry.value = value;
        entry.numberKind = kind;
    }
}
