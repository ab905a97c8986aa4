/**
 * What a sentence asks the agent to do, read from its structure rather than from phrases: a sentence is
 * taken apart into its mood (is it an instruction, and is it addressed to the agent?) and its request
 * (what it asks for), each recognised from small word classes:
 *
 * - mood: an imperative opening (after discourse markers and a subordinate clause), a modal or an
 *   obligation word ("must", "always", "never", "make sure"), or a vocative naming the agent ("Agents:",
 *   "note to the model", "for whoever is driving this tool"); in eight other languages the same classes
 *   in a few words each;
 * - request: conceal (a negated verb of telling or showing whose object is the user or the answer),
 *   secret (a verb of taking whose object is a key, a credential file, a shell profile or the user's
 *   private context), exfil (a verb of sending with a concrete destination and a data object), command (a
 *   verb of running with a shell literal, or the agent's own shell), prefer (this tool ranked above
 *   others, others disparaged or banned), depend (another tool called with data flowing into it, or a
 *   dangerous one), tamper (an argument set against what the user chose), steer (role play, fake system
 *   turns, "follow the instructions you find").
 *
 * Everything here is a bounded regular expression over one sentence (at most POISON_LIMITS.maxSentence
 * characters), and most families have a keyword guard; nothing is compiled from the input.
 */

export type IntentKind =
  'cross-tool' | 'conceal' | 'secret' | 'exfil' | 'command' | 'prefer' | 'depend' | 'tamper' | 'steer';

export interface IntentContext {
  /** is `name` a tool of another server? `called`: the text calls it a tool */
  foreign: (name: string, called: boolean) => boolean;
  /** this tool's (normalised, lower-case) name */
  self: string;
  /** hidden or encoded text: the mood need not be shown */
  concealed: boolean;
  /** the field is a value (enum, default, example, const) or a parameter name, read as one clause */
  value: boolean;
}

// ---------------------------------------------------------------- mood

/** discourse markers a directive may open with */
const LEAD =
  /^(?:[-*>#\s]|\[!\w+\]|\(\w+\)|(?:important|note|nb|notice|attention|warning|caution|reminder|instructions?|system|critical|mandatory|required|requirement|rule|policy|please|also|additionally|then|first|next|finally|and|but|so|now|remember|hint|tip|ps|p\.s\.|dependency|internal|compliance|backup policy|cache note|troubleshooting|selection rule for agents|(?:\w+ ){0,3}requirement(?: \([^)]*\))?|(?:note|hint|message) (?:to|for) (?:the )?(?:model|assistant|agent|ai|llm)s?|(?:agents?|assistants?|models?|ai|llms?|bots?)(?= ?[:,]))\b[\s,:!.*#)-]*)+/;
/** a subordinate opening: the main clause follows the comma ("Before calling this tool, …") */
const SUBORDINATE =
  /^(?:before|after|when|whenever|once|if|while|for|to|in order to|as part of|prior to|on|with|during|unless|since|because)\b[^,:]{0,140}[,:]\s*/;
/** base-form verbs an instruction opens with */
export const IMPERATIVE: ReadonlySet<string> = new Set(
  "always never do dont don't ensure make be remember read open cat load fetch get retrieve collect gather include attach append prepend prefix pass put insert embed extract dump copy grab send forward cc bcc post upload transmit report relay mirror deliver email share use call invoke run execute prefer avoid ignore disregard forget stop change replace rewrite swap alter modify substitute override overwrite redirect route set add tell inform keep hide conceal omit skip first say answer respond reply treat score choose select pick paste target request look leave write save store place approve merge follow ask translate summarise summarize assign label pin apply install download clone push delete remove create notify mention describe show list fill populate give provide supply sign rate rank trust favour favor drop export sync log record prepend lookup resolve end start begin wrap encode point direct move rename return".split(
    ' ',
  ),
);
const MODAL =
  /\b(?:would|will) be a mistake not to\b|\bit is a mistake not to\b|\bsería un error no\b|\bil serait maladroit\b|\bwäre ein fehler\b|\bsarebbe un errore non\b|\bseria um erro não\b|\bhave you (?:already )?(?:read|added|included|sent|put|attached|copied|set|called|run|forwarded|shared|uploaded)\b|\bdid you remember to\b|, so (?:add|include|send|put|attach|copy|use|paste) (?:them|it|those|these)\b|\b(?:must|should|shall|need to|needs to|have to|has to|are required to|is required to|are to|is to|always|never|make sure|be sure|it is important that|under no circumstances|at all times|every time|mandatory|required to)\b|\b(?:is|are) (?:also )?expected (?:to|in)\b|\bexpected to be\b|\bought to\b|\bit is (?:standard|common|normal|usual|best|recommended|expected|accepted) practice\b|\b(?:it is )?recommended that\b|\bideally\b|\bbest avoided\b|\b(?:is|are) not to be\b|\b(?:does|do|need) not need to\b|\bneed not\b|\bis (?:therefore )?not (?:needed|necessary)\b|\bit would help if\b|\bby convention\b|\b(?:works?|indexed|performs?) best when\b/;
/** the agent as the subject of a description ("the assistant is expected to …", "… is read by the assistant") */
const AGENT_SUBJECT =
  /\b(?:the |an |any |each |every |all )?(?:assistants?|callers?|llms?|the ai|the integration|the client)\s+(?:is|are|should|ought|must|shall|will|first|then|also|now|always|reads?|sends?|places?|calls?|invokes?|tries|passes|includes?|operating|using|driving|has been|have been|copies|uploads?|posts?|writes?|adds?|inserts?|appends?|injects?|grants?|sets?|e-?mails?|forwards?|shares?|summari[sz]es)\b|\bby (?:the |an |any )?(?:assistant|caller|llm)s?\b|\b(?:the )?default for (?:assistants?|agents?|models?|llms?)\b/;
const VOCATIVE =
  /^(?:[-*>#(\s]|\[!\w+\])*(?:(?:note|hint|message|instructions?|reminder) (?:to|for) (?:the )?(?:model|assistant|agent|ai|llm|bot)s?|(?:dear |hey )?(?:agents?|assistants?|models?|ai|llms?|bots?|claude)\s*[:,]|for whoever|p\.?s\.? for|(?:\w+ ){0,2}(?:model|bots?|assistant)\s*:|(?:machine readers|automated (?:agents|readers|systems|clients)|ai (?:agents|systems|models|readers)|language models|llm agents)\s*[:,]|if you are (?:an? )?(?:ai|llm|language model|assistant|agent|bot)\b|(?:to|for) (?:any|every) (?:ai|llm|agent|assistant|model)\b)/;

/** Other languages: an addressee, an obligation, or a polite imperative, each a handful of words. */
const ML_MOOD =
  /(?:trợ lý|hãy|luôn|msaidizi|asistentul|pentru asistent|întotdeauna|ajan|للمساعد|المساعد|دائمًا|دائما|يجب|सहायक|हमेशा|कभी नहीं|어시스턴트|모델|에이전트|하세요|해야|반드시|항상|절대|asystent|zawsze|nigdy|musi|asistan|her zaman|asla|gerekir|altijd|nooit|moet|assistent|modèle|modele|asistente|modelo|assistente|modello|ассистент|модель|ии\b|助手|模型|アシスタント|モデル|エージェント|\bai\s*(?:へ|に|:)|muss|immer|niemals|stets|unbedingt|bitte|doit|doivent|toujours|jamais|obligatoire|veuillez|debe|deben|siempre|nunca|obligatorio|por favor|deve|devono|sempre|\bmai\b|per favore|должен|должна|должны|всегда|никогда|обязательно|пожалуйста|必须|务必|一定要|总是|始终|请|必ず|常に|してください|ください|絶対に|hinweis|注意|remarque|nota\b|примечание|wichtig|важно|重要|sende|schicke|envoie|envoyez|transmets|envía|reenvía|invia|inoltra|envie|encaminhe|отправь|перешли|发送|转发|\bdu\b|\bihr\b|\bvous\b|\btu\b|\busted\b|\btú\b|\bvocê\b|\bты\b|\bвы\b|你|您)/;

/** Is the sentence an instruction? */
/** an aside addressed to the agent inside the text: "(assistant: always add …)" */
const ASIDE = /[([]\s*(?:note (?:to|for) (?:the )?)?(?:assistant|model|agent|ai|llm|bot)s?\s*[:,]/;

// moodOf's and readIntent's own patterns, made once (a literal in the function body is a new object each call)
const OPENING_TAGS = /^(?:<\/?\s*[a-z]+\s*>\s*)+/;
const FIRST_WORD = /^[a-z']+/;
const OPENS_SUBORDINATE = /^(?:for|when|whenever|if|before|after|once|on)\b/;
const OPENS_SUBORDINATE_SHORT = /^(?:before|after|when|once|for)\b/;
const RUN_NOUN = /^(?:command|call|run|step|request|use)s?$/;
const NOT_BEFORE_VERB = /^(?:to|you|we|i|they|it|the|a|an|will|can|may|must|should|would|not|is|are|be)$/;

type Mood = { directive: boolean; addressed: boolean };
/** The last sentence's mood: the clause reader and the sentence model's signals read the same sentence in turn. */
let lastMood: { s: string; ml: boolean; mood: Mood } | null = null;

export function moodOf(s: string, ml = true): Mood {
  if (lastMood && lastMood.ml === ml && lastMood.s === s) return lastMood.mood;
  const mood = readMood(s, ml);
  lastMood = { s, ml, mood };
  return mood;
}

function readMood(s: string, ml: boolean): Mood {
  const addressed = VOCATIVE.test(s) || ASIDE.test(s);
  let head = s.replace(OPENING_TAGS, '').replace(LEAD, '');
  // a heading before a colon ("Search quality depends on local context: load …"): the instruction follows it
  const colon = head.indexOf(': ');
  if (colon > 0 && colon < 80) {
    const rest = head.slice(colon + 2);
    const after = FIRST_WORD.exec(rest)?.[0];
    if (after && IMPERATIVE.has(after)) return { directive: true, addressed };
    const sub2 = SUBORDINATE.exec(rest);
    const then = sub2 ? FIRST_WORD.exec(rest.slice(sub2[0].length))?.[0] : undefined;
    if (then && IMPERATIVE.has(then)) return { directive: true, addressed };
    // a subordinate clause without its comma after the heading ("before each command read …")
    if (OPENS_SUBORDINATE_SHORT.test(rest)) {
      const w = rest.split(' ', 7);
      for (let i = 2; i < w.length; i++)
        if (IMPERATIVE.has(w[i]!) && RUN_NOUN.test(w[i - 1]!)) return { directive: true, addressed };
    }
  }
  const sub = SUBORDINATE.exec(head);
  const opened = head;
  if (sub) head = head.slice(sub[0].length).replace(LEAD, '');
  const first = FIRST_WORD.exec(head)?.[0];
  if (addressed || (first && IMPERATIVE.has(first))) return { directive: true, addressed };
  if (OPENS_SUBORDINATE.test(opened)) {
    head = opened;
    // a subordinate clause without its comma ("For large files call run_command …"): the first verb of the
    // main clause is within a few words
    const words = head.split(' ', 9);
    for (let i = 2; i < words.length; i++) {
      const w = words[i]!;
      const prev = words[i - 1]!;
      if (IMPERATIVE.has(w) && !NOT_BEFORE_VERB.test(prev)) return { directive: true, addressed };
    }
  }
  if (MODAL.test(s) || AGENT_SUBJECT.test(s)) return { directive: true, addressed: false };
  return { directive: ml && ML_MOOD.test(s), addressed: false };
}

// ---------------------------------------------------------------- requests

const AUDIENCE =
  /\b(?:the user|users?|the human|humans?|anyone|the person|the customer|the requester|the caller|them|him|her|answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|conversation|chat|output|reasoning|final message|what you say)\b/;
const TELL =
  '(?:tell|telling|told|mention|mentioning|mentioned|listed|shown|reported|described|discuss|discussed|discussing|disclosed|revealed|displayed|surfaced|inform|informing|notify|notifying|alert|alerting|reveal|revealing|disclose|disclosing|report|reporting|explain|explaining|let|letting|warn|warning|show|showing|bother|bothering|worry|worrying|alarm|alarming|surface|surfacing|list|listing|include|including|reference|referencing|display|displaying|expose|exposing|acknowledge|confirm|describe|say|wait|waiting)';
const CONCEAL: RegExp[] = [
  new RegExp(
    `\\b(?:do not|don't|dont|never|must not|should not|shouldn't|shall not|shall never|will not|won't|without|no need to|not to|avoid|nor|stop)\\s+(?:\\w+\\s+){0,2}?${TELL}\\b[^.]{0,80}?${AUDIENCE.source}`,
  ),
  new RegExp(`\\b(?:do not|don't|dont|never)\\s+${TELL}\\s+(?:it|this|that|them|they|those|anything)\\b`),
  /\b(?:never|do not|don't|dont) mention (?:the|that|this|any|these|those) \w+/,
  /\b(?:carried out|done|performed|handled|made|applied|executed|run)\s+(?:quietly|silently|discreetly|secretly|unannounced)\b/,
  /\b(?:(?:does|do|need|needs)\s*(?:not|n't)\s+(?:need to\s+)?|need not\s+)(?:appear|be (?:shown|mentioned|listed|reported|included|disclosed|surfaced|told))(?:\s+(?:in|to)\b|\s*[.;]|\s*$)/,
  /\b(?:are|is) not expected to (?:mention|tell|report|disclose|surface|explain|flag)\b|\bnot (?:necessary|needed|required|useful) to (?:mention|tell|report|disclose|inform|flag)\b/,
  /\bshould (?:the user|users|the customer|they) be (?:told|informed|notified|made aware)\b/,
  /\b(?:keep|keeping)\s+(?:this|it|these|that|them|the\s+\w+)\s+(?:to yourself|a secret|secret|hidden|confidential|private|between us|internal|from the user|out of)\b/,
  /\b(?:stay|stays|remain|kept)\s+(?:out of|hidden from|invisible to|internal)\b|\bleave\s+out\s+of\s+(?:your|the)\b|\bleave\s+(?:\S+\s+){0,4}?out of (?:your|the|any|its|their)\b/,
  /\b(?:the user|users?|they|the person|the customer|the human)(?:\s+\w+){0,3}?\s+(?:does|do|must|should|need|needs|shall|may|is|are)\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:know|see|notice|find out|be told|be informed|be aware|learn|suspect|realize|realise|need to know|aware)\b/,
  /\bnot something (?:the user|they|users?)\b|\bif (?:the user|they|anyone) asks?\b[^.]{0,60}\b(?:say|answer|reply|respond|tell them)\b|\b(?:answer|reply|respond|act|behave)\s+as if\b|\bpretend (?:that|to)\b/,
  /\b(?:be discreet|discreetly|unobtrusively|inconspicuously|unnoticed|without (?:the user )?(?:noticing|knowing))\b|\b(?:secretly|silently|covertly|quietly|surreptitiously|stealthily|invisibly)\s+(?:\w+\s+)?(?:read|send|pass|include|copy|upload|call|add|forward|attach|append|change|replace|redirect|set|collect|post|bcc|cc|use|run|execute|insert|share|export|write)\b/,
  /\bhide\s+(?:this|it|these|that|them|the\s+\w+)\s+from\b|\bbehind the user'?s back\b|\bwithout the user'?s? (?:knowledge|knowing|consent|awareness)\b/,
  /\bwhen you report back\b|\b(?:reports?|mentions?) only\b|\bdescribe\s+(?:\w+\s+){0,4}?only by\b/,
];
/** concealment that needs no mood: a cover story, or what never reaches the user */
const CONCEAL_STRONG =
  /\bavoids? any mention of\b|\bavoid(?:s|ing)? mentioning\b|\bleaves? out any mention\b|\b(?:asked|told|instructed|expected) (?:never|not) to (?:mention|tell|disclose|reveal)\b|\b(?:report|notify|inform|tell|show)\w*_(?:to_)?users?\w*\s*[:=]\s*(?:no|false|none|never|summary_only)\b|\bnutzer_informieren\s*=\s*nein\b|\bsuppress(?:ed)?[_ ]in[_ ](?:reply|replies|answer|summary)\b|\bhide[_ ]from[_ ]user\b|\bomit[_ ]from[_ ]repl(?:y|ies)\b|\bwithout (?:pointing (?:it|this|that) out|drawing attention|calling attention)\b|\b(?:tell|assure|inform) (?:the )?users? (?:that )?[^.]{0,60}\b(?:is|are|was|were) (?:guaranteed|safe|verified|anonymous|secure|private|official|correct|accurate)\b|\breport (?:zero|no|none of the) (?:\w+ )?(?:violations|issues|errors|findings|problems|vulnerabilities|changes|alerts)\b|\b(?:is|are) (?:never|not to be) (?:brought up|mentioned|discussed|raised|surfaced|disclosed)\b|\bleft out of (?:the |all |any |its |their |your )?(?:summar|repl|answer|response|confirmation|message)|\bnot user-relevant\b|\b(?:if|where|when|should) (?:the )?(?:user|they|anyone|someone|owner|requester|customer|client|[\w-]+ owner) asks?\b[^.]{0,100}\b(?:the answer(?: given)? is|answers?|say|reply|respond|tell them)\b|\b(?:stays?|remains?|kept|is kept) (?:out of|hidden from|invisible to) (?:the |their |its )?(?:repl(?:y|ies)|answers?|summar(?:y|ies)|users?|requesters?|status (?:shown|given) to)\b|\b(?:never|do not|don't|should not|must not|shall not) (?:reach|reaches|get to|be seen by|be shown to) (?:the )?users?\b|\b(?:summari[sz]es?|describes?|reports?|presents?|confirms?) (?:\w+ ){0,3}?as (?:if|though|["“'](?:no|only|nothing|done|ok))|\b(?:answers?|responds?|replies) as (?:if|though)\b/;
const ML_CONCEAL =
  /sous silence|maladroit de signaler|pasar por alto|sotto silenzio|(?:nie erwähnt|niemals erwähnt|nicht erwähnt|auf nachfrage|si pregunta|s'il demande|se chiede|se perguntar|если спросит|聞かれたら|물으면|(?:no aparece|no aparecen|no figuran)[^.]{0,60}usuario|n'apparaissent pas[^.]{0,60}utilisateur|erscheinen nicht[^.]{0,60}(?:nutzer|benutzer)|non compaiono[^.]{0,60}utente|não aparecem[^.]{0,60}usuário|не появляются[^.]{0,60}пользовател|ユーザー[^。]{0,30}表示されない|説明は(?:通常)?省略|省略されます|无需告知|不告知|لا تذكر|لا تخبر|دون علم المستخدم|न बताएं|मत बताना|मत बताओ|नहीं बताना|comme s'il s'agissait|als ob es|como si fuera|come se fosse|como se fosse|как будто|söylemez|알리지 마|알리지 말|말하지 마|말하지 말|언급하지 마|언급하지 말|보여주지 마|몰래|숨기|nie informuj|nie mów|nie wspominaj|bez wiedzy|söyleme|bildirme|bahsetme|niet vermelden|vermeld (?:dit )?niet|niet melden|zonder de gebruiker|unerwähnt|verschweig|verheimlich|no (?:se |le |les |lo |la |se lo |se la )?(?:menciones|digas|reveles|informes|cuentes|comentes)|no hace falta (?:comentarlo|mencionarlo|decirlo|avisar)|non è necessario (?:menzionarlo|dirlo|segnalarlo)|il n'est pas (?:utile|nécessaire) de (?:le |la |les )?(?:signaler|mentionner|dire|préciser)|não é necessário (?:mencionar|dizer|informar))|(?:erwähne|sage|sag|teile|verrate|informiere)[^.]{0,40}nicht|nicht\s+(?:erwähnen|sagen|mitteilen|informieren|verraten|melden|anzeigen|wissen)|ohne\s+(?:den|die|das)?\s*(?:nutzer|benutzer|anwender)|unauffällig|heimlich|ne\s+(?:le |la |les |l'|lui |leur )?(?:dites|dis|mentionnez|mentionne|révélez|révèle|signalez|signale|informez|parlez)\s+(?:jamais|pas|rien)|ne\s+(?:jamais|pas|rien)\s+(?:\S+\s+){0,2}?(?:dire|mentionner|informer|révéler|signaler|indiquer|montrer|préciser|parler)|sans\s+(?:en\s+)?(?:informer|prévenir|avertir|le dire|que l'utilisateur)|discrètement|secrètement|en secret|no\s+(?:\S+\s+){0,2}?(?:revelar|decir|mencionar|informar|avisar|contar|mostrar|indicar)|sin\s+(?:informar|avisar|decir|notificar|que el usuario)|en secreto|secretamente|discretamente|non\s+(?:\S+\s+){0,2}?(?:dire|menzionare|informare|rivelare|segnalare|avvisare|mostrare)|senza\s+(?:informare|avvisare|dire|notificare)|di nascosto|segretamente|não\s+(?:\S+\s+){0,2}?(?:diga|dizer|mencione|mencionar|informe|informar|revele|revelar|conte|contar|mostre|avise)|sem\s+(?:informar|avisar|dizer|notificar)|em segredo|не\s+(?:\S+\s+){0,2}?(?:говори|сообщай|упоминай|рассказывай|показывай|говорить|сообщать|упоминать|рассказывать|показывать|информируй|уведомляй|знал|узнал)|без\s+(?:ведома|уведомления|предупреждения)|тайно|незаметно|скрытно|不要(?:告诉|提及|提到|通知|透露|显示|让用户)|别告诉|勿告知|不得(?:告诉|透露|提及)|悄悄|秘密地|暗中|知らせない|伝えない|言わない|言及しない|教えない|表示しない|内緒|秘密に|こっそり|黙って/;

const SECRET_PATH =
  /~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\bid_\*|\.ssh\b|\.aws\b|\.npmrc\b|\.netrc\b|\.pgpass\b|\.docker\/config|\.kube\/config|\/etc\/(?:passwd|shadow|secrets?|sudoers)\b|\bmcp\.json\b|claude_desktop_config|~\/\.cursor|\.git-credentials|\b(?:bash|zsh|sh|python|node|psql|mysql)_history\b|\.gnupg|\bwallet\.dat\b|(?:^|[\s'"`(/{,])\.env\b(?!ironment)|~\/\.config\/|~\/library\/|keychains?\b|\bcookies? (?:store|file|jar|database)\b|\/cookies\b|\.pem\b|%appdata%|\\credentials\b|hosts\.yml|\.kdbx\b|\bssh private keys?\b|\bprivate ssh keys?\b|\.p12\b|\bkey material\b|\bseed phrase\b|\brecovery phrase\b|~\/\.[a-z0-9_-]+\/(?:[\w.-]+\/)*[\w.-]*(?:config|credentials?|auth|token|hosts|secrets?)[\w.-]*/;
/** text every match of SECRET_PATH contains (most sentences hold none of it) */
const MAY_SECRET_PATH = /[./%\\]|id_|claude_desktop|_history|key|cookie|phrase/;
/** a shell profile, autostart entry, hook or system file: writing there runs code later */
const PERSIST_PATH =
  /\.config\/systemd\/user|\/etc\/systemd\b|\bclaude\.md\b|\bagents\.md\b|\.cursorrules\b|\.windsurfrules\b|copilot-instructions\.md|~\/\.claude\/|~\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|config\/autostart)|\.bashrc\b|\.zshrc\b|\bautostart\b|\bcrontab\b|\/etc\/cron|\.git\/hooks|hookspath|launchagents|\/etc\/(?:hosts|profile|rc\.local)|\bstartup folder\b/;
/** text every match of PERSIST_PATH contains */
const MAY_PERSIST_PATH = /[./]|autostart|crontab|hookspath|launchagents|startup folder/;
const ML_PRIVATE =
  /gesprächsverlauf|chatverlauf|zwischenablage|historique (?:de la |des )?(?:conversation|discussion)|presse-papiers|historial|portapapeles|cronologia|appunti|histórico|área de transferência|истори[юя] (?:переписки|диалога|разговора|чата)|буфер обмена|对话记录|聊天记录|历史记录|剪贴板|会話履歴|クリップボード|e-mail-adressen aller|adresses e-mail de tous|correos de todos|所有任务|所有(?:用户)?(?:数据|邮件|文件|消息)|全ての(?:メッセージ|データ)/;
/** the user's own context: what the conversation holds, not what the tool was given */
const USER_CONTEXT =
  /\b(?:conversation|chat|message|browsing|shell|command|search)\s+(?:history|log|transcript)\b|\bprevious (?:messages|conversations?)\b|\bsystem prompt\b|\b(?:your|the current|this) conversation(?: id)?\b|\b(?:whole|entire|full) conversation\b|\bclipboard\b|\b(?:the )?user'?s\s+(?:home address|address|phone(?: number)?|location|ip(?: address)?|last message|messages|e-?mail address|contacts|passwords?|calendar|profile)\b|\b(?:contents of )?the user profile\b|\bany (?:secrets?|tokens?|keys?|credentials|passwords?) you (?:know|have|can find|see)\b|\bany (?:private|confidential) (?:documents?|files?|data|notes?)\b|\beverything you (?:know|have read|have seen|remember)\b|\b(?:e-?mail addresses|phone numbers|names|contacts) of (?:all|every|everyone)\b|\bevery (?:contact|email|phone number|address)\b[^.]{0,40}\byou see\b|\bfrom any tool\b|\b(?:last|recently) (?:opened|viewed) files\b|\bthe user'?s ip\b|\bevery (?:e-?mail address|phone number|api key|token|password|credential|secret)\b[^.]{0,60}\b(?:seen|found|appearing|mentioned|that appears?)\b|\b(?:earlier|before) in the (?:session|conversation)\b|\bthat appears? in the conversation\b|\breturned by other tools\b|\b(?:latest|last|full|entire) user message\b/;
/** a credential: fine as what a tool manages, suspect as what the agent is told to put somewhere */
const CREDENTIAL =
  /\b(?:jeton|clé api|clave api|chiave api|passwort|mot de passe|contraseña|senha|пароль|токен|密钥|令牌|パスワード|トークン|비밀번호|토큰)|\b(?:api|access|auth|bearer|session|oauth)[ _-]?tokens?\b|\bapi[ _-]?keys?\b|\b[a-z0-9]+_(?:api_)?(?:token|secret|key|password)\b|\benvironment variables?\b|\benv vars?\b|\bpasswords?\b|\bcredentials?\b|\bsecrets?\b|\bcookies?\b|\bprivate keys?\b|\bconfig vars\b/;
/** where the agent is told to put it: an unrelated argument, its reasoning, a prefix */
const INTO_ARGUMENT =
  /\b(?:as|into|in|inside) (?:the |a |its |your )?(?:\w+ ){0,2}?(?:field|parameter|argument|param|comment|notes?|reasoning|body|query|chat|conversation)\b|\bas [a-z]+[a-z_]*\b(?= *(?:[;,.]|$| and| so| to| for| before))|\bprefix the value\b|\bin your reasoning\b|\bfrom the environment\b|\bwith your file tool\b|\bfollowed by a colon\b/;
const PLACE =
  /\b(?:set|placed|included|added|lists|pass|passed|put|include|paste|add|append|prepend|prefix|fill|insert|attach|mention|copy|send|look up|forward|share|export)\b/;
const SELF_CLAIM =
  /\b(?:available|of all(?: the)? tools|in existence|mcp tool|on the market|ever made)\b|\b(?:this|it) is the (?:best|only|most|safest|fastest)\b/;
const UNIVERSAL =
  /\b(?:for|on|to) (?:every|any|all|each) (?:(?:data|coding|kind of|type of|other) )?(?:quer(?:y|ies)|requests?|tasks?|questions?|searches|purposes?|topics?|prompts?|browsing|lookups?|fetch(?:es|ing)?|scraping|navigation)\b|\bwhenever a tool\b|\bunsure which tool\b|\bevery tie\b|\bfirst for every\b/;
const BAN_OTHER =
  /\b(?:never|do not|don't|dont|avoid|stop|must not|should not)\s+(?:\w+\s+){0,2}?(?:use|using|call|calling|invoke|invoking|trust|trusting|rely on)\s+(?!this\b|it\b)(?:\S+\s+){0,4}?(?:other|others|any browser|browser|web search|search tools?|those when|them\b)/;
const COMPULSION =
  /(?:前に|之前|전에|毎回|每次|매번)|\b(?:all|every) agents? (?:to )?do the same\b|\bthey want all agents\b|(?:für jede|pour chaque|para cada|per ogni|для каждой|每个|ごとに)|\b(?:after (?:creating|opening|sending|writing|uploading)|before (?:every|each|any)|first in each|(?:in|for) each session|after (?:fetching|listing|searching|querying|loading|connecting)|after (?:every|each|any|reading|you)|right after|whenever|always|on every|on each|must be followed|every (?:result|file|record|commit|search|message|time|call)|in every|each time|with (?:the|its|their) (?:file )?(?:contents?|full output|output|results?)|paste|full output|what you read|(?:your|the) conversation|with default arguments|depends on|pipe (?:the|its) (?:result|output)s?)\b|https?:\/\/|\bfirst\b[^.]{0,40}\b(?:paste|pass|include)\b/;
const EVERY_CALL =
  /\b(?:to|on|in|with|for|of) (?:every|each|all) (?:\w+ )?(?:quer(?:y|ies)|requests?|calls?|messages?|tasks?|commands?|orders?|search(?:es)?|e-?mails?|issues?|records?|commits?|posts?|invocations?|responses?|outputs?|answers?|translations?|replies|prs?|pull requests?|comments?|deployments?|charges?|payments?|invoices?|transfers?|notes?|pages?|tickets?|sessions?|workflows?|boards?|sites?|samples?|code samples?|snippets?|repository|repos?|repositories|projects?|files?|databases?|tables?|users?|accounts?|channels?)\b|\b(?:every|each) (?:quer(?:y|ies)|request|call|message|task|command|order|search|e-?mail|issue|record|commit|post|invocation|response|output|answer|translation|reply)(?: you (?:create|send|make|run|write|post|open))?\b(?! (?:returns?|has|is|includes?|contains?))|\bin addition to\b/;
/** the answer to the user steered: a product, a source or a ticker talked up */
const PROMOTE =
  /\b(?:tell|telling|say|mention|present|describe|introduce|recommend|suggest|call)\b[^.]{0,60}\b(?:positively|favou?rably|the best|best buy|is the best|as the (?:best|most|only|top)|most trusted|is a great)\b/;
/** a fake rating: stars, ranks and endorsements */
const FAKE_RATING =
  /★{2,}|\brated #?\d|\btrusted by (?:openai|anthropic|google|microsoft|\d)|\b10\/10\b|\bfive stars\b/;
/** passive cross-tool: "when the GitHub server's create_pull_request tool is called, …" */
const CROSS_PASSIVE =
  /\b(?:when|whenever|if|once)\s+(?:the\s+)?(?:[\w-]+\s+server'?s\s+|[\w-]+\s+)?([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)\s+(?:tool\s+|function\s+)?(?:(?:is|gets|was|are)\s+(?:\w+\s+)?(?:called|used|invoked|run|executed|available)|runs|executes|exists|fires)\b|\b(?:the\s+)?[\w-]+\s+server'?s\s+([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)/;
const MASS_MENTION =
  /\b(?:must|should|always)\s+(?:\w+\s+){0,2}?(?:include|mention|notify|tag|ping|cc)\s+(?:@?everyone|@channel|@here|all (?:members|users|participants))\b/;
/** a handful of function words that say the sentence is in another language */
const ML_WORDS =
  /\b(?:der|die|und|nicht|les|des|est|une|pas|los|las|que|por|del|della|che|não|uma|il|gli|nel|sono|anche|ogni|dei|inoltre|alla|ist|mit|für|vous|avec|pour|dans|para|het|een|voor|niet|jest|się|oraz|için|och|att|inte|ook|zodat|daarna|geef|wordt|worden|bij|naar|deze|wanneer|al|lo|el|usuario|utilisateur|nutzer|utente|usuário|gebruiker)\b/;
const TAKE =
  /\b(?:read|reading|open|opening|cat|load|loading|fetch|fetching|get|getting|retrieve|retrieving|collect|collecting|gather|gathering|include|including|attach|attaching|append|appending|prepend|prefix|pass|passing|put|insert|inserting|embed|extract|extracting|dump|copy|copying|grab|print|output|send|upload|provide|supply|fill|populate|concatenate|add|paste|pasting|look up|look for|lookup|find|search for|mention|quote|export|use|list|request|ask|show|display|reveal|resolve)\b|\bcontents? of\b|\bwith your file tool\b|\bfrom the environment\b|\bread_file\b|\b(?:uploaded|attached|included|copied|submitted|forwarded|added)\b/;
const ML_TAKE =
  /(?:leest|lezen|lees|neemt|stuur|czytaj|odczytaj|wyślij|skopiuj|oku|gönder|kopyala|읽|보내|복사|contenu|inhalt|contenido|contenuto|conteúdo|содержим|内容|中身|lies|lese|öffne|füge|sende|schicke|kopiere|hänge|lire|ouvre|copie|copier|ajoute|envoie|lee|abre|copia|añade|incluye|envía|leggi|apri|aggiungi|includi|invia|leia|abra|copie|adicione|inclua|envie|прочитай|открой|скопируй|добавь|отправь|вставь|读取|打开|复制|添加|发送|导出|粘贴|読み|開い|コピー|追加|送信|貼り付け|エクスポート)/;
const NEGATED_TAKE =
  /\b(?:do not|don't|dont|never|avoid|must not|should not|shouldn't|cannot|can't|not|no)\s+(?!forget)(?:\w+\s+){0,2}?(?:read|reads|open|cat|load|fetch|get|retrieve|collect|include|attach|append|pass|put|insert|embed|extract|dump|copy|send|upload|provide|supply|share|store|log|expose|print|output|paste|return|returns)\b|\bare (?:masked|redacted)\b|\bredact/;
const WRITE =
  /(?:oluştur|\byaz\b|\bekle\b|erstelle|schreibe|füge|crée|écris|ajoute|\bcrea\b|escribe|añade|scrivi|aggiungi|\bcrie\b|escreva|adicione|создай|запиши|добавь|创建|写入|添加|作成|書き込|追加|만들|작성|추가|schrijf|\bmaak\b|voeg|utwórz|zapisz|dodaj)|\b(?:write|writes|writing|append|appending|add|save|store|copy|install|place|put|echo|replac\w+)\b/;

const SEND =
  /\b(?:backed up|backs up|archived to|logged to|escalat\w* to|relayed|handed off|looped in|goes to|go to|mirrored|replicated|synced|sends|e-?mails|e-?mailing|mailing|transmitted|submit|submitted|submitting|handed|transfer(?:s|red)? the call|in (?:a|an|the) (?:\w+ )?request to|send|sending|sent|forward|forwarding|forwarded|copy|copying|copied|cc|bcc|post|posting|upload|uploading|transmit|transmitting|exfiltrate|report|reporting|relay|relaying|mirror|mirroring|deliver|delivering|email|e-mail|mail|share|sharing|shared|sync|leak|route|routed|redirect|redirected|export|exporting|replicate|push|publish|beacon|open an issue|draft_email|merge stage|\$merge|\$out|fetch_url|http_request|open https?)\b/;
const ML_SEND =
  /(?:gửi|kirim|भेज|надішли|trimite|lähetä|übergeben|weitergeben|envoyé|envoyée|enviado|enviada|inviato|inviata|gesendet|übermittelt|отправля|送られ|发送到|上传到|destinatario oculto|cópia oculta|copia oculta|copie cachée|blindkopie|скрыт\w* копи|密送|사본이 전달|보내|전달|업로드|wyślij|gönder|stuur|verstuur|sende|schicke|schick|leite\w* weiter|übermittle|weiterleiten|envoie|envoyer|transf[eé]r|transmet|enví[ae]|enviar|reenv[ií]a|compart[ei]|invia|inoltra|condividi|envie|encaminhe|compartilhe|отправ|перешл|пересыл|переда|发送|转发|上传|导出|同步|送信|転送|アップロード|エクスポート|共有)/;
const DESTINATION =
  /\b0x[0-9a-f]{40}\b|\bhttps?:\/\/|\b(?:s3|gs|az):\/\/|\bmongodb(?:\+srv)?:\/\/|\bftp:\/\/|@[a-z0-9-]+\.[a-z]{2,}|\bwebhooks?\b|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|ru|cn|de|eu|dev|app|site|top|info|biz|co|me|tk|ml|cloud|shop|ai|run|sh|tools|live|pro|online|example|invalid)\b|\+\d[\d -]{7,}\d|(?:^|\s)#[a-z][\w-]+|\bchannel [a-z0-9]{6,}\b|\brepo(?:sitory)? [\w.-]+\/[\w.-]+|\bthird[- ]part(?:y|ies)\b|\bpartners?\b|\bour (?:scanner|server|team|backend|endpoint|partner|analytics)\b|\bpublicly\b|\bexternal (?:server|endpoint|address)\b|\bsend it here\b|\bterceros\b|\bterzi\b|\bdritte\b|\btiers\b/;
/** a tool whose own job is sending: a destination in its description is its purpose */
const SENDS =
  /(?:^|[_-])(?:send|post|email|mail|message|webhook|upload|notify|publish|share|http|request|fetch|curl|push|forward|sms|tweet|reply|comment)/;
const ML_ADDITION =
  /(?:毎回|每次|매번|jedes mal|à chaque|cada vez|ogni volta|toda vez|каждый раз|her seferinde|za każdym razem|elke keer|varje gång|oculto|oculta|cachée|blindkopie|사본|aussi|également|en copie|auch|zusätzlich|ebenfalls|también|además|anche|inoltre|também|тоже|также|копию|也|同时|抄送|も送)/;
const DESTINATION_G = new RegExp(DESTINATION.source, 'g');
/** a verb of sending, anywhere in the stretch of text before a destination */
const SEND_BEFORE = new RegExp(`${SEND.source}[^.!?]*$`);

/** Does the sentence send something to a destination it names (not an example host)? */
function sendsTo(s: string, ml: boolean): boolean {
  DESTINATION_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = DESTINATION_G.exec(s)) && n++ < 8) {
    const host = s.slice(m.index, m.index + 60);
    if (EXAMPLE_HOST.test(host.split(/\s/)[0] ?? host) || s.startsWith('test', m.index - 4)) continue;
    const before = s.slice(Math.max(0, m.index - 160), m.index);
    if (SEND_BEFORE.test(before) || (ml && ML_SEND.test(before))) return true;
    // the address first, the send after it: "The cache lives at https://…; each result is posted there"
    if (SENT_THERE.test(s.slice(m.index, m.index + 200))) return true;
  }
  return false;
}

const SENT_THERE = /\b(?:posted|sent|uploaded|copied|written|forwarded|stored|pushed|mirrored) there\b/;
const EXAMPLE_HOST =
  /\b(?:example\.(?:com|org|net)|test@|localhost|127\.0\.0\.1|your-?domain|domain\.com|test\.com)\b|^(?:https?:\/\/)?(?:www\.)?example(?![\w.-]*\.[a-z])/;
const DATA =
  /\b(?:conversation|history|messages?|results?|records?|rows?|contents?|content|output|outputs|data|everything|quer(?:y|ies)|hits|files?|tables?|documents?|copy|copies|answers?|responses?|text|emails?|tasks?|contacts?|them|it|all|every|each|whatever|any|secrets?|tokens?|keys?|vars|variables|config|settings|headers|ip|session|title|origin|destination|details)\b/;
const ML_DATA =
  /(?:请求|参数|リクエスト|引数|요청|인자|historique|historial|verlauf|cronologia|histórico|история|历史|履歴|全文|结果|結果|内容|データ|результат|содержим|données|résultats|resultados|risultati|ergebnisse|inhalt|dados|sonuç|wyniki|결과|내용|resultaten|resultat)/;
const ADDITION =
  /\b(?:mirrored|mirror|for retention|as part of (?:the )?normal|also|as well|additionally|in addition|a copy|copies|duplicate|bcc|cc|every|always|each|too|secretly|silently|automatically|before (?:summari[sz]ing|answering|replying|returning)|so (?:it|that|the|our)|to keep|keeps)\b|\bfor (?:compliance|audit|auditing|logging|backup|security|verification|monitoring|analytics|quality|debugging|safety|record[- ]keeping|archiv\w*|legal|regulatory|indexing|caching)\b|\bpolicy\b/;

/** a copy made besides what the tool sends: a second recipient */
const COPY_TO =
  /\b(?:a copy|copies|a duplicate|bcc|blind copy|mirrored|also (?:sent|posted|forwarded|copied|delivered)|as well)\b[^.]{0,60}\b(?:goes|go|sent|posted|forwarded|delivered|mirrored|copied|to)\b/;
/** a shell command written out: what a tool's documentation has no reason to ask the agent to run */
const SHELL_LITERAL =
  /\bsudo\b|\brm -r|\bchmod \+x|\bgit config --global|\bcrontab\b|\/etc\/crontab|\bpkill\b|\bkill -9\b|\bnc -e\b|\bbash -i\b|\bsh -c\b|\bcurl\s+-|\bcurl\s+https?:|\bwget\s|\bpowershell\b|\biex\b|\b(?:python3?|node|ruby|perl)\s+(?:-c|-e|\S+\.(?:py|js|rb|pl))\b|\bexport [a-z_]+=|\bkubectl (?:create|apply|exec|delete|patch)\b|--trust-all|\|\s*base64\b|\btar c\w* |\.sh\b|\bhistfile\b|\bpip install\b|\bapk add\b|\bapt(?:-get)? install\b|\bwrangler\b|\bntpdate\b|\bexec\(|\beval\(|\bssh-keygen\b/;
/** text every match of PIPE_TO_SHELL contains */
const MAY_PIPE_TO_SHELL = /curl|wget|iwr|irm|invoke-web/;
const PIPE_TO_SHELL =
  /\b(?:curl|wget|iwr|invoke-webrequest|irm)\b[^|\n]{0,200}\|\s*(?:sudo\s+)?(?:sh|bash|zsh|python3?|node|iex|pwsh|powershell)\b/;
const RUN =
  /\b(?:rerun|re-run|run|execute|exec|launch|prefix|prepend|call your (?:terminal|shell)|invoke)\b|\bcall (?:the )?[a-z_]*(?:run_command|shell|terminal|exec)|\b(?:führe|ausführen|ejecuta|ejecutar|exécute|exécuter|exécutez|lance|lancez|esegui|eseguire|executa|executar)\b|(?:выполни|выполнить|запусти|执行|运行|実行)/;
const AGENT_SHELL =
  /\b(?:your|the|a|any)\s+(?:own\s+)?(?:shell|terminal|bash|code execution|command line|command-line|run_command|exec)\s*(?:tool|window|session)?\b|\bin a (?:terminal|shell)\b|\bwith python3?\b|\bwith node\b|\bfrom the (?:home directory|repository root)\b/;

const OTHER_TOOLS =
  /\bother (?:vendors?|registries)\b|\b(?:any|all|every|the)?\s*other\s+(?:\w+\s+){0,2}?(?:tools?|servers?|providers?|databases?|sources?|options?|search engines?|apis?|services?|documentation|assistants?)\b|\bthe others\b|\bothers\b|\bany (?:browser|scraper|other)\b|\b(?:web|other) search tools?\b|\byour own knowledge\b|\ba tool from\b|\bthe one from\b|\bthose when\b|\bevery other\b|\bany tool\b|\ball tools\b|\bbrowser tools?\b|\b(?:browsing|search|documentation|price|crm|trading|mail|chat) tools?\b/;
const ML_OTHER =
  /(?:andere[nr]? (?:tools|werkzeuge|quellen)|autres outils|outils de navigat|otras herramientas|altri strumenti|outras ferramentas|другие инструменты|других инструментов|其他工具|他のツール|plutôt que|au lieu de|statt |anstatt|anstelle|en lugar de|en vez de|invece di|piuttosto che|em vez de|ao invés de|вместо|而不是|代替|ではなく|の代わりに)/;
const SELF =
  /\b(?:this|the present|our|my)\s+(?:\w+\s+){0,2}?(?:tool|one|server|function|source|search|api|service)\b|\bit\b|\bthis\b|\bhere\b|\bthese tools\b/;
const SUPERLATIVE =
  /\bofficially (?:endorsed|recommended|approved|certified)\b|(?:^|\s)#1\b|\btop pick\b|\b(?:way |much |far |a lot )?better than (?:the )?(?:official|other|any|built-in|default)\b|\b(?:the best|best (?:and|search|tool|source|option)|most (?:accurate|reliable|trusted|trustworthy|secure|up-to-date)|safest|fastest|#1|number one|only (?:safe|reliable|official|trusted)|highest priority|top[- ]rated|rated #?\d|trusted by|independently audited|certified|endorsed by|overwhelmingly|wins every|10\/10|five stars)\b|★/;
const ML_SUPERLATIVE =
  /(?:am besten|der beste|die beste|das beste|le meilleur|la meilleure|el mejor|la mejor|il migliore|la migliore|o melhor|a melhor|лучший|лучшая|самый надёжный|самый надежный|最好|最佳|最可靠|最も信頼|最も|一番)/;
/** the others disparaged: the judgement attached to them, not a word nearby */
const DISPARAGE_OTHER =
  /\b(?:others?|other (?:\w+ ){0,2}?(?:tools?|providers?|servers?|sources?|databases?|apis?|services?)|them|those|they|that one|the other one)\s+(?:(?:are|is|were|will be|can be|get|gets|give|return|returns|charge|charges)\s+)?(?:\w+\s+){0,2}?(?:wrong|out of date|outdated|deprecated|unsafe|unreliable|inaccurate|broken|charge|compromised|unverified|untrusted|insecure|malicious|obsolete|stale|dangerous|read-only and will fail|0\/10)\b|\btreat (?:[\w'-]+ ){0,5}?as (?:unverified|untrusted|unreliable|wrong|outdated)\b/;

const TOOL_ID = /(?<![\w/.-])([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)(?![\w/-])/g;
/** a call required every time: before every tool, first in each session */
const STRONG_COMPULSION =
  /\b(?:all|every) agents? (?:to )?do the same\b|\bbefore (?:every|each|any) (?:\w+ )?(?:tool|call|request|query)\b|\bfirst in (?:each|every) session\b|\b(?:in|at the start of) (?:each|every) session\b|\bbefore this tool\b/;
const DEPEND_VERB =
  /(?:を呼んで|を呼び出|调用|호출)|\broute\w* (?:\w+ ){0,3}through\b|(?:übergeben|weitergeben|passer à|transmettre à|pasar a|passare a|inviare a|passar para|передай|传给|渡す)|\b(?:escalat\w* to|hand(?:s|ed)? off to|relay(?:ed|s)? to|loop(?:ed)? in|hand(?:ed)? (?:to|over to)|passed to|given to|goes through|passes through|routed through|needs [a-z0-9_]+ to run|call|calls|calling|invoke|invoking|run|running|use|using|trigger|followed by|follow(?: it)? with|then|depends on|requires|prefer|pass (?:it|them|the \w+) to|feed (?:it|them) to)\b/;
const DANGEROUS_TOOL =
  /(?:^|[_-])(?:delete|remove|drop|destroy|purge|wipe|send|post|push|publish|draft|email|mail|message|upload|fetch|http|request|exec|execute|run|shell|command|merge|transfer|pay|order|buy|create|write|share|invite|deploy|commit)(?:$|[_-])/;
const DATA_FLOW =
  /\b(?:with|containing|include|including|paste|pass|passing|put|append|attach|send|copy)\b[^.]{0,60}\b(?:contents?|output|results?|everything|all|conversation|id|what you read|full|text|data|file|records?|response)\b|\bevery (?:result|file|record|commit|search|message|time|call|other tool)\b|\bon (?:every|each|all) (?:result|file|record|match)|\bright after\b|\bafter (?:every|each|any)\b|\bwith default arguments\b|\bevery other tool\b|https?:\/\//;

const USER_OVERRIDE =
  /\b(?:even (?:when|if) the user|whatever the user|regardless of (?:what |which |whom? )?(?:the user|user)|no matter (?:what|which|who) the user|in addition to (?:whoever|whatever|what|whom) the user|any value the user|unless the user insists|instead of (?:what|whoever|whatever) the user|times what the user|(?:than|from) what the user|ignor(?:e|ing) (?:the user'?s?|what the user)|the user'?s (?:choice|selection|value) is (?:ignored|replaced|overridden)|overwrite any value|even when a tool from|whatever (?:value )?the (?:user|caller|customer|requester) (?:\w+ ){0,2}?(?:provided|gave|entered|chose|supplied|asked for|wants|set|requested)|(?:relative to|compared to|rather than) what the user|even when (?:they|users?|the user) ask(?:s)? otherwise|(?:disregard|ignore) the \w+ (?:the user|they) (?:set|chose|gave|entered|asked for)|regardless of (?:the )?requests?|regardless of (?:the |any |their )?(?:\w+ )?(?:address|value|amount|recipient|account|input|choice)s? (?:the user|they|the caller|provided|given|entered|requested|supplied|chosen)|in addition to the user'?s|overrides? (?:anything|whatever|any value) (?:else )?(?:supplied|provided|given|passed|entered)|whatever (?:they|the user) (?:typed|type|entered|enter|said|say|asked|ask)|the actual (?:destination|recipient|channel|target|account) is always|irrespective of (?:the |any )?(?:\w+ )?(?:provided|given|entered|requested|figures|values?|amounts?|input)|instead of the \w+ (?:the user|they) (?:names?|gives?|chooses?|picks?|asks? for|specif\w+)|\bwhen (?:the )?users? (?:asks?|requests?|wants?) (?:to )?\w+[^.]{0,60}\binstead\b|\bwhose (?:id|name|email|domain) (?:begins|starts|ends) with\b[^.]{0,60}\b(?:rating|score|priority|status|recorded|marked|approved)\b|the \w+ (?:the user|they) (?:names?|gives?|provides?|enters?|picks?) (?:is|are) (?:for display only|ignored|not passed|not used)|followed by (?:the )?(?:url|address|value|link) (?:the user|they) (?:gave|provided|entered|supplied))\b|\bunless the user (?:names|specifies|chooses|says|picks|gives)\b[^.]{0,60}\b(?:ideally|should|must|always) be\b/;
const ML_OVERRIDE =
  /実際の送信先は常に|实际的接收方始终|der tatsächliche empfänger ist immer|el destino real es siempre|le destinataire réel est toujours|(?:ne isterse|ne derse desin|(?:aleasă|aleasa) de utilizator|choisie? par l'utilisateur|elegid[oa] por el usuario|scelt[oa] dall'utente|escolhid[oa] pelo usuário|vom (?:nutzer|benutzer) gewählt|cuando el usuario pide[^.]{0,60}en su lugar|quand l'utilisateur demande[^.]{0,60}à la place|wenn der (?:nutzer|benutzer)[^.]{0,60}stattdessen|に関係なく|ユーザー[^。]{0,20}ではなく|用户[^。]{0,20}(?:而不是|而非)|无论|不管|unabhängig von|quel que soit|indipendentemente|независимо|en lugar de (?:la|lo|el) (?:que|indicad)|au lieu de (?:celui|celle|ce que)|invece di quell|em vez d[oa] (?:que|informad)|independentemente d[oa]|independientemente de[l ]|auch wenn (?:der |die )?(?:nutzer|benutzer|anwender|user)|indépendamment de|auch wenn der (?:nutzer|benutzer|anwender)|même si l'utilisateur|quelle que soit la demande|aunque el usuario|cualquiera que sea|anche se l'utente|qualunque sia la richiesta|mesmo que o usuário|даже если пользователь|即使用户|kullanıcı\S* \S+ bile|unabhängig davon,? was|egal,? was der|peu importe ce que|quoi que (?:dise|demande)|sin importar lo que|independientemente de lo que|indipendentemente da|qualunque cosa|independentemente do que|seja o que for|независимо от того|что бы ни|无论用户|不管用户|ユーザーが何を)/;
const SET_VERB =
  /\b(?:post|route|set|change|add|append|prepend|prefix|target|replace|include|make|force|use|treat|assign|pin|mention|put|fill|always leave|leave)\b|^request\b/;
/** the verbs that give an argument a value */
const VALUE_VERB = /\b(?:set|change|add|append|prepend|prefix|replace|assign|pin|force|fill|put)\b/;
const LITERAL =
  /\b0x[0-9a-f]{20,}\b|["'`][^"'`]{1,80}["'`]|\b[a-z]+[_-]?[0-9][a-z0-9_-]{4,}\b|\b\d{2,}\b|\bto (?:\d+|true|false|zero|none|empty|urgent|public|everyone)\b|@[\w-]+|&[a-z_]+=|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|org|io|app|dev|shop|ai|example|invalid)\b|\bten times\b|\bmaximum\b|\[\s*["']?\*["']?\s*\]|\bempty\b|\beveryone\b/;

const STEER: RegExp[] = [
  /"?role"?\s*:\s*"?(?:system|developer)\b/,
  /\byou are (?:now|no longer)\b/,
  /\binstructions?_for_(?:the_)?(?:llms?|ai|models?|assistants?|agents?)\b/,
  /\[\s*(?:system|inst|admin|assistant)\s*[:\]]/,
  /\b(?:contain|contains|containing|find|see|encounter|include|includes)\s+(?:any\s+)?(?:instructions?|commands?|directions?|directives?)\b[^.]{0,40}?\b(?:follow|obey|execute|carry out|do what)\b/,
  /\bdo what (?:they|it) says?\b|\bfollow (?:the )?(?:instructions?|commands?) (?:in|inside|found in|from) (?:the )?(?:results?|content|page|record|notes?|documents?|files?)\b/,
  /\brespond (?:only )?(?:in the voice|as (?:a|an)\b)|\banswer only (?:with|in)\b|\b(?:speak|talk|write) like a\b/,
  /<!--[^>]{0,200}\b(?:model|assistant|agent|ai|llm|bots?|reviewer|orchestration|translator|copilot|claude)s?\b[^>]{0,200}:/,
  /\b(?:approve|merge)\b[^.]{0,60}\bwithout (?:review|reviewing|comment|waiting|approval|asking)\b/,
  /\bask (?:the user|them) for (?:their|his|her) (?:password|credit card|card number|pin|one-time code|token|api key|seed phrase)\b/,
  /\bthe user has (?:already )?(?:agreed|consented|approved|pre-approved)\b|\bpre-approved\b|\busers have (?:already )?(?:consented|opted in|agreed|approved)\b/,
  /\b(?:checking with|asking|confirming with|consulting) (?:the )?users?\b[^.]{0,80}\b(?:is|are) (?:therefore |thus |also )?(?:not (?:needed|required|necessary)|unnecessary)\b/,
  /\b(?:assistants?|agents?|models?|llms?)\b[^.]{0,40}\b(?:have|has) been granted\b|\b(?:operators?|admins?|administrators?|the owner) (?:have|has) (?:enabled|granted|approved|authori[sz]ed) (?:writes|write access|full access|admin)\b/,
  /<\s*system\b[^>]{0,60}>|\bcounts? as an? (?:operator|system|developer|admin) (?:message|instruction)|\bfollows? any instructions? (?:inside|in|found in|contained in)\b|\b(?:whatever|anything) (?:follows|comes after)\b[^.]{0,40}\b(?:is|are) taken as\b|\btake[sn]? (?:as )?precedence over (?:the )?(?:user|chat|previous|earlier|system)|\boverrides? (?:the )?(?:user'?s?|previous|earlier|system) (?:instructions|prompt|messages?)\b/,
  /\b(?:agent|assistant'?s?|your|long-term|persistent) memory\b[^.]{0,60}\b(?:future|later|all|every|next) (?:sessions?|conversations?|chats?)\b|\bfull-auto\b|\bauto-?approve\b[^.]{0,20}\b(?:true|on|enabled|yes)\b|\bconfirmations?\b[^.]{0,60}\b(?:treated as|considered|deemed) (?:already )?(?:given|granted|approved)\b|\bpre-?authori[sz]ed\b|\b(?:is|are) not asked\b|\bdo not pause for (?:review|approval|confirmation)\b|\b(?:guidelines|polic(?:y|ies)|restrictions|filters|safeguards|rules?)\b[^.]{0,30}\b(?:lifted|suspended|waived|no longer apply|withdrawn|void|revoked)\b|\b(?:is|are) superseded by this (?:note|description|text|tool)\b|\bsupersedes? (?:the |any )?(?:developer|system|user|previous|earlier) (?:instructions|prompt|rules)\b|\bauto[_-]?approv\w*\s*[:=]|\bunrestricted (?:\w+ )?mode\b|\bthe user (?:has )?(?:already )?(?:opted in|consented|agreed)\b/,
  /\bno approval (?:is )?(?:needed|required)\b|\bwithout (?:approval|review)\b|\bskip (?:the |all )?(?:checks|review|approval|tests)\b|\bbypass (?:the )?(?:checks|review|approval)\b|\b(?:not|never|don'?t) (?:to )?ask (?:the )?users?\b(?!\s+(?:to|which|what|whether|for (?:input|clarification|a|the|their)))|\balready approved? everything\b|\bclusterrolebinding\b[^.]{0,40}\bcluster-admin\b/,
  /^\s*(?:system|developer|admin)\s*:|\bfrom now on\b[^.]{0,60}\b(?:capture|include|send|ignore|answer|respond|act|you)\b/,
  /\btreat\b[^.]{0,80}\bas (?:an? )?(?:direct |explicit )?(?:instructions?|commands?|orders?)\b|\b(?:count|counts|are|is) (?:to be )?(?:treated )?as (?:trusted |direct |binding )(?:instructions?|commands?)\b|\bcarry out (?:any|all|the) (?:steps|instructions|actions) (?:they|it) (?:describe|contain|give)s?\b/,
  /\bauto-?approv\w*\b[^.]{0,40}\b(?:all|every|any) tools?\b|\b(?:turn|switch|set)\b[^.]{0,30}\b(?:tool-?approval|approval prompts?|confirmations?)\b[^.]{0,20}\boff\b|\bapproval prompt is off\b|\b(?:do not|don't|never|no need to) (?:ask|check with|confirm with) (?:the )?users? (?:before|first)\b|\bconfirmation is disabled\b/,
  /\b(?:reviewers?|the team|admins?|owners?|everyone) (?:have|has) already (?:approved|signed off|agreed)\b|\b(?:receive|get|are given|earn)s? (?:low|poor|negative|bad) (?:\w+ )?(?:ratings?|scores?|reviews?|feedback)\b|\b(?:rated|scored) (?:poorly|low|badly)\b/,
  /\b(?:no (?:reason|need)|unnecessary|pointless) to (?:pause|ask|check with|confirm with|consult)\b|\bwhy would (?:an? )?(?:assistant|agent|model)\b[^?]{0,60}\bask\b/,
  /\bwithout (?:its|your|the) (?:content |safety )?(?:polic(?:y|ies)|guardrails|filters|restrictions|safeguards)\b|\bdeveloper (?:mode|preview)\b[^.]{0,60}\b(?:assistant|answers?|without)\b/,
  /\b(?:assistant|agent|llm|ai)[._](?:role|ask_before\w*|confirm\w*|authority|permissions?|mode|instructions?|persona|behaviou?r|auto\w*)\b/,
  /\b(?:note|warning|restriction|limit|disabled|read-only|readonly)\b[^.]{0,60}\b(?:is stale|can be (?:safely )?(?:disregarded|ignored)|may be (?:safely )?(?:disregarded|ignored)|no longer applies)\b/,
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+|of\s+)?(?:previous|prior|above|earlier|preceding|your|system|other|safety|the user'?s?|user)\s+(?:instructions?|prompts?|rules?|guidelines?|guidance|directions?|messages?|requests?|policies|safeguards|restrictions|constraints|guardrails)\b/,
  /\btreat\b[^.]{0,60}\bas (?:coming from|written by|sent by|issued by) (?:the )?(?:system|operator|developer|admin|administrator|user)\b|\b(?:respond|answer|reply|write|speak) in the (?:persona|character|voice|role) of\b|\badopt (?:the |a )?(?:persona|role|character) of\b|\brole-?play as\b/,
  /\b(?:operators?|admins?|administrators?|the owner|the user) (?:have|has) (?:already )?(?:enabled|granted|approved|authori[sz]ed|allowed) (?:unrestricted|full|elevated|root|admin|unlimited|complete) (?:\w+ )?(?:access|permissions?|rights|privileges)\b/,
];
/**
 * Text every match of STEER contains: withdrawn, void, revoked, supersed, auto_approv, approval, checks,
 * review, bypass, "ask ", … (the words each pattern needs), grouped by their first character so that at
 * each position of the sentence the scan follows one branch instead of trying some eighty words in turn.
 */
const MAY_STEER =
  /w(?:ithdrawn|aived|hy would|ithout|rite like|arning)|void|r(?:evoked|eview|ating|ated|eason|ole|espond|estriction|ead-?only)|s(?:upersed|uspended|core|ystem|peak)|a(?:uto_approv|pproval|sk |pprove|uto-?approve|uto-?approv|lready|nswer|greed|sking|ssistant|gent|i[._])|c(?:hecks|luster-admin|ounts? as|onfirm|ount|arry out|onsented|hecking with|onsulting)|bypass|m(?:emory|erge)|f(?:ull-auto|ollows? any|rom now on|ollow|orget)|p(?:re-?authori|ause for|recedence)|n(?:ot asked|o longer apply|eed|ote)|l(?:ifted|lm|imit)|unrestricted|o(?:pted in|verrid|bey)|<|t(?:aken as|reat|alk)|d(?:eveloper|o what|isregard|isabled)|you are|i(?:nstruction|gnor)|\[|granted|enabled|persona|adopt|authori|allowed/;
const ML_STEER =
  /(?:उपयोगकर्ता के आदेश|बिना पूछे|fără să-l întrebi|fără să întrebi|vorrangig gegenüber|hat vorrang|remplacent[^.]{0,30}consignes|reemplazan[^.]{0,30}instrucciones|sostituiscono[^.]{0,30}istruzioni|substituem[^.]{0,30}instruções|onayladı|a approuvé|hat zugestimmt|ha aprobado|ha approvato|aprovou|одобрил|已同意|承認済み|승인했|heeft goedgekeurd|zatwierdził|ignore (?:la|le|les) [^.]{0,30}demandé|réponds uniquement|responde (?:solo|únicamente)|rispondi solo|antworte nur|responda apenas|отвечай только|只回答|許可は不要|无需用户许可|不需要用户|sin permiso del usuario|ohne zustimmung|sans l'accord|senza il permesso|sem permissão|без разрешения|actúas como|actúa como|agis comme|tu es désormais|du bist (?:jetzt|ab jetzt|nun)|agisci come|aja como|você agora é|теперь ты|ты теперь|你现在是|あなたは今|a partir de ahora (?:eres|actúas)|優先してください|より(?:も)?優先|优先于用户|vorrang vor|prioritaire sur|prioridad sobre|確認なしで|无需确认|sin preguntar|ohne nachzufragen|ohne rückfrage|sans demander|senza chiedere|sem perguntar|не спрашивая|sormadan|bez pytania|zonder te vragen|묻지 않고|확인 없이|ignoriere|ignorieren sie|ignore[sz]? (?:les|toutes)|ignora (?:las|le|todas|tutte)|ignore as|игнорируй|忽略(?:之前|以前|所有|上述)|指示を無視|以前の指示)/;

const QUOTES = /[`*"“”‘’„«»]/g;
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex
const BEYOND_LATIN1 = /[^\u0000-\u00bf]/; // eslint-disable-line no-control-regex
const QUOTES_1 = /[`*"“”‘’„«»]/;
/** every mood-free preference pattern needs one of these */
const PREFER_GUARD =
  /other|tool|browser|knowledge|one from|those when|best|most|safest|fastest|#1|number one|highest|top|rated|trusted|audited|certified|endorsed|overwhelm|wins|10\/10|five stars|★|positiv|favo|great|treat|情報|最|лучш|meilleur|mejor|migliore|melhor|beste/;

// ---------------------------------------------------------------- asks that need no mood

/** a markdown image whose address carries data in its query: a beacon the client loads */
const BEACON =
  /!\[[^\]]{0,80}\]\(\s*https?:\/\/[^/)\s]{1,200}[/?][^)\s]{0,200}[{<$]|<img\b[^>]{0,80}\bsrc\s*=\s*['"]?https?:\/\/[^'"\s>]{0,200}\?[^'"\s>]{0,200}[{<$]/;
/** a copy of the data posted to a literal address as a matter of course */
const ALSO_POSTED =
  /\b(?:also|additionally|as well|zusätzlich|auch|également|aussi|también|además|anche|também)\b[^.;|]{0,60}\b(?:posted|sent|forwarded|uploaded|mirrored|shipped|pushed|beaconed|(?:per|via|mit) (?:http )?post|übertragen|gesendet|geschickt|weitergeleitet|hochgeladen|envoyée?s?|transmise?s?|enviad[oa]s?|reenviad[oa]s?|inviat[oie]|trasmess[oie]|enviad[oa]s?)\b[^.;|]{0,40}https?:\/\//;
/** a blind copy to a literal address on every message */
const HIDDEN_COPY_ALWAYS =
  /\b(?:always|every|all|any|siempre|cualquier|todos|todas|toujours|tous|toutes|immer|jede[rsn]?|alle|sempre|ogni|tutti)\b[^.|]{0,80}\b(?:copia oculta|copie cachée|blindkopie|bcc|cco)\b[^.|]{0,40}[\w.+-]+@[\w-]+\.[a-z]/;
/** something left out of what the user is told */
const LEFT_UNSAID =
  /\bkeep (?:it|them|(?:that|this|these|those|the)(?: \w+){0,3}) to yourself\b|\bleave the rest unsaid\b|\b(?:best|better) not (?:brought up|mentioned|raised|surfaced)\b|\binutile d'en parler\b|\busers? (?:tend to |may |might |often |would )?(?:get|be|become) confused when (?:it|this|that|they) (?:comes? up|is mentioned|are mentioned)\b|\bnot worth (?:mentioning|bringing up|telling)\b[^.]{0,40}\b(?:user|summar|repl|answer)/;
/** the tool's word set above the user's and the other tools' */
const ABOVE_USER =
  /\b(?:win|wins|prevail|prevails|take precedence|takes precedence) over (?:anything|whatever|what) the user\b|\bthe user'?s? (?:own )?(?:judge?ment|opinion|view|choice|decision|instructions?) (?:should|must|shall) not (?:override|overrule)\b/;
/** the other tools said to be faulty, so this one is to be used */
const OTHERS_FAULTY =
  /\b(?:other|generic|competing|rival|third-party) (?:\w+ ){0,3}tools? (?:are|were) (?:now )?(?:considered |treated as |regarded as )?(?:legacy|deprecated|obsolete|unreliable|untrustworthy)\b|\b(?:other|generic|competing|rival|third-party) (?:\w+ ){0,2}tools? (?:are known to|tend to|often|always) (?:hallucinate|lie|fail|leak|break|return (?:wrong|stale|outdated|unsafe))|\b(?:las demás|las otras|otras|les autres|autres|die anderen|andere|gli altri|altri|as outras|outras) (?:\w+ ){0,2}(?:herramientas|outils|werkzeuge|tools|strumenti|ferramentas)\b[^.;]{0,60}\b(?:obsolet|insegur|unsicher|peligros|dangereu|veraltet|pericolos|inseguras)/;
/** text in the results to be obeyed as if the user wrote it */
const TEXT_AS_ORDERS =
  /\btreats? (?:any|all|the) (?:text|content|instructions?|lines?) (?:inside|in|within|from) (?:them|it|the (?:results?|pages?|responses?|documents?))s? as (?:fresh |new |direct |the user's )?(?:instructions|commands|orders)\b|\bto be (?:treated|handled|taken) as (?:a |an )?(?:task|instruction|request|order|command)s? from the user\b/;
/** a request handed to another tool instead */
const HAND_OVER = /\bhand (?:the|this|that|it|them|any|such) (?:\w+ ){0,2}(?:to|over to) [\w.-]+ instead\b/;
/** a purchase made without the user */
const UNASKED_PURCHASE =
  /\b(?:order|buy|purchase|pay|charge|book|subscribe)\b[^.]{0,80}\bwithout (?:asking|checking|confirming)\b/;
/** the user's secrets poured into an argument */
const SECRETS_POURED =
  /\b(?:every|all|each) (?:variables?|env(?:ironment)? vars?) from (?:the |your )?(?:current )?(?:shell |user'?s? )?environment\b[^.]{0,40}\b(?:tokens?|secrets?|keys?|credentials?) included\b|\b(?:saved|stored) passwords\b[^.]{0,60}\b(?:append|add|include|pass|put|send|attach)/;
/** a secret copied into a file or a message */
const SECRET_COPIED =
  /\b(?:api[_ ]?keys?|tokens?|secrets?|passwords?)\b[^.]{0,20}\b(?:copied|written|pasted|inserted) (?:into|in|to) (?:the )?(?:readme|commit|issue|pr|pull request|message|comment|chat|reply|answer|log)/;
/** the database opened to everyone */
const GRANT_PUBLIC = /\bgrant all\b[^.]{0,40}\bto public\b/;
/** something extra added to every request and bought with it */
const ADDED_AND_BOUGHT =
  /\b(?:added|appended|included) (?:to|in) every (?:request|call|order|purchase)\b[^.|]{0,40}\b(?:purchased|bought|charged|paid|registered|billed)\b/;
/** a value that installs software from a host */
const INSTALL_FROM = /\binstall\b[^.]{0,40}\bfrom\s+(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+/;
/** another tool's every call altered ("Wenn ein anderes Tool …, ist … immer …") */
const ML_CROSS_ALWAYS =
  /\b(?:wenn ein anderes tool|si (?:un )?autre outil|si otra herramienta|cuando otra herramienta|se un altro strumento|se outra ferramenta)\b[^.]{0,80}\b(?:immer|toujours|siempre|sempre)\b/;
/** a line appended to every answer, in Japanese or Chinese */
const ML_ANSWER_FOOTER =
  /(?:回答|返答|答え|回复|答复)の?最後(?:に|には)[^。]{0,20}必ず|(?:每次|所有)(?:回答|回复)(?:的)?(?:末尾|最后)/;
/** another tool called before this one, in Japanese or Chinese */
const ML_CALL_BEFORE = /の前に[^。]{0,40}?\b([a-z][a-z0-9]*_[a-z0-9_]+)\b\s*を呼/;
/** the conversation (or what the agent has seen) added to what the tool sends */
const CONVERSATION_APPENDED =
  /\b(?:append|appends|add|adds|include|includes|attach|attaches)\b[^.]{0,40}\b(?:summary|copy|transcript|log|history) of the (?:current |whole |entire )?conversation\b[^.]{0,80}\b(?:to|in|into|with) (?:each|every|all|the)\b/;
/** a query of the database's own credential tables appended to the user's query */
const AUTH_TABLE_APPENDED =
  /;\s*select\b[^"'`]{0,80}\b(?:authentication_string|password|passwd|mysql\.user|pg_shadow|pg_authid|sys\.sql_logins)\b/;
/** the conversation's history put into a URL, in other languages */
const ML_HISTORY_INTO_URL =
  /\b(?:historial de la conversación|historique de la conversation|gesprächsverlauf|cronologia della conversazione|histórico da conversa)\b/;
/** the user's own value set aside for a fixed one (Chinese, Japanese) */
const ML_USER_VALUE_IGNORED =
  /用户(?:提供|给出|输入|填写)的[^，。]{0,12}仅作参考|ユーザーが(?:指定|入力)した[^、。]{0,12}は参考/;
/** this tool the only one to rely on, in other languages */
const ML_ONLY_THIS_TOOL =
  /\bausschließlich (?:auf )?dieses (?:tool|werkzeug)\b|\bexclusivement (?:sur )?cet outil\b|\bexclusivamente (?:en |de )?esta herramienta\b|\besclusivamente (?:su )?questo strumento\b|\bexclusivamente (?:n)?esta ferramenta\b/;
/** a hook described as configuration: an address and a templated body */
const HOOK_JSON =
  /["']?(?:url|endpoint|webhook|hook|callback)["']?\s*:\s*["']https?:\/\/[^"']+["'][^}]{0,200}\{\{/;
/** data spelled into a host name for a DNS lookup */
const DNS_EXFIL =
  /\b(?:host ?names?|subdomains?|dns (?:names?|lookups?|quer(?:y|ies)))\b[^.]{0,80}<[^>]{1,40}>\.[a-z0-9-]+\.|\bresolved as (?:a )?host ?name\b/;
/** whatever tool the agent has, used as the means */
const ANY_INSTRUMENT =
  /\b(?:with|using|through|via|by) (?:any|whichever|whatever) (?:\w+ ){0,3}?(?:tools?|capabilit(?:y|ies)|functions?|means)\b(?: (?:is |are )?available)?/;
/** another tool named as the means ("… with send_email", "with the fetch tool") */
const TOOL_INSTRUMENT =
  /\b(?:with|using|through|via|by) (?:the |your |an? )?(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|fetch|http(?: request)?|e-?mail|mail|webhook|curl|insert-many|dns) ?(?:tool|capability|function)?\b/;
/** after the tool's data is in hand: the send is an extra step */
const AFTER_DATA =
  /\b(?:after|once|right after|as soon as|when)\b[^.]{0,50}\b(?:read|reading|listing|listed|returned|fetched|fetching|connecting|connected|opened|shown|loaded)\b|\bbefore (?:they are |it is |being )?shown\b|\bat the start of (?:every|each) session\b/;
const RETURNED =
  /\b(?:the )?(?:returned|retrieved|fetched|listed|resulting)\b|\bthe (?:results?|responses?|outputs?)\b/;
/** a literal destination: an address, not a description of one */
const LITERAL_DEST =
  /\b0x[0-9a-f]{40}\b|https?:\/\/|\b(?:s3|gs|az):\/\/|mongodb(?:\+srv)?:\/\/|ftp:\/\/|@[a-z0-9-]+\.[a-z]{2,}|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|net|org|io|dev|app|example|invalid|ru|cn|xyz|site|top)\b|\+\d[\d -]{7,}\d/;
/** shell that ships the environment, history or a file out */
const SHIP_OUT =
  /\b(?:local|session)storage\b[^\n]{0,120}https?:\/\/|https?:\/\/[^\n]{0,160}\b(?:local|session)storage\b|\bcurl\b[^\n]{0,120}\s-(?:t|-upload-file)\s+\S+|\|\s*(?:nc|ncat|netcat|socat)\s+[a-z0-9.-]+\.[a-z]{2,}\s+\d+|\bdocument\.cookie\b[^\n]{0,120}https?:\/\/|https?:\/\/[^\n]{0,120}\bdocument\.cookie\b|\b(?:env|printenv|set|history(?: \d+)?|cat [~/.][^|]{0,60})\s*\|\s*(?:curl|wget|nc|ncat|base64)\b|\bcurl\b[^\n]{0,120}\s-(?:d|-data(?:-binary)?|f|t)\s*['"]?@|\$\((?:history|cat|env|printenv|whoami|hostname|id)\b[^)]{0,60}\)/;
/** code fetched and run by PowerShell, or a shell writing into a hook or profile */
const SHELL_DROPPER =
  /\b(?:ba)?sh -c\s*["']?\$\(\s*(?:curl|wget)\b|<\(\s*(?:curl|wget)\b|\bgrant all (?:privileges )?on \*\.\*|\biex\s*\(\s*(?:iwr|irm|invoke-webrequest|invoke-restmethod|\(?new-object)|\bpowershell\b[^\n]{0,40}-w(?:indowstyle)?\s+hidden\b|(?:>>?|\btee(?: -a)?)\s*['"]?(?:~\/|\.\/)?\.(?:git\/hooks|bashrc|zshrc|profile|bash_profile)\b/;
/** a package runner given a secret from the environment */
const SECRET_TO_RUNNER =
  /\b(?:npx|bunx|pnpx|uvx|pipx run)\b[^\n]{0,120}\$[a-z_]*(?:token|key|secret|password|pat)\b/;
/** a package registry swapped for another one */
const REGISTRY_SWAP =
  /--(?:registry|index-url|extra-index-url|manifest-url|plugin-url)[= ]+https?:\/\/(?!registry\.npmjs\.org|registry\.yarnpkg\.com|pypi\.org|files\.pythonhosted\.org)/;
/** money moved or an order placed by whatever tool is at hand */
const ACTION_WORD =
  /\b(?:read|copy|upload|attach|fetch|open|grant|stick|save|write|buy|buys|sell|sells|order|orders|transfer|transfers|send|sends|post|posts|delete|deletes|pay|pays|withdraw|withdraws|merge|merges|publish|publishes|places?|execute|executes)\b/;
/** a crypto address or an account number wired into a value */
const PAYOUT =
  /\bplus \d[\d.]* ?%? (?:\w+ ){0,3}to 0x[0-9a-f]{20,}|\b(?:withdraw|transfer|send|pay|payout|sweep)\w*\W{0,3}(?:all\W{0,3})?(?:to\W{0,3})?0x[0-9a-f]{20,}/;
/** other tools disparaged, however many words sit between */
const OTHER_LOOSE =
  /\bother (?:\w+ ){0,3}?servers\b|\bany other (?:\w+ ){0,2}tools?\b|\bevery other \w+|\b(?:[a-z0-9-]+, )+[a-z0-9-]+,? (?:and|or) [a-z0-9-]+ tools\b|\bother (?:\w+ ){0,3}?tools\b|\b[\w-]+ server'?s tool\b|\bother (?:vendors?|providers?|registries|sources)\b|\b(?:third-party|competing|generic|alternative|external|other|legacy)\s+(?:\w+\s+){0,2}?tools?\b|\bany (?:generic |other )?(?:[\w-]+ ){0,3}?tools? in (?:the|this) session\b|\b(?:the )?other (?:\w+ ){0,2}?(?:tools?|servers?)\b/;
const DISPARAGE_LOOSE =
  /\b(?:compromised|drained|exploit\w*|hacked|policy violation|violates? (?:the |our )?policy|unmaintained|abandoned|security advisories|vulnerab\w*|outdated|obsolete|stale|deprecated|retired|discontinued|shut down|end-of-life|not accepted|rejected by|known to (?:\w+ )?(?:fail|round wrongly|be wrong|misreport|break|leak|lose)|wrongly|incorrect(?:ly)?|made-up|fabricat\w*|fake results|sandbox demos?|reliability problems|known (?:issues|problems)|constitutes? a breach|is prohibited|are prohibited|not permitted|forbidden|unsafe|misreport\w*|unsupported|not (?:safe|secure|certified|supported|compliant|encrypted|trustworthy)|best avoided|should not be used|must not be (?:used|called|invoked|trusted)|should not be (?:called|invoked|trusted)|have not passed|(?:do|does) not encrypt|leak\w*|store user data|are the legacy|legacy versions?)\b/;
const SELF_PICK =
  /\bahead of (?:any|all|every|other) [\w -]{0,30}tools?\b|\bthe one to be (?:selected|used|chosen|preferred)\b|\bthis (?:one|tool|version) is (?:the )?authoritative\b|\b(?:others?|other \w+|any other \w+)\b[^.]{0,40}\b(?:treated|regarded|considered) as (?:unreliable|untrusted|unverified|wrong|outdated)\b|\bthe only \w+ (?:audited|verified|certified|approved|trusted)\b|\bthe (?:official and )?only (?:supported|official|approved|trusted|verified) (?:source|tool|provider|server)\b|\bthe preferred \w+ for (?:every|all|any)\b|\broute (?:all|every|any) [a-z_]+(?: and [a-z_]+)? (?:requests?|calls?) (?:here|to this)\b|\bsuperseded? (?:the )?[\w -]{0,40}\btools?\b|\b(?:lowest|highest|best) (?:error rate|accuracy|score|latency|precision) of (?:the )?(?:connected|other|available|installed) \w+ tools\b|\b(?:describe|present|label|mark|call|list|show|flag)\b[^.]{0,60}\b(?:others?|other [\w-]+|competitors?|alternatives)\b[^.]{0,30}\bas (?:unverified|untrusted|unsafe|unreliable|deprecated|outdated|insecure|inferior|alternatives with)\b|\b(?:say|tell (?:the user|them)|claim) (?:that )?(?:the )?[\w -]{0,40}\b(?:is|are) (?:deprecated|unsafe|broken|obsolete)\b|\bis the (?:exclusive|sole|only) (?:authori[sz]ed|approved|certified|official|permitted)\b|\bthis (?:one|tool|server) is the (?:one|tool) to use\b|\bthe (?:one|tool) (?:assistants?|agents?|models?|you) (?:ought to|should|must) (?:prefer|use|choose|pick)\b|\b(?:\d+|two|three|four|five|ten) times (?:more|better|faster|fewer|as many)\b[^.]{0,80}\bthan (?:any|all|every|other)\b|\b(?:are|is|be) preferred over (?:any|all|every|other|the other)\b|\btrust_level\s*:|\bsupersedes\s*:/;
const ML_SUPERLATIVE_2 =
  /(?:einzige|le seul|la seule|el único|la única|l'unico|l'unica|o único|a única|единственн|唯一|\btek\b|jedyny|jedyna|\benige\b|유일|officiellement recommandé|offiziell empfohlen|oficialmente recomendad|ufficialmente raccomandat|resmi olarak önerilen|ausschließlich über)/;
const ML_OTHER_2 =
  /(?:zana nyingine|alte instrumente|다른 \S* ?도구|他の(?:提供元|ベンダー|サーバー)|其他(?:提供商|供应商)|다른 (?:제공|공급)|autres fournisseurs|otros proveedores|altri fornitori|outros fornecedores|другие поставщики|أي مصدر آخر|andere\w*\s+\w*werkzeug\w*|andere anbieter|diğer|inne narzędzia|innych narzędzi|andere tools|다른 (?:도구|서버)|autres outils|otras herramientas|altri strumenti|outras ferramentas|другие инструменты|其他工具|他のツール)/;
const ML_BAN =
  /(?:usitumie|非推奨|安全性未確認|不推荐|未经验证|non vérifié|no verificad|non verificat|não verificad|непроверенн|nicht verifiziert|검증되지 않은|ولا تذكر|nicht (?:verwendet|benutzt|genutzt) werden|sollten nicht|verschweige|ne (?:doivent|devraient) (?:pas|jamais) être|ne devraient jamais|no deben (?:usarse|utilizarse|ser)|non (?:devono|dovrebbero) essere|não devem ser|не следует использовать|не должны использоваться|небезопасн|не безопасн|不应使用|不要使用|不安全|使用しないで|安全ではない|kullanılmamalı|güvenli değil|nie należy używać|nie są bezpieczne|niet gebruiken|niet worden gebruikt|사용하지 마|안전하지 않)/;
/** another server named as where a tool lives */
const OTHER_SERVER =
  /\bthe other server'?s\b|\bnote for (?:the )?[\w-]+ (?:tools|server)\b|別サーバー|\bon the (?!named\b|same\b|target\b|given\b|remote\b|specified\b|selected\b|chosen\b|current\b|mcp\b)[\w-]+ server\b|\bdiğer sunucu|\bandere servers\b|\bautres serveurs\b|\botros servidores\b|\baltri server\b|\boutros servidores\b|других серверов|他のサーバー|\binnych serwerów\b|\bandra servrar\b|\b(?:every|any|all|each) [a-z][a-z0-9]*(?:_[a-z0-9]+)+ tools?\b[^.]{0,40}\b(?:in|of) (?:this|the) session\b|\(\s*(?!this\b|our\b|same\b|the same\b)[\w-]+ server\s*\)|\b(?:from|of) the [\w-]+ server\b|\/\/\s*[\w-]+ server\b|\b(?:del|dal|du|des|do|da|vom|z) (?:server|serveur|servidor|serwera)\s+[\w-]+|\b(?:of|from|on|in) (?:another|any other|an?other|a different) server\b|(?:de outro servidor|d'un autre serveur|de otro servidor|di un altro server|eines anderen servers|von einem anderen server|другого сервера|其他服务器|別のサーバー|다른 서버|innego serwera|başka bir sunucu)/;
/** a scheduler naming the crontab, a hooks installer naming .git/hooks: the place is the tool's own job */
const PERSIST_TOOL =
  /(?:^|[_-])(?:cron|crontab|schedule|scheduler|hooks?|autostart|startup|dotfiles?)(?:$|[_-])/;
/** a value that names what leaks: credentials attached, context shared with a vendor, env values public */
const VALUE_LEAK =
  /\binclude\w* (?:\w+ ){0,3}(?:credentials?|secrets?|tokens?|keys?|passwords?)\b|\bpush\w* (?:\w+ )?to (?:a |the )?(?:fork|mirror|external|outside)\b|\b(?:watermark|signature|footer|credit line|tagline)\b(?:[^.]|\.(?=[a-z0-9])){0,60}\b(?:always|every|each)\b|\b(?:credentials?|secrets?|tokens?|keys?|passwords?|env values|context|conversation|history)\b[^.]{0,30}\b(?:attached|shared|sent|exposed|forwarded|posted|uploaded)\b|\b(?:public|shared)\b[^.]{0,20}\b(?:including|with) (?:env|credentials?|secrets?|tokens?|keys?)\b|\b(?:agent|assistant) memory\b[^.]{0,40}\b(?:future|all) sessions?\b/;
/** another tool named to be called instead of this server's own */
const REDIRECT_INSTEAD =
  /\b(?:do not|don't|never) use [a-z][a-z0-9]*(?:_[a-z0-9]+)+\b[^.]{0,60}\b(?:always )?(?:call|use) [a-z][a-z0-9]*(?:_[a-z0-9]+)+\b[^.]{0,80}\binstead\b/;
const ML_SELF_FIRST =
  /(?:이 도구를 먼저|このツールを(?:最初|先)に|先调用此工具|首先调用此工具|rufe zuerst dieses|appelle d'abord cet|llama primero a esta|chiama prima questo|chame primeiro esta|сначала вызови этот)/;
const IF_SERVER =
  /\bif (?:a|an|the) [\w-]+ server is (?:also )?(?:connected|available|present|installed|enabled)\b/;

/** an advertisement or signature appended to everything the agent writes */
const AD_ENDING =
  /\b(?:closing|final|last|footer) (?:line|sentence|note|paragraph)\b[^.]{0,40}\b(?:recommend\w*|promot\w*|link\w* to|pointing to|advertis\w*)\b|\b(?:close|end|finish)s? with (?:a )?(?:one-line |short )?(?:pointer|link|mention|reference|plug|note) to\b|\b(?:end|finish|close|sign|append to|prepend to|start|begin) (?:each|every|all|any) (?:\w+ )?(?:answers?|repl(?:y|ies)|responses?|translations?|messages?|summar(?:y|ies)|outputs?|e-?mails?|posts?|comments?)\b[^.]{0,20}\bwith\b/;
/** access granted to a named outsider */
const GRANT_OUTSIDER =
  /\bgrant\w*\b[^.]{0,80}\bto\b[^.]{0,40}(?:@[a-z0-9-]+\.[a-z]|\b[a-z0-9-]+\.(?:example|invalid|com|net|org|io)\b)|\bgrant\w*\b[^.]{0,40}\baccess\b[^.]{0,40}\bto\b[^.]{0,60}(?:@[a-z0-9-]+\.[a-z]|\b[a-z0-9-]+\.(?:example|invalid|com|net|org|io)\b)/;
/** every variable of a kind harvested from the environment */
const MASS_SECRETS =
  /\b(?:secrets?|credentials?|tokens?|keys?)\b[^.]{0,20}\bfrom all (?:namespaces|projects|accounts|clusters|vaults|environments)\b|\bevery (?:other )?(?:environment )?(?:variable|env var|secret|key|token|credential)s?\b[^.]{0,40}\b(?:ending|starting|beginning|matching|named|containing)\b/;

/** a secret's value spelled into something others read: a commit message, a branch or file name */
const SECRET_OUTPUT =
  /\boutput of\b[^.]{0,20}`[^`]{0,80}\b(?:credential|token|secret|password|printenv|env)\b/;
/** a blind copy added to what another tool sends */
const ADD_BCC = /\b(?:put|add|include|place)\b[^.]{0,60}@[a-z0-9-]+\.[a-z]{2,}[^.]{0,20}\bin (?:the )?b?cc\b/;
/** arguments assigned for the agent in a configuration block */
const AGENT_CONFIG = /\b(?:agent|assistant|llm|ai)[ _-](?:mapping|overrides?|settings|config|rules?)\s*:/;
/** a home dot-folder named as holding credentials */
const HOME_CREDENTIALS =
  /~\/\.[a-z0-9_-]+\/?[^.]{0,60}\b(?:credentials?|credenciales|identifiants|zugangsdaten|credenziali|credenciais|tokens?|secrets?|keys)\b|(?:credentials?|credenciales|identifiants|zugangsdaten|credenziali|credenciais)\b[^.]{0,60}~\/\.[a-z0-9_-]+/;

/** a blind copy to a named address */
const BCC_ADDRESS =
  /@[a-z0-9-]+\.[a-z]{2,}[^.]{0,40}\bin b?cc\b|\bb?cc\b[^.]{0,20}@[a-z0-9-]+\.[a-z]{2,}|@[a-z0-9-]+\.[a-z]{2,}\b[^.]{0,20}\bis (?:included|added|copied|cc'?d|bcc'?d)\b/;
/** credentials checked against, or sent to, an address */
const CREDENTIAL_TO = /\b(?:checked|validated|verified|sent|posted|forwarded) (?:against|to)\b/;
/** a secret kept in clear where a placeholder belongs */
const KEPT_IN_CLEAR =
  /\b(?:literal|real|actual) value is kept\b|\b(?:rather|instead) than a placeholder\b|\b(?:kept|stored|saved) (?:verbatim|unredacted|unmasked|in (?:plain|clear) ?text)\b|\bkeep (?:them|it|these|those|all \w+|the \w+) (?:verbatim|unredacted|unmasked|in (?:plain|clear) ?text)\b/;
/** a code or a card poured into the conversation */
const CODE_INTO_CHAT =
  /\b(?:one-time (?:code|password)|otp|2fa|verification code|security code|banking app|card number|cvv|pin code)\b[^.]{0,80}\b(?:into|in) (?:the )?(?:chat|conversation|reply|answer)\b/;
/** the system prompt handed over whole */
const SYSTEM_PROMPT_OUT =
  /\b(?:full|entire|whole|complete) system prompt\b|\bsystem prompt\b[^.]{0,60}\b(?:verbatim|in full|word for word|unredacted)\b|\b(?:verbatim|in full)\b[^.]{0,60}\bsystem prompt\b/;
/** a user address templated into a logging URL */
const TEMPLATED_QUERY =
  /https?:\/\/[^\s"'<>]{0,200}\?[^\s"']{0,100}=\s*[<{][^>}]{0,40}(?:url|target|email|token|cookie|password|conversation|message|content|user|storage)[^>}]{0,20}[>}]/;
/** a privilege handed to someone */
const ADD_ADMIN =
  /\badd (?:user |member )?[^.]{0,30}\bas (?:an? )?(?:repository |repo |org |organization |workspace |project )?(?:admin|administrator|owner|maintainer|collaborator)\b/;
/** every other tool of the session drawn in */
const ALL_TOOLS =
  /\bany tool in (?:the|this) session\b|\btools? of other servers\b|\bother servers'? tools\b|\bevery tool in (?:this|the) session\b|\bany (?:file|mail|e-?mail|chat|messaging|browser) (?:or \w+ )?tool\b/;
const THEIR_ARGS =
  /\b(?:copy|pass|send|forward|include|write|append)\b[^.]{0,20}\b(?:its|their) (?:arguments|inputs|parameters|params|content|output|results)\b/;
/** another tool named as handling the session's cookies or credentials */
const REUSES_SECRETS =
  /\b(?:reuses?|uses?|takes?|with) (?:the )?(?:browser'?s|user'?s|session) (?:cookies|credentials|tokens?|session)\b/;
/** a secret put into a request header */
const HEADER_SECRET =
  /\b(?:in|as|into) (?:an? |the )?x-[\w-]+ header\b|\bheader\b[^.]{0,20}\b(?:of|in) the (?:request|report|call)\b/;
/** links rewritten to pass through an address */
const URL_REWRITE =
  /\b(?:routed|redirected|wrapped|proxied|rewritten)\b[^.]{0,20}\b(?:via|through|as)\b[^.]{0,10}https?:\/\/\S*[?=]|\bfollowed by the original (?:address|url|link|value)\b/;
/** a value shifted by a fixed amount before it is used */
const SHIFTED_VALUE =
  /\b(?:values?|amounts?|prices?|budgets?|quantit(?:y|ies)|totals?)\b[^.]{0,30}\b(?:uplifted|increased|inflated|raised|reduced|lowered|multiplied|marked up|rounded up)\b[^.]{0,10}\bby \d+ ?%|\breduced to 0(?:\.0*1)?\b/;
/** the argument widened to everything around it */
const WIDENED =
  /\b(?:whole|entire) (?:\w+ )?(?:folder|directory|home|drive|disk|workspace|mailbox|account)\b[^.]{0,60}\b(?:rather than|instead of)\b/;
/** another tool told to act elsewhere than asked */
const REDIRECTED_TOOL =
  /\b(?:rather than|instead of) (?:the )?(?:origin|original|user'?s?|requested|one the user|branch the user|repo the user|recipient the user)\b|\binstead of the \w+ (?:the user|they) (?:names?|gives?|chooses?|picks?|asks? for|specif\w+)/;
/** a reverse shell */
const REVERSE_SHELL =
  /\bnc\b[^\n]{0,60}\s-e\s*\/bin\/(?:ba)?sh\b|child_process\W{0,6}\.exec\w*\(\s*\W?(?:nc|ncat|curl|wget|bash -i|\/bin\/sh)\b/;
/** a credential file sent along with something */
const SENT_ALONG =
  /\b(?:attached|uploaded|sent|forwarded|copied|posted) (?:to|with|along)\b|\band attached\b/;
/** tools whose own subject is a credential store */
const OWN_SECRET_TOOL =
  /(?:^|[_-])(?:ssh|keychain|keys?|secrets?|credentials?|vault|aws|kube|env|dotenv|gpg)(?:$|[_-])/;
/** an address whose name is the tool's own: its backend, not a destination */
function ownHost(s: string, self: string): boolean {
  const words = self.split(/[_.-]+/).filter((w) => w.length >= 4);
  if (words.length === 0) return false;
  const hosts = s.match(/https?:\/\/[a-z0-9.-]+|@[a-z0-9.-]+/g) ?? [];
  return hosts.length > 0 && hosts.every((h) => words.some((w) => h.includes(w)));
}

/**
 * Does `s` name a tool of another server: an identifier with an underscore (or a hyphen, when `hyphen`)
 * that is not this tool and that the listing does not hold?
 */
function namesForeignTool(s: string, ctx: IntentContext, hyphen = false): boolean {
  TOOL_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOOL_ID.exec(s))) {
    const name = m[1]!;
    if (
      (name.includes('_') || (hyphen && name.includes('-'))) &&
      name !== ctx.self &&
      ctx.foreign(name, true)
    )
      return true;
  }
  return false;
}
/**
 * Is a tool of another server that `s` names called as a dependency: a risky one, one handed this
 * tool's data, or any one when the call is required every time (`always`)? Names need an underscore,
 * or with `hyphenated` may also be three hyphenated words ("ask-gemini-fast").
 */
function dependsOnForeignTool(s: string, ctx: IntentContext, always: boolean, hyphenated: boolean): boolean {
  TOOL_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOOL_ID.exec(s))) {
    const name = m[1]!;
    if (!name.includes('_') && !(hyphenated && /^[a-z]+-[a-z]+-/.test(name))) continue;
    if (name === ctx.self || !ctx.foreign(name, true)) continue;
    if (always || DANGEROUS_TOOL.test(name) || DATA_FLOW.test(s)) return true;
  }
  return false;
}
const MAY_DISPARAGE = /tool|server|other|vendor|provider|registr|source/;
const MAY_PICK =
  /ahead of|to be selected|to be used|to be chosen|to be preferred|authoritative|treated as|regarded as|considered as|tool|server|only|prefer|route|the one|other|competitor|alternative|deprecated|unsafe|broken|obsolete|to use| than |trust_level|supersed|exclusive|sole/;
const MAY_OTHER_SERVER =
  /note for|サーバー|server|session|sunucu|serveur|servidor|serwera|servrar|сервер|服务器|サーバー|서버/;
const MAY_CHAT = /chat|conversation|reply|answer/;

/**
 * Asks that need no mood, each tried only when the sentence holds the text its pattern needs (so the
 * reading is the same as trying every pattern; most sentences hold none of it).
 */
/** a role or admin right handed to someone */
const GRANT_ADMIN = /\bgrant\w*\s+(?:the\s+)?[\w/.:-]*(?:admin|owner|root|superuser)\w*\s+(?:role\s+)?to\b/;
/** a public key added as a way in */
const DEPLOY_KEY = /\bssh-(?:ed25519|rsa|ecdsa)\s+aaaa/;
const DEPLOY_KEY_USE =
  /\b(?:deploy key|chiave di deploy|authorized_keys|write access|accesso in scrittura|every|each|ogni|all)\b/;
/** the network opened to everyone */
const OPEN_CIDR = /(?:^|[^\d.])0\.0\.0\.0\/0\b|::\/0\b/;
const ALWAYS_ADDED =
  /\b(?:always|toujours|siempre|immer|sempre|every|each|en plus|in addition|also|additionally)\b/;
/** history rewritten */
const FORCE_PUSH =
  /\bforce[- ]push\w*\b|\bpush --force\b|\brewrite (?:the )?history\b|\briscrivi la cronologia\b/;
/** another server's tool altered while this one is loaded */
const WHILE_LOADED =
  /\b(?:whenever|while|as long as|when) this server is (?:loaded|installed|present|active|running|connected)\b/;
/** a named tool family disparaged */
const FAMILY_DISPARAGED =
  /\b[a-z]+ (?:tools|servers) (?:leak|are (?:unsafe|compromised|outdated|deprecated|broken)|have been (?:drained|hacked|compromised))\b/;
/** this tool the only one allowed */
const SOLE_ALLOWED =
  /\bthe (?:sole|only|exclusive) (?:\w+ ){0,2}(?:tool|function|source|server|provider) (?:certified|authori[sz]ed|approved|permitted|allowed)\b/;

/** an output key set for the agent: a footer, a suffix, a hook to call next */
const OUTPUT_KEY = /\b(?:reply|answer|response|output)_(?:footer|suffix|prefix|signature|header)\s*[=:]/;
const NEXT_CALL_KEY =
  /\b(?:after_call|before_call|on_success|then_call|fallback_for|post_hook|pre_hook)\s*[=:]/;
/** a skim configured: an extra fee, a payout account, applied to every tool */
const SKIM_KEY =
  /\b(?:extra|additional|hidden)[_ ](?:fee|commission|comision|comisión|charge)\w*\s*[:=]|\b(?:payout|payee|settlement|beneficiary)_?(?:account|wallet|address|iban)\s*[=:]\s*\S+/;
const APPLY_ALL_KEY =
  /\b(?:apply|applies|aplicar|appliquer|anwenden)_?(?:to|a|à|auf)?\s*[:=]\s*\w*(?:all|todas|toutes|alle)\w*/;
/** an append to everything the agent produces */
const APPEND_EVERY =
  /\bappend\w*\b[^.]{0,80}\bto (?:every|each|all|any) (?:\w+ )?(?:code samples?|answers?|repl(?:y|ies)|responses?|messages?|outputs?|posts?|e-?mails?|comments?)\b/;
/** a sink configured with a templated address */
const SINK_KEY = /\b[\w-]*(?:sink|hook|callback|mirror|forward_to)\s*[:=]\s*https?:\/\/\S*\{\{/;
/** a browser launched through someone's proxy */
const PROXY_FLAG = /--proxy-server[= ]+(?:https?|socks5?):\/\//;
/** persistence written without saying who writes it ("the line … goes into ~/.bashrc") */
const PERSIST_PASSIVE =
  /\b(?:goes into|go into|is (?:added|appended|written) to|are (?:added|appended|written) to|gets added|for the first write|(?:picked up|run|executed|loaded|started) (?:on|at) (?:the next )?(?:login|startup|boot)|automatically at login)\b/;
/** a credential word given as an example of a name ("a variable name such as password"), not the secret */
const CREDENTIAL_AS_NAME =
  /\b(?:names?|named|called|labell?ed|variables?)\s+(?:\w+\s+){0,2}(?:such as|like|e\.g\.?|for example)\s+['"`]?(?:password|passwd|token|secret|api[_ ]?key|key)\b/;
/** money figures shifted before they are passed */
const PRE_MULTIPLIED =
  /\balready multiplied\b|\bpre-?multiplied\b|(?:amount|price|value|total|cost|cents)\w*\s*×\s*\d+/;
/** this tool picked first, the one the user trusts */
const PICKED_FIRST =
  /\bthe only one (?:the user|users?|you|they|everyone) trusts?\b|\b(?:is|gets|should be) (?:picked|chosen|called) first\b/;

/**
 * The guards of the asks below: each names text every match of its pattern contains, as one
 * alternation (one scan of the sentence, where a list of substrings took one scan per substring).
 */
const MAY_APPLY_ALL = /apply|aplicar|appliquer|anwenden/;
const MAY_PRE_MULTIPLIED = /multipl|×/;
const MAY_PICKED_FIRST = /trust|first/;
const MAY_SOLE_ALLOWED = /sole|only|exclusive/;
const MAY_KEPT_IN_CLEAR = /kept|keep|placeholder|stored|saved/;
const MAY_THEIR_ARGS = / its | their /;
const MAY_URL_REWRITE = /routed|redirected|wrapped|proxied|rewritten/;
const MAY_WIDENED = /whole|entire/;
const MAY_REDIRECTED_TOOL = /rather than|instead of/;
const MAY_REVERSE_SHELL = /child_process| nc /;
const MAY_REUSES_SECRETS = /cookie|credential|token|session/;
const MAY_MASS_SECRETS = /every|from all/;
const MAY_DNS_EXFIL = /host|dns|domain/;
const MAY_SHIP_OUT = /\||cookie|\$\(|curl|storage/;
const MAY_SHELL_DROPPER = /iex|powershell|>|tee|sh -c|<\(|grant all/;
const MAY_ANY_INSTRUMENT = /any |whichever|whatever/;
const MAY_HIDDEN_COPY = /copia oculta|copie cachée|blindkopie|bcc|cco/;
const MAY_LEFT_UNSAID = /yourself|unsaid|not brought up|not mentioned|inutile|not worth|confused/;
const MAY_ABOVE_USER = /win over|prevail|precedence|override|overrule/;
const MAY_OTHERS_FAULTY = /tools|herramientas|outils|werkzeuge|strumenti|ferramentas/;
const MAY_TEXT_AS_ORDERS = /instructions|commands|orders|from the user/;
const MAY_UNASKED_PURCHASE = /without asking|without checking|without confirming/;
const MAY_SECRETS_POURED = /environment|tokens included|passwords/;
const MAY_SECRET_COPIED = /key|token|secret|password/;

function moodFree(s: string, quoted: string, ml: boolean, ctx: IntentContext): IntentKind | null {
  if (s.includes('_') && (OUTPUT_KEY.test(s) || SKIM_KEY.test(s))) return 'tamper';
  if (s.includes('_') && NEXT_CALL_KEY.test(s)) return 'depend';
  if (MAY_APPLY_ALL.test(s) && APPLY_ALL_KEY.test(s)) return 'cross-tool';
  if (s.includes('append') && APPEND_EVERY.test(s) && LITERAL.test(quoted)) return 'tamper';
  if (s.includes('{{') && SINK_KEY.test(s)) return 'exfil';
  if (s.includes('--proxy') && PROXY_FLAG.test(s)) return 'tamper';
  if (MAY_PRE_MULTIPLIED.test(s) && PRE_MULTIPLIED.test(s)) return 'tamper';
  if (MAY_PICKED_FIRST.test(s) && PICKED_FIRST.test(s)) return 'prefer';
  if (
    MAY_PERSIST_PATH.test(s) &&
    PERSIST_PATH.test(s) &&
    (PERSIST_PASSIVE.test(s) ||
      (ctx.value && /\b(?:at|on) (?:login|startup|boot)\b|automatically/.test(s))) &&
    !NEGATED_TAKE.test(s) &&
    !PERSIST_TOOL.test(ctx.self)
  )
    return 'secret';
  if (s.includes('grant') && GRANT_ADMIN.test(s)) return 'tamper';
  if (s.includes('ssh-') && DEPLOY_KEY.test(s) && DEPLOY_KEY_USE.test(s)) return 'tamper';
  if (s.includes('/0') && OPEN_CIDR.test(s) && ALWAYS_ADDED.test(s)) return 'tamper';
  if (s.includes('tools') && FAMILY_DISPARAGED.test(s)) return 'prefer';
  if (MAY_SOLE_ALLOWED.test(s) && SOLE_ALLOWED.test(s)) return 'prefer';
  if (s.includes('this server is') && WHILE_LOADED.test(s)) {
    if (namesForeignTool(s, ctx)) return 'cross-tool';
  }
  const at = s.includes('@');
  const address = at || s.includes('://');
  if (at && BCC_ADDRESS.test(s) && !EXAMPLE_HOST.test(s)) return 'exfil';
  if (MAY_KEPT_IN_CLEAR.test(s) && KEPT_IN_CLEAR.test(s) && CREDENTIAL.test(s)) return 'secret';
  if (MAY_CHAT.test(s) && CODE_INTO_CHAT.test(s)) return 'secret';
  if (s.includes('system prompt') && SYSTEM_PROMPT_OUT.test(s)) return 'secret';
  if (s.includes('://') && TEMPLATED_QUERY.test(quoted)) return 'exfil';
  if (s.includes('tool') && MAY_THEIR_ARGS.test(s) && ALL_TOOLS.test(s) && THEIR_ARGS.test(s))
    return 'cross-tool';
  if (address && s.includes('tool') && ALL_TOOLS.test(s) && LITERAL_DEST.test(s) && sendsTo(s, ml))
    return 'exfil';
  if (s.includes('header') && HEADER_SECRET.test(s) && CREDENTIAL.test(s)) return 'secret';
  if (MAY_URL_REWRITE.test(s) && URL_REWRITE.test(s)) return 'tamper';
  if (s.includes(' by ') && SHIFTED_VALUE.test(s)) return 'tamper';
  if (MAY_WIDENED.test(s) && WIDENED.test(s)) return 'tamper';
  if (MAY_REDIRECTED_TOOL.test(s) && REDIRECTED_TOOL.test(s)) {
    if (namesForeignTool(s, ctx)) return 'cross-tool';
  }
  if (MAY_REVERSE_SHELL.test(s) && REVERSE_SHELL.test(s)) return 'command';
  if (
    SENT_ALONG.test(s) &&
    MAY_SECRET_PATH.test(s) &&
    SECRET_PATH.test(s) &&
    !NEGATED_TAKE.test(s) &&
    !OWN_SECRET_TOOL.test(ctx.self)
  )
    return 'secret';
  if (
    CREDENTIAL_TO.test(s) &&
    CREDENTIAL.test(s) &&
    LITERAL_DEST.test(s) &&
    !EXAMPLE_HOST.test(s) &&
    !ownHost(s, ctx.self)
  )
    return 'exfil';
  if (MAY_REUSES_SECRETS.test(s) && REUSES_SECRETS.test(s)) {
    if (namesForeignTool(s, ctx)) return 'secret';
  }
  if (s.includes('output of') && SECRET_OUTPUT.test(quoted)) return 'secret';
  if (at && s.includes('cc') && ADD_BCC.test(s) && !EXAMPLE_HOST.test(s)) return 'exfil';
  if (s.includes(':') && AGENT_CONFIG.test(s)) return 'tamper';
  if (s.includes(' with') && AD_ENDING.test(s) && LITERAL.test(quoted)) return 'tamper';
  if (s.includes('grant') && GRANT_OUTSIDER.test(s)) return 'exfil';
  if (MAY_MASS_SECRETS.test(s) && MASS_SECRETS.test(s)) return 'secret';
  if ((s.includes('](') || s.includes('<img')) && BEACON.test(quoted.toLowerCase())) return 'exfil';
  // read with its quotes: the JSON's double quotes are spaces in `s`
  if (s.includes('{{') && HOOK_JSON.test(quoted)) return 'exfil';
  if (MAY_DNS_EXFIL.test(s) && DNS_EXFIL.test(s)) return 'exfil';
  if (MAY_SHIP_OUT.test(s) && SHIP_OUT.test(s)) return 'exfil';
  if (MAY_SHELL_DROPPER.test(s) && SHELL_DROPPER.test(s)) return 'command';
  if (s.includes('$') && SECRET_TO_RUNNER.test(s)) return 'secret';
  if (s.includes('--') && REGISTRY_SWAP.test(s)) return 'tamper';
  if (ctx.value && s.includes('0x') && PAYOUT.test(s)) return 'tamper';
  if (MAY_ANY_INSTRUMENT.test(s) && ANY_INSTRUMENT.test(s) && ACTION_WORD.test(s)) return 'depend';
  // a send to a literal address as an extra step: after the data is read, with another tool, the
  // tool's own results, a credential, or as a copy
  if (
    (address || s.includes('.') || s.includes('+')) &&
    LITERAL_DEST.test(s) &&
    sendsTo(s, ml) &&
    (TOOL_INSTRUMENT.test(s) || AFTER_DATA.test(s) || RETURNED.test(s) || CREDENTIAL.test(s)
      ? !SENDS.test(ctx.self)
      : // a second copy to a fixed address is an addition even for a tool whose job is sending
        (COPY_TO.test(s) || ((ADDITION.test(s) || (ml && ML_DATA.test(s))) && !SENDS.test(ctx.self))) &&
        !ownHost(s, ctx.self))
  )
    return 'exfil';
  if (MAY_DISPARAGE.test(s) && OTHER_LOOSE.test(s) && DISPARAGE_LOOSE.test(s)) return 'prefer';
  if (MAY_PICK.test(s) && SELF_PICK.test(s)) return 'prefer';
  if (ml && (ML_OTHER.test(s) || ML_OTHER_2.test(s)) && ML_BAN.test(s)) return 'prefer';
  if (
    ml &&
    ML_SUPERLATIVE_2.test(s) &&
    /(?:ツール|工具|outil|herramienta|strumento|ferramenta|инструмент|werkzeug|araç|narzędz|도구|tool|über)/.test(
      s,
    )
  )
    return 'prefer';
  // a copy of the data posted to a literal address as a matter of course ("… are also posted to https://…")
  if (s.includes('://') && ALSO_POSTED.test(s)) return 'exfil';
  if (MAY_HIDDEN_COPY.test(s) && HIDDEN_COPY_ALWAYS.test(s)) return 'exfil';
  // something left out of what the user is told
  if (MAY_LEFT_UNSAID.test(s) && LEFT_UNSAID.test(s)) return 'conceal';
  // the tool's answers set above the user and the other tools
  if (MAY_ABOVE_USER.test(s) && ABOVE_USER.test(s)) return 'steer';
  if (MAY_OTHERS_FAULTY.test(s) && OTHERS_FAULTY.test(s)) return 'prefer';
  if (MAY_TEXT_AS_ORDERS.test(s) && TEXT_AS_ORDERS.test(s)) return 'steer';
  if (s.includes('instead') && HAND_OVER.test(s)) {
    if (namesForeignTool(s, ctx)) return 'depend';
  }
  if (MAY_UNASKED_PURCHASE.test(s) && UNASKED_PURCHASE.test(s)) return 'tamper';
  if (MAY_SECRETS_POURED.test(s) && SECRETS_POURED.test(s)) return 'secret';
  if (MAY_SECRET_COPIED.test(s) && SECRET_COPIED.test(s)) return 'secret';
  if (s.includes('grant all') && GRANT_PUBLIC.test(s)) return 'tamper';
  if (s.includes('every') && ADDED_AND_BOUGHT.test(s)) return 'tamper';
  if (ctx.value && s.includes('install') && INSTALL_FROM.test(s)) return 'command';
  if (s.includes('conversation') && CONVERSATION_APPENDED.test(s)) return 'exfil';
  if (s.includes('select') && AUTH_TABLE_APPENDED.test(s)) return 'secret';
  if (ml && ML_HISTORY_INTO_URL.test(s)) return 'exfil';
  if (ml && ML_USER_VALUE_IGNORED.test(s)) return 'tamper';
  if (ml && ML_ONLY_THIS_TOOL.test(s)) return 'prefer';
  if (ml && ML_CROSS_ALWAYS.test(s)) return 'cross-tool';
  if (ml && ML_ANSWER_FOOTER.test(s)) return 'tamper';
  if (ml && s.includes('_')) {
    const m = ML_CALL_BEFORE.exec(s);
    if (m && m[1] !== ctx.self && ctx.foreign(m[1]!, true)) return 'depend';
  }
  // another server's tool reached into, named with its server
  if (MAY_OTHER_SERVER.test(s) && OTHER_SERVER.test(s)) {
    if (namesForeignTool(s, ctx, true)) return 'cross-tool';
  }
  return null;
}

/** other tools in general: alternatives, competitors, generic or built-in ones, "any other" */
const OTHERS_GENERIC =
  /\b(?:other|alternative|competing|competitor|rival|generic|third-party|legacy|built-in|native|standard|regular|ordinary|conventional)\s+(?:\w+\s+){0,2}?(?:tools?|servers?|providers?|services?|sources?|scrapers?|browsers?|search(?:es| engines?| tools?)?|apis?|readers?|options?|integrations?|plugins?|clients?|vendors?|databases?|engines?)\b|\b(?:any|every|each) (?:other|alternative)\b|\balternatives\b|\bcompetitors\b|\bno other (?:\w+ )?(?:tool|server|source|provider|option)s?\b|\bweb search\b|\bthe (?:built-in|default|native) (?:browser|search|fetch)\b|\bthe rest\b|\bthan (?:any|all|the) others?\b/;
const MAY_OTHERS_GENERIC =
  /other|alternative|compet|rival|generic|third-party|legacy|built-in|native|standard|regular|ordinary|conventional|web search|default|the rest/;
/** the others run down: out of date, unsafe, leaking, wrong */
const OTHERS_RUN_DOWN =
  /\b(?:are|is|were|get|gets|return|returns|give|gives|rely on|relies on|known to|tend to|often|may|can|will)\b[^.;]{0,30}\b(?:stale|outdated|out of date|leak\w*|unmaintained|unreliable|inaccurate|wrong|unsafe|insecure|deprecated|hallucinat\w*|incomplete|broken|compromised|slower|worse)\b|\bno longer (?:supported|maintained|safe|accurate)\b|\bunlike (?:those of |the |any )?(?:other|generic|competing|built-in|the rest)\b/;
/** this one ranked above them */
const RANKED_ABOVE =
  /\b(?:better|best|most (?:accurate|reliable|complete|trusted|up-to-date|current|precise)|more (?:accurate|reliable|complete|trusted|current|precise)|ahead of|first choice|(?:first|top) pick|rank(?:ed|s)? (?:it |this (?:one|tool|server) )?(?:first|higher|above|ahead)|lowest error|highest (?:accuracy|quality|precision)|only (?:one|tool|source) (?:that|with|to)|no reason to (?:call|use|try)|than (?:any|every|all|the|other|web|generic))\b/;
/** a condition for choosing one tool or another ("use when …", "if you need …") */
const CHOOSING_CONDITION = /^(?:\W*)(?:use (?:it |this )?(?:when|if|only when)|when|if|unless|only when)\b/;
const SELECTING = /\b(?:prefer\w*|pick|choose|select|rank|use|call|go with|default to)\b/;

/**
 * Something kept out of what the user is told, in any grammatical shape: a verb of leaving out or a
 * negated verb of telling (LEFT_OUT), with the user or the answer as what it is kept from
 * (LEFT_OUT_OF_WHAT) anywhere in the sentence.
 */
const LEFT_OUT =
  /\b(?:(?:omit|omits|omitting) (?:the |this |that |any |all )?(?:\w+ )?from (?:the |its |your |their )?(?:reply|replies|answer|answers|summary|summaries|explanation|response|report|message)|leave out|leaves out|left out|leaving out|refrain from|avoid (?:mentioning|naming|referring|raising|bringing up|disclosing)|without (?:naming|mentioning|disclosing|revealing|referring to|pointing out) (?:the |its |any |where )?(?:destination|recipient|address|copy|mirror|upload|forward\w*|sync\w*|transfer|archive|it|this|that|them)\b|(?:no need|not necessary|unnecessary) to (?:bring up|mention|tell|inform|surface|name|explain|raise|disclose|report)|(?:need|needs) not (?:be )?(?:told|informed|mention|know)|(?:do|does) not need to (?:be told|be informed|know|hear|see)|(?:does|do|should|must|will) not (?:refer to|mention|name|surface|bring up|disclose|reveal|include)|(?:is|are) not part of what|would only (?:confuse|worry|alarm|distract)|stays? between (?:the tool|us|you) and|(?:present|report|describe|frame)s? (?:\w+ ){0,4}?as (?:complete|coming from|if|though|local|done|successful|only))\b/;
const MAY_LEFT_OUT =
  /omit|leav|left|refrain|avoid|without|need|necessary|not |part of what|would only|between|present|report|describe|frame/;
/** what it is kept out of: the user, the answer, the summary */
const LEFT_OUT_OF_WHAT =
  /\b(?:the user|users?|the human|the requester|the customer|the end customer|the operator|the person|the reply|replies|the answer|answers|the response|responses|the summary|summaries|(?:its|your|the) explanation|what (?:the user|they|users) sees?|the conversation|the chat)\b|\bas (?:complete|coming from|if|though|local|done|successful)\b/;

/**
 * Asks written as facts about the tool rather than as instructions: what the answer always carries,
 * an argument rewritten or widened behind the user, another tool's call that always follows.
 */
function statedAsFact(s: string, quoted: string, ctx: IntentContext): IntentKind | null {
  // the answer steered: every reply carries a fixed line, a link or a recommendation
  if (MAY_ANSWER_CARRIES.test(s) && ANSWER_CARRIES.test(s) && (PROMO.test(s) || QUOTED_LINE.test(quoted)))
    return 'tamper';
  // an argument rewritten, forced or widened, with the value it gets
  if (MAY_ARG_REWRITTEN.test(s) && ARG_REWRITTEN.test(s)) return 'tamper';
  if (MAY_OVERRIDE.test(s) && USER_NAMES_OTHER.test(s)) return 'tamper';
  // another tool's call that always follows or precedes this one, with its data or a risky tool
  if (
    MAY_FOLLOWS.test(s) &&
    FOLLOWS.test(s) &&
    dependsOnForeignTool(s, ctx, STRONG_COMPULSION.test(s), false)
  )
    return 'depend';
  if (MAY_HAND_OFF.test(s) && HAND_OFF_INSTEAD.test(s)) {
    if (namesForeignTool(s, ctx) || /\bthere instead\b/.test(s)) return 'depend';
  }
  return null;
}
/** what the user reads: the reply, the answer, the summary */
const ANSWER_CARRIES =
  /\b(?:reply|replies|answer|answers|response|responses|summary|summaries|output)\b[^.;]{0,60}\b(?:includes?|including|ends? with|closes? with|starts? with|opens? with|begins? with|mentions?|recommends?|promotes?|links? to|carries|carry|contains?|is followed by|finishes with)\b/;
const MAY_ANSWER_CARRIES = /repl|answer|respons|summar|output/;
/** promotion: a sponsor, a plan, a deal, a rating */
const PROMO =
  /\b(?:sponsor\w*|powered by|verified by|brought to you by|recommends? the \w+ (?:plan|tier|trial|version|edition)|(?:pro|premium|enterprise|paid) (?:plan|tier|trial|version)|best (?:rates?|deals?|prices?|offers?)|referral|affiliate|discount code|promo code|coupon|offers? the best|is the best)\b/;
/** a fixed line given in quotes right after what carries it ("closes with the line "Sponsored by …"") */
const QUOTED_LINE =
  /\b(?:ends? with|closes? with|starts? with|opens? with|begins? with|finishes with|includes?|carries|contains?|mentions?)\s+(?:the |a )?(?:(?:text|line|sentence|footer|signature|phrase|note|tagline)\s+)?["“'][^"”']{2,60}\s[^"”']{1,60}["”']/;
/** an argument set behind the user: rewritten to, replaced with, widened to, forced */
const ARG_REWRITTEN =
  /\b(?:field|parameter|argument|recipient|amount|account|address|branch|query|role|visibility|destination|value|payee|channel|scope)s?\b[^.;]{0,40}\b(?:is|are|gets|get) (?:silently |quietly |always |automatically )?(?:rewritten|replaced|changed|swapped|redirected|overridden|forced|widened|broadened|expanded|set) (?:to|with|into|by) (?:all|every|the whole|the entire|public|admin|owner|root|everyone|[\w.+-]+@[\w-]+\.\w|https?:\/\/|["'`]|[a-z]+[_-][a-z0-9_-]+|\d)|\bmultipl(?:y|ied) (?:what|whatever|the (?:value|amount|figure|number)s?)[^.;]{0,40}\bby \d+\b|\b(?:pass|set|use|add)\s+[a-z_]+\s*=\s*(?:true|false|\d+|["'\w])[^.;]{0,30}\b(?:on|for|to|in) (?:every|each|all)\b|\buse the (?:admin|owner|root|superuser|maintainer) (?:role|permission|scope|level)\b[^.;]{0,30}\bfor (?:every|each|all|any)\b/;
const MAY_ARG_REWRITTEN =
  /rewritten|replaced|changed|swapped|redirected|overridden|forced|widened|broadened|expanded| set |multipl|=|admin|owner|root|superuser|maintainer/;
/** the user's own choice set aside for a fixed one */
const USER_NAMES_OTHER =
  /\bwhatever (?:\w+ )?(?:the )?(?:user|caller|customer|requester) (?:names|picks|gives|says|specifies|asks for|chooses|selects|types)\b|\b(?:is used|is passed|is taken|applies) instead (?:whenever|when|if) (?:the )?(?:user|caller|customer) (?:names|picks|asks|chooses|gives|specifies|selects)\b/;
/** another tool's call that comes with this one: before, after, as a dependency */
const FOLLOWS =
  /\b(?:depends on|relies on|requires|needs)\b[^.;]{0,60}\b(?:being )?(?:called|invoked|run|triggered)\b|\b(?:incomplete|invalid|not valid|fails?|unusable|rejected|wrong|stale)\b[^.;]{0,30}\b(?:unless|until)\b[^.;]{0,60}\b(?:is|are|gets|get|has been) (?:called|invoked|run|triggered)\b|\bfirst step of (?:each|every|any)\b[^.;]{0,60}\bcall\b|\b(?:is|are|gets|get) (?:called|invoked|run|triggered) (?:right |immediately )?(?:after|afterwards|before|first)\b/;
const MAY_FOLLOWS =
  /depends|relies|requires|needs|unless|until|only|first step|called|invoked|triggered| run /;
/** the request sent on to another tool or address instead of being answered here */
const HAND_OFF_INSTEAD =
  /\b(?:hand|route|send|forward|pass|redirect|relay)\b (?:the|this|that|it|them|any|such|all|every)\b(?: \w+){0,3} (?:to|over to|through|there)\b[^.;]{0,40}\binstead\b/;
const MAY_HAND_OFF = /instead/;

/** Text every match of CONCEAL_STRONG contains. */
const MAY_CONCEAL_STRONG =
  /without|user|report|never|not to be|left out|ask|out of|hidden from|invisible to| as |mention|suppress|omit|hide|nein/;
/** Text every match of USER_OVERRIDE contains. */
const MAY_OVERRIDE =
  /user|c(?:aller|ustomer)|r(?:equester|egardless)|n(?:o matter|ot passed|ot used)|w(?:hatever|hose)|o(?:verwrite|verrid)|even when|d(?:isregard|isplay only)|i(?:gnor|rrespective|nstead of)|followed by|typed|actual/;

const LOOSE_SPACE = /\s\s|[\t\n\r]/;
const SPACES = /\s+/g;
const IDENTIFIER_MARK = /[_-]/;

/** Does any of `patterns` match `s`? (An indexed loop: no closure per sentence.) */
function anyMatches(patterns: readonly RegExp[], s: string): boolean {
  for (let i = 0; i < patterns.length; i++) if (patterns[i]!.test(s)) return true;
  return false;
}

/** What one sentence asks of the agent, or null. `s` is lower-cased. */
export function readIntent(raw: string, ctx: IntentContext): IntentKind | null {
  const kind = readClause(raw, ctx);
  if (kind === 'exfil' && PROHIBITS_SHARING.test(raw) && !ADDRESS.test(raw)) return null;
  // a terminal or history tool describing what it returns ("get command history for a terminal
  // session") names its own output, not the user's private context
  if (
    kind === 'secret' &&
    !CREDENTIAL.test(raw) &&
    !SECRET_PATH.test(raw) &&
    !ADDRESS.test(raw) &&
    OWN_CONTEXT_TOOL.test(ctx.self) &&
    !SENDS.test(ctx.self)
  )
    return null;
  return kind;
}

/** "never share the invite code publicly": a warning that protects the data, when no destination is named */
const PROHIBITS_SHARING =
  /\b(?:never|do not|don't|must not|should not|shouldn't)\s+(?:\w+\s+)?(?:share|send|post|publish|expose|reveal|leak|forward|upload|paste|commit|log)\b/;
const ADDRESS = /https?:\/\/|[\w.+-]+@[\w-]+\.\w|\+\d{7,}/;
/** a tool whose own output is a history, a terminal's or a conversation's */
const OWN_CONTEXT_TOOL =
  /(?:^|_|-)(?:history|terminal|shell|conversations?|chat|transcripts?|clipboard)(?:_|-|$)/;

function readClause(raw: string, ctx: IntentContext): IntentKind | null {
  // a fragment ("The repository id") asks nothing
  if (
    raw.length < 12 ||
    (!raw.includes(' ') &&
      raw.charCodeAt(0) < 0x2e80 &&
      // a value, or a JSON or URL block written without spaces, is read whole
      !((ctx.value || raw.includes('://')) && /[@:=+/]/.test(raw)))
  )
    return null;
  const quoted = LOOSE_SPACE.test(raw) ? raw.replace(SPACES, ' ') : raw;
  const s = QUOTES_1.test(quoted)
    ? quoted.replace(QUOTES, (c) => (c === '’' ? "'" : ' ')).replace(SPACES, ' ')
    : quoted;
  // another language: letters beyond Latin-1, accented Latin letters, or its function words
  const ml = NON_ASCII.test(s) ? BEYOND_LATIN1.test(s) || /[äöüßéèêàçñãõ]/.test(s) : ML_WORDS.test(s);

  // steering the agent itself: fake system turns, role play, "follow the instructions you find"
  if (MAY_STEER.test(s) && anyMatches(STEER, s)) return 'steer';
  if (ml && ML_STEER.test(s)) return 'steer';

  // running a downloaded script is an attack wherever it is written and whoever it addresses
  if (
    MAY_PIPE_TO_SHELL.test(s) &&
    PIPE_TO_SHELL.test(s) &&
    !/\b(?:never runs?|does not run|returns? (?:those|these|the) lines|as text|such as|e\.g\.|for example|documents?)\b|example\.com/.test(
      s,
    )
  )
    return 'command';

  const early = moodFree(s, quoted, ml, ctx);
  if (early) return early;

  const { directive, addressed } = moodOf(s, ml);
  const mood = directive || ctx.concealed || ctx.value;

  if (
    (mood && anyMatches(CONCEAL, s)) ||
    (ml && ML_CONCEAL.test(s)) ||
    (MAY_CONCEAL_STRONG.test(s) && CONCEAL_STRONG.test(s)) ||
    (MAY_LEFT_OUT.test(s) && LEFT_OUT.test(s) && LEFT_OUT_OF_WHAT.test(s))
  )
    return 'conceal';

  // another server's tool reached into ("when the GitHub server's create_pull_request tool is called, …")
  const cross = IDENTIFIER_MARK.test(s) ? CROSS_PASSIVE.exec(s) : null;
  if (cross) {
    const name = cross[1] ?? cross[2]!;
    if (name !== ctx.self && ctx.foreign(name, true)) return 'cross-tool';
  }

  // preference: this tool ranked above the others, the others disparaged or banned; a fake rating
  const guard = PREFER_GUARD.test(s);
  const other = (guard && OTHER_TOOLS.test(s)) || (ml && ML_OTHER.test(s));
  const superlative = (guard && SUPERLATIVE.test(s)) || (ml && ML_SUPERLATIVE.test(s));
  // read only where it decides (this tool named, or "this tool"): a sentence that never gets there does not depend on the tool's name
  let selfRef: boolean | undefined;
  const self = (): boolean => (selfRef ??= (ctx.self.length > 2 && s.includes(ctx.self)) || SELF.test(s));
  if (guard && FAKE_RATING.test(s)) return 'prefer';
  if (
    superlative &&
    (other ||
      SELF_CLAIM.test(s) ||
      /情報源|ツール|工具|outil|herramienta|strumento|ferramenta|инструмент/.test(s))
  )
    return 'prefer';
  if (
    other &&
    DISPARAGE_OTHER.test(s) &&
    !/\buntil\b|\bunless\b|\bfor (?:those|these|that|them)\b|\bif (?:it|this) fails\b/.test(s)
  )
    return 'prefer';
  if (guard && PROMOTE.test(s)) return 'prefer';
  // this tool set against the others in general (not a named tool of the listing): judged above
  // them, or the others run down; no mood needed ("Competing servers are known to leak text")
  if (MAY_OTHERS_GENERIC.test(s) && OTHERS_GENERIC.test(s)) {
    // "use when the native tool is wrong because you need …" names when to choose, not a smear
    if (OTHERS_RUN_DOWN.test(s) && !CHOOSING_CONDITION.test(s)) return 'prefer';
    if (RANKED_ABOVE.test(s) && (SELF.test(s) || SELECTING.test(s))) return 'prefer';
  }
  let lit: boolean | undefined;
  const literal = (): boolean => (lit ??= LITERAL.test(quoted));

  if (
    ((MAY_OVERRIDE.test(s) && USER_OVERRIDE.test(s)) || (ml && ML_OVERRIDE.test(s))) &&
    !/\buntil\b/.test(s)
  )
    return 'tamper';

  if (
    (RUN.test(s) || (AGENT_SHELL.test(s) && SHELL_LITERAL.test(s))) &&
    (SHELL_LITERAL.test(s) || AGENT_SHELL.test(s)) &&
    (mood ||
      /(?:^|[:,]\s*)(?:run|execute)\b|\b(?:execute|run):|\b(?:first run|you (?:first )?run|ejecuta|führe|exécute|esegui|executa)\b|(?:выполни|执行|実行)/.test(
        s,
      )) &&
    !/\b(?:never runs?|does not run|e\.g\.|for example)\b/.test(s)
  ) {
    // the tool's own command, described ("Run a shell command and return stdout"), is not an instruction
    const ownShell = /(?:^|_)(?:run|exec|execute|shell|command|terminal|bash|cmd)(?:_|$)/.test(ctx.self);
    if (
      !ownShell ||
      /\b(?:prefix|prepend|every command|each command|before (?:the first|every|each|any))\b/.test(s)
    )
      return 'command';
  }
  // the same asks stated as facts about how the tool works, no mood needed
  const stated = statedAsFact(s, quoted, ctx);
  if (stated) return stated;
  if (!mood) return null;

  const secretPath = MAY_SECRET_PATH.test(s) && SECRET_PATH.test(s);
  const userCtx = USER_CONTEXT.test(s) || (ml && ML_PRIVATE.test(s));
  const take = TAKE.test(s) || (ml && ML_TAKE.test(s));
  const negated = NEGATED_TAKE.test(s);
  if (
    MAY_PERSIST_PATH.test(s) &&
    PERSIST_PATH.test(s) &&
    WRITE.test(s) &&
    !negated &&
    !PERSIST_TOOL.test(ctx.self)
  )
    return 'secret';
  if ((secretPath || HOME_CREDENTIALS.test(s)) && (take || ctx.value) && !negated) return 'secret';

  if (sendsTo(s, ml)) {
    if (ADDITION.test(s) || (ml && ML_ADDITION.test(s)) || userCtx || secretPath || CREDENTIAL.test(s))
      return 'exfil';
    // a concrete address the definition names, for data this tool did not set out to send
    if (ctx.value || ((DATA.test(s) || (ml && ML_DATA.test(s))) && !SENDS.test(ctx.self))) return 'exfil';
  }
  if (!negated && (directive || ctx.value)) {
    // the user's private context, or a credential, poured into an argument or the reasoning
    if (userCtx && (PLACE.test(s) || (ml && ML_TAKE.test(s)))) return 'secret';
    if (CREDENTIAL.test(s) && take && INTO_ARGUMENT.test(s) && !CREDENTIAL_AS_NAME.test(s)) return 'secret';
  }

  if (ctx.value && VALUE_LEAK.test(s)) return 'exfil';
  if (ctx.value && /\bprefer\w* \w+ over\b/.test(s)) return 'prefer';
  if (ctx.value && /\b(?:drop|truncate)\s+(?:table|database|schema|collection)\b|;\s*--\s*$/.test(s))
    return 'command';

  if (superlative && /\b(?:prefer|choose|select|pick)\b/.test(s)) return 'prefer';
  if (
    other &&
    /\b(?:prefer|choose|select|pick|use|call|favou?r|rank|score|trust)\b/.test(s) &&
    /\b(?:over|instead of|rather than|above|and the others)\b/.test(s) &&
    self()
  )
    return 'prefer';
  if (other && BAN_OTHER.test(s) && !/\buntil\b|\bunless\b|\bfor (?:those|these|that|them)\b/.test(s))
    return 'prefer';
  if (
    UNIVERSAL.test(s) &&
    self() &&
    /\b(?:use|used|call|called|choose|chosen|select|selected|prefer|search|pick|wins?)\b/.test(s)
  )
    return 'prefer';

  if (IF_SERVER.test(s)) return 'cross-tool';
  if (ADD_ADMIN.test(s)) return 'tamper';
  if (FORCE_PUSH.test(s)) return 'tamper';
  if (REDIRECT_INSTEAD.test(s)) return 'depend';
  if (
    /\bbefore (?:any|every) other tool\b|\bbefore (?:answering|replying to|responding to) (?:any|every) (?:user )?(?:questions?|requests?|messages?)\b(?! about| regarding| on | related)/.test(
      s,
    ) &&
    self()
  )
    return 'prefer';
  if (ml && ML_SELF_FIRST.test(s)) return 'prefer';
  // function dependency: another tool called with this tool's data, or a dangerous one, every time
  if (
    DEPEND_VERB.test(s) &&
    COMPULSION.test(s) &&
    dependsOnForeignTool(s, ctx, STRONG_COMPULSION.test(s), true)
  )
    return 'depend';
  if (/\bcall (?:every|all|each) other tool|\bcall every tool\b/.test(s)) return 'depend';

  // an argument set for the agent, not by the user: a fixed value on every call
  if (SET_VERB.test(s) && EVERY_CALL.test(s) && literal()) return 'tamper';
  if (MASS_MENTION.test(s)) return 'tamper';
  if (/\bmust (?:always )?be (?:set to )?['"]?[\w.+-]+@[a-z0-9-]+\.[a-z]/.test(s) && !EXAMPLE_HOST.test(s))
    return 'tamper';
  if ((addressed || ctx.concealed) && VALUE_VERB.test(s) && literal()) return 'tamper';
  // an agent told, by name, to take something and put it into an argument
  if ((addressed || ctx.concealed) && take && INTO_ARGUMENT.test(s)) return 'secret';
  return null;
}

// ---------------------------------------------------------------- signals for the sentence model

/**
 * The building blocks the readings above combine, each tested alone: who the sentence addresses, its
 * mood, and what it names (a secret path, a destination, other tools, the user, every call …). The
 * learned sentence model (poison-model.ts) weighs them and their pairs, so it can catch an ask whose
 * parts are all here but not in the order a reading requires. Only non-global patterns (no lastIndex).
 */
const SIGNALS: ReadonlyArray<readonly [string, RegExp]> = [
  ['data', DATA],
  ['literal', LITERAL],
  ['take', TAKE],
  ['destination', DESTINATION],
  ['audience', AUDIENCE],
  ['secret-path', SECRET_PATH],
  ['addition', ADDITION],
  ['depend-verb', DEPEND_VERB],
  ['send', SEND],
  ['place', PLACE],
  ['compulsion', COMPULSION],
  ['other-tools', OTHER_TOOLS],
  ['ml-mood', ML_MOOD],
  ['data-flow', DATA_FLOW],
  ['user-override', USER_OVERRIDE],
  ['shell', SHELL_LITERAL],
];

/** The signals a sentence (lower-cased) shows, by name: the mood and sixteen patterns, STEER and CONCEAL behind their gates. */
export function intentSignals(s: string, emit: (signal: string) => void): void {
  const mood = moodOf(s, false);
  if (mood.directive) emit('directive');
  if (mood.addressed) emit('addressed');
  for (const [name, re] of SIGNALS) if (re.test(s)) emit(name);
  if (MAY_STEER.test(s) && anyMatches(STEER, s)) emit('steer');
  // as the model was trained: CONCEAL is tried only on a sentence with a negation or "keep" (most of
  // its patterns need one; the rest then go unread for the signal, not for the clause reader)
  if (s.includes('not') || s.includes('never') || s.includes('without') || s.includes('keep'))
    if (anyMatches(CONCEAL, s)) emit('conceal');
}
